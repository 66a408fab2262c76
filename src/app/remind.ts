/**
 * 催办单: checks a semester as of today and puts one sheet per unit with something to chase into the
 * workbook, replacing the 催办单 written before (and only those). With nothing to chase it writes
 * nothing at all.
 */
import { runCheck } from '../core/check/runCheck';
import type { Failure } from '../core/failures';
import type { LocalDate } from '../core/localDate';
import type { ReminderSheet } from '../core/remind/renderReminders';
import { renderReminders } from '../core/remind/renderReminders';
import { REMIND_SHEET_PREFIX } from '../core/remind/reminderSheet';
import { ok, type Result } from '../core/result';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import { placeGenerated } from './placeSheets';
import type { AppEnv } from './session';

/** The record under which the 催办单 keep the names of the sheets they wrote. */
export const REMIND_RECORD = 'remindSheets';

/** What the user asks: a semester (default: the one containing today), and optionally some units only. */
export interface RemindRequest {
  readonly semesterId?: string;
  readonly units?: readonly string[];
}

/** One 催办单 written: its unit, its sheet and how much it lists. */
export interface WrittenReminder {
  readonly unit: string;
  readonly sheetName: string;
  readonly counts: ReminderSheet['counts'];
}

/** What was written; `sheets` is empty when nothing was to be chased (and nothing was written). */
export interface RemindOutcome {
  readonly semesterId: string;
  readonly semesterName: string;
  readonly today: LocalDate;
  readonly sheets: readonly WrittenReminder[];
  /** Items overdue or due soon that no unit's 催办单 lists: no source contact tells whose they are. */
  readonly unplacedItems: readonly string[];
}

/** Checks the semester and writes the 催办单 of the units with something to chase. */
export async function remind(
  port: WorkbookPort,
  env: AppEnv,
  request: RemindRequest,
): Promise<Result<RemindOutcome, Failure>> {
  const read = await readLedgerFrom(port, env, { records: [REMIND_RECORD] });
  if (!read.ok) return read;
  const { ledger, problems, read: workbook } = read.value;
  const checked = runCheck(ledger, problems, { semesterId: request.semesterId, today: env.clock.today() });
  if (!checked.ok) return checked;
  const rendered = renderReminders(ledger, checked.value, request.units);
  if (!rendered.ok) return rendered;
  const { semester, today } = checked.value;
  const outcome = {
    semesterId: semester.id,
    semesterName: semester.name,
    today,
    unplacedItems: rendered.value.unplacedItems.map((item) => item.itemId),
  };
  if (rendered.value.sheets.length === 0) return ok({ ...outcome, sheets: [] });
  const placed = placeGenerated(
    rendered.value.sheets.map((sheet) => sheet.spec),
    { existing: workbook.sheetNames, recorded: workbook.records[REMIND_RECORD] },
    REMIND_SHEET_PREFIX,
  );
  await port.replaceSheets({
    add: placed.specs.map((spec) => ({ kind: 'sheet', spec })),
    remove: placed.remove,
    activate: placed.specs[0]?.name,
    recordAs: REMIND_RECORD,
  });
  return ok({
    ...outcome,
    sheets: rendered.value.sheets.map((sheet, index) => ({
      unit: sheet.unit,
      sheetName: placed.specs[index]?.name ?? sheet.spec.name,
      counts: sheet.counts,
    })),
  });
}
