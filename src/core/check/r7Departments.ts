/**
 * R7 — per 承办部门: how the departments handled the items they had in hand during the semester
 * (items, answered, answered on time, overdue, rated, satisfied), for the JSON, the terminal, the
 * 覆盖检查 report and the pane.
 */
import { matchKey } from '../cellText';
import type { LocalDate } from '../localDate';
import type { FollowUp, Ledger, Semester } from '../ledger/model';
import type { DepartmentResult } from './checkResult';
import { followUpDue, isOpen } from './r7DueDates';

/** The ratings that count as satisfied. */
const SATISFIED: readonly string[] = ['满意', '基本满意'];

/**
 * An item a department had in hand during S: not yet assigned after the reference day, and not
 * finished (its 反馈日期) before S began. Items carried over open from an earlier semester count.
 */
function inHand(item: FollowUp, semester: Pick<Semester, 'start'>, referenceDate: LocalDate): boolean {
  if (item.assignedOn !== undefined && item.assignedOn > referenceDate) return false;
  return isOpen(item) || item.answeredOn === undefined || item.answeredOn >= semester.start;
}

/**
 * R7's department figures for S as of today: one row per 承办部门 in the order they first appear
 * in 意见办理 (names compared as IDs are), items without one last under ''. An answered item is on
 * time when its 反馈日期 is on or before its due date, or when it had no due date to miss; an open
 * item is overdue when its due date is before today.
 */
export function departmentFigures(
  ledger: Ledger,
  /** The semester, or the academic year of a 考核: only its first day matters. */
  semester: Pick<Semester, 'start'>,
  referenceDate: LocalDate,
  today: LocalDate,
): DepartmentResult[] {
  const figures = new Map<string, { -readonly [K in keyof DepartmentResult]: DepartmentResult[K] }>();
  for (const item of ledger.followUps) {
    if (!inHand(item, semester, referenceDate)) continue;
    const name = item.department?.trim() ?? '';
    const key = matchKey(name);
    let entry = figures.get(key);
    if (!entry)
      figures.set(
        key,
        (entry = { department: name, items: 0, answered: 0, answeredOnTime: 0, overdue: 0, rated: 0, satisfied: 0 }),
      );
    const due = followUpDue(item, ledger.settings);
    entry.items++;
    if (isOpen(item)) {
      if (due !== undefined && due < today) entry.overdue++;
    } else {
      entry.answered++;
      if (due === undefined || (item.answeredOn !== undefined && item.answeredOn <= due)) entry.answeredOnTime++;
    }
    if (item.rating !== undefined) entry.rated++;
    if (item.rating !== undefined && SATISFIED.includes(item.rating)) entry.satisfied++;
  }
  const none = figures.get(matchKey(''));
  return [...figures.values()].filter((entry) => entry !== none).concat(none ? [none] : []);
}
