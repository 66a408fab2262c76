/**
 * R7 — follow-ups: 意见办理 items past or near their due date, answers the figure was not satisfied
 * with, and suggestions never registered as items. Due dates are r7DueDates', department figures
 * r7Departments'.
 */
import { addDays, type LocalDate } from '../localDate';
import { saysSomething } from '../noneText';
import { registeredContactRows } from '../ledger/followUpSources';
import type { Contact, Ledger } from '../ledger/model';
import { type Problem, problemAt } from '../problems';
import type { DueSoonFollowUp, OverdueFollowUp } from './checkResult';
import { dueDateProblems, followUpDue, isOpen } from './r7DueDates';

/** The 反馈评价 that asks for the item to be handled again. */
const UNSATISFIED = '不满意';

/** R7's findings: the overdue and due-soon lists, and the problems of items and of unregistered suggestions. */
export interface FollowUpFindings {
  readonly overdue: OverdueFollowUp[];
  readonly dueSoon: DueSoonFollowUp[];
  readonly problems: Problem[];
}

/**
 * R7: an open item whose due date is before today is overdue; one due from today to today +
 * 催办提前天数 is due soon. An answered item rated 不满意 needs 重办 (a warning at its 反馈评价). A
 * contact of S with 意见建议 or 困难诉求 that no item names as its source is 未登记办理.
 */
export function followUps(ledger: Ledger, today: LocalDate, semesterContacts: readonly Contact[]): FollowUpFindings {
  const overdue: OverdueFollowUp[] = [];
  const dueSoon: DueSoonFollowUp[] = [];
  const problems: Problem[] = dueDateProblems(ledger);
  const soonUntil = addDays(today, ledger.settings.remindDays);
  for (const item of ledger.followUps) {
    if (!isOpen(item)) {
      if (item.rating === UNSATISFIED)
        problems.push(
          problemAt('FOLLOW_UP_NEEDS_REDO', ledger.placeOf('followUps', item.row, 'rating'), {
            item: item.itemId,
            status: item.status,
          }),
        );
      continue;
    }
    const due = followUpDue(item, ledger.settings);
    if (due === undefined || due > soonUntil) continue;
    (due < today ? overdue : dueSoon).push({
      itemId: item.itemId,
      department: item.department ?? '',
      due,
      status: item.status,
      content: item.content,
      ...ledger.placeOf('followUps', item.row, 'itemId'),
    });
  }
  // Soonest first: the item to chase first heads the list.
  dueSoon.sort((a, b) => a.due.localeCompare(b.due) || a.row - b.row);
  return { overdue, dueSoon, problems: [...problems, ...unregistered(ledger, semesterContacts)] };
}

/** 未登记办理: contacts of S with 意见建议 or 困难诉求 that no item names as its source (info). */
function unregistered(ledger: Ledger, semesterContacts: readonly Contact[]): Problem[] {
  const registered = registeredContactRows(ledger);
  return semesterContacts
    .filter(
      (contact) =>
        (saysSomething(contact.suggestions) || saysSomething(contact.difficulties)) && !registered.has(contact.row),
    )
    .map((contact) =>
      problemAt(
        'SUGGESTION_UNREGISTERED',
        ledger.placeOf('contacts', contact.row, saysSomething(contact.suggestions) ? 'suggestions' : 'difficulties'),
        { contact: contact.contactId },
      ),
    );
}
