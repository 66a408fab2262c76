/**
 * 催办单: the sheets of one check, one per unit with something to chase, named `催办单-{单位}` within
 * Excel's 31 characters and unique among themselves.
 */
import type { CheckResult } from '../check/checkResult';
import type { Failure } from '../failures';
import type { Ledger } from '../ledger/model';
import { ok, type Result } from '../result';
import { uniqueSheetNames } from '../sheet/sheetName';
import type { SheetSpec } from '../sheet/sheetSpec';
import { type ItemToChase, remindPlan, type UnitReminder } from './remindPlan';
import { REMIND_SHEET_PREFIX, reminderSheet } from './reminderSheet';

/** One unit's 催办单 and what it lists. */
export interface ReminderSheet {
  readonly unit: string;
  readonly spec: SheetSpec;
  readonly counts: { readonly pairings: number; readonly festivalVisits: number; readonly items: number };
}

/** The 催办单 sheets, and the items to chase that no unit could be told for. */
export interface RenderedReminders {
  readonly sheets: readonly ReminderSheet[];
  readonly unplacedItems: readonly ItemToChase[];
}

const countsOf = (reminder: UnitReminder): ReminderSheet['counts'] => ({
  pairings: reminder.pairings.length,
  festivalVisits: reminder.festivals.reduce((sum, entry) => sum + entry.gaps.length, 0),
  items: reminder.items.length,
});

/**
 * The 催办单 of the check's semester as of its day, for every unit with something to chase or only
 * the `units` named; none when nothing is to be chased.
 */
export function renderReminders(
  ledger: Ledger,
  result: CheckResult,
  units?: readonly string[],
): Result<RenderedReminders, Failure<'splitUnknownUnit'>> {
  const plan = remindPlan(ledger, result, units);
  if (!plan.ok) return plan;
  const { reminders, unplacedItems } = plan.value;
  const names = uniqueSheetNames(reminders.map((reminder) => `${REMIND_SHEET_PREFIX}-${reminder.unit}`));
  const context = {
    schoolName: ledger.settings.schoolName,
    today: result.today,
    semester: result.semester,
    daysLeft: result.daysLeft,
  };
  return ok({
    sheets: reminders.map((reminder, index) => ({
      unit: reminder.unit,
      spec: reminderSheet(reminder, context, names[index] as string),
      counts: countsOf(reminder),
    })),
    unplacedItems,
  });
}
