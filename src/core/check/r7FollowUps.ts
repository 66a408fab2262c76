/** R7 — follow-ups: 意见办理 items past their deadline, and suggestions never registered as items. */
import { matchKey } from '../cellText';
import { addDays, type LocalDate } from '../localDate';
import { saysSomething } from '../noneText';
import type { Contact, FollowUp, Ledger, Settings } from '../ledger/model';
import { type Problem, problemAt } from '../problems';
import { FOLLOW_UP_DONE } from '../schema/valueLists';
import type { OverdueFollowUp } from './checkResult';

/**
 * An item's deadline: its 办理期限, else 交办日期 + 办理期限天数; undefined when it has neither. The
 * check's overdue list and the 交接单's open items say the same date.
 */
export const followUpDue = (
  item: Pick<FollowUp, 'dueOn' | 'assignedOn'>,
  settings: Pick<Settings, 'followUpDays'>,
): LocalDate | undefined =>
  item.dueOn ?? (item.assignedOn !== undefined ? addDays(item.assignedOn, settings.followUpDays) : undefined);

/**
 * R7: an item not yet 已答复/已办结 whose 办理期限 (or 交办日期 + 办理期限天数) is before today is
 * overdue; a contact of S with 意见建议 or 困难诉求 that no item names as its source is 未登记办理.
 */
export function followUps(
  ledger: Ledger,
  today: LocalDate,
  semesterContacts: readonly Contact[],
): { overdue: OverdueFollowUp[]; problems: Problem[] } {
  const overdue: OverdueFollowUp[] = [];
  for (const item of ledger.followUps) {
    if (FOLLOW_UP_DONE.includes(item.status)) continue;
    const due = followUpDue(item, ledger.settings);
    if (due !== undefined && due < today)
      overdue.push({
        itemId: item.itemId,
        department: item.department ?? '',
        due,
        status: item.status,
        content: item.content,
        ...ledger.placeOf('followUps', item.row, 'itemId'),
      });
  }
  // The rows of the contacts some item names as its source: a contact is then looked up by its row,
  // its 记录编号 key having been computed once while reading.
  const registered = new Set<number>();
  for (const item of ledger.followUps) {
    const row = item.sourceContactId === undefined ? undefined : ledger.contactIds.get(matchKey(item.sourceContactId));
    if (row !== undefined) registered.add(row);
  }
  const problems = semesterContacts
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
  return { overdue, problems };
}
