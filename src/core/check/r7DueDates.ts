/**
 * R7 — when a 意见办理 item is due, with 延期 and 重办 taken into account, and the problems of the
 * dates that decide it: an extension without a reason, longer than allowed or earlier than the
 * deadline it extends, and an item 重办中 with no date to count its new deadline from.
 */
import { addDays, dayNumber, type LocalDate } from '../localDate';
import type { FollowUp, Ledger, Settings } from '../ledger/model';
import { saysSomething } from '../noneText';
import { type Problem, problemAt } from '../problems';
import { FOLLOW_UP_DONE } from '../schema/valueLists';

/** The status of an item being handled again after a 不满意 answer. */
export const REDO_STATUS = '重办中';

/** Whether an item is still open: not 已答复/已办结 (an item 重办中 is open again). */
export const isOpen = (item: Pick<FollowUp, 'status'>): boolean => !FOLLOW_UP_DONE.includes(item.status);

/**
 * The deadline an item was given: its 办理期限, else 交办日期 + 办理期限天数; undefined when it has
 * neither. An extension (延期至) is measured from it.
 */
export const originalDue = (
  item: Pick<FollowUp, 'dueOn' | 'assignedOn'>,
  settings: Pick<Settings, 'followUpDays'>,
): LocalDate | undefined =>
  item.dueOn ?? (item.assignedOn !== undefined ? addDays(item.assignedOn, settings.followUpDays) : undefined);

/**
 * An item's due date (SPEC §3 R7): for an item 重办中 its 重办期限, else 反馈日期 + 重办期限天数;
 * otherwise 延期至 if set, else the original deadline. Undefined when nothing gives one. The check's
 * lists, the 催办单 and the 交接单 all say this date.
 * @example followUpDue({ status: '办理中', dueOn: '2026-12-15', extendedTo: '2027-01-15' }, settings) // '2027-01-15'
 */
export function followUpDue(
  item: Pick<FollowUp, 'status' | 'dueOn' | 'assignedOn' | 'extendedTo' | 'redoDue' | 'answeredOn'>,
  settings: Pick<Settings, 'followUpDays' | 'redoDays'>,
): LocalDate | undefined {
  if (item.status === REDO_STATUS)
    return item.redoDue ?? (item.answeredOn !== undefined ? addDays(item.answeredOn, settings.redoDays) : undefined);
  return item.extendedTo ?? originalDue(item, settings);
}

/** The problems of one item's 延期 and 重办 dates, each at the cell to change. */
function itemProblems(ledger: Ledger, item: FollowUp): Problem[] {
  const { settings } = ledger;
  const at = (key: keyof FollowUp & string) => ledger.placeOf('followUps', item.row, key);
  const problems: Problem[] = [];
  if (item.extendedTo !== undefined) {
    if (!saysSomething(item.extensionReason))
      problems.push(
        problemAt('FOLLOW_UP_EXTENSION_NO_REASON', at('extensionReason'), {
          item: item.itemId,
          extendedTo: item.extendedTo,
        }),
      );
    const original = originalDue(item, settings);
    if (original !== undefined && item.extendedTo < original)
      problems.push(
        problemAt('FOLLOW_UP_EXTENSION_EARLIER', at('extendedTo'), {
          item: item.itemId,
          extendedTo: item.extendedTo,
          original,
        }),
      );
    const days = original === undefined ? 0 : dayNumber(item.extendedTo) - dayNumber(original);
    if (original !== undefined && days > settings.maxExtensionDays)
      problems.push(
        problemAt('FOLLOW_UP_EXTENSION_TOO_LONG', at('extendedTo'), {
          item: item.itemId,
          extendedTo: item.extendedTo,
          original,
          days,
          limit: settings.maxExtensionDays,
        }),
      );
  }
  if (item.status === REDO_STATUS && item.redoDue === undefined && item.answeredOn === undefined)
    problems.push(problemAt('FOLLOW_UP_REDO_NO_DATE', at('redoDue'), { item: item.itemId }));
  return problems;
}

/** R7's problems of every item's 延期 and 重办 dates, in sheet order. */
export const dueDateProblems = (ledger: Ledger): Problem[] =>
  ledger.followUps.flatMap((item) => itemProblems(ledger, item));
