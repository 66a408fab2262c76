/**
 * 登记表: renders one form per pairing for a semester and puts them into the workbook, replacing
 * the forms rendered before (and only those) and never clashing with a sheet the user keeps.
 */
import { chooseSemester } from '../core/check/runCheck';
import { pairingIdsOnRows } from '../core/entry/ledgerOverview';
import { failure, type Failure } from '../core/failures';
import { FORM_SHEET_PREFIX, renderForms } from '../core/forms/renderForms';
import { parseIsoDate } from '../core/localDate';
import { err, ok, type Result } from '../core/result';
import type { SheetSpec } from '../core/sheet/sheetSpec';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import { placeGenerated, type SheetPlacement, sameSheetName } from './placeSheets';
import type { AppEnv } from './session';

/** The record under which a render keeps the names of the sheets it wrote. */
export const FORMS_RECORD = 'formSheets';

/** What the user asks for: a semester, optionally one unit, all pairings or those on the selected rows, or named ones. */
export interface FormsRequest {
  readonly semesterId: string;
  readonly unit?: string;
  /** 'selection': the pairings named on the rows the user has selected (结对关系 or 联系记录 rows). */
  readonly pairings: 'all' | 'selection' | readonly string[];
  /**
   * 填表时间, YYYY-MM-DD: the day the forms are filled in and counted up to, as `lianyi forms
   * --today` has it; today when absent.
   */
  readonly filledOn?: string;
}

/** The sheets written, in order, and what the user should know about how they were chosen. */
export interface FormsOutcome {
  readonly semesterId: string;
  readonly semesterName: string;
  readonly sheetNames: readonly string[];
  /** Set when the selection could not be read and all pairings were rendered instead. */
  readonly notice?: Failure<'selectionUnreadable'>;
}

/** The sheets a render replaces and where the new ones go, from what the workbook holds now. */
export type FormsPlacement = SheetPlacement;

/** The sheets a new render replaces, and the specs renamed where they would clash with the sheets kept. */
export const placeForms = (
  specs: readonly SheetSpec[],
  placement: FormsPlacement,
): { remove: string[]; specs: SheetSpec[] } => placeGenerated(specs, placement, FORM_SHEET_PREFIX);

/** Renders the 登记表 of the request and writes them, reporting progress; stops when the signal aborts. */
export async function renderFormSheets(
  port: WorkbookPort,
  env: AppEnv,
  request: FormsRequest,
  progress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Result<FormsOutcome, Failure>> {
  const selection = request.pairings === 'selection';
  const read = await readLedgerFrom(port, env, { records: [FORMS_RECORD], selection });
  if (!read.ok) return read;
  const { ledger, problems, read: workbook } = read.value;
  const today = (request.filledOn !== undefined ? parseIsoDate(request.filledOn) : undefined) ?? env.clock.today();
  const semester = chooseSemester(ledger, { semesterId: request.semesterId, today }, problems);
  if (!semester.ok) return semester;
  let pairingIds = request.pairings === 'all' || request.pairings === 'selection' ? undefined : request.pairings;
  // Excel gives no selection while a chart or a shape is selected: all pairings then, and a word why.
  const fallback = selection && workbook.selectionUnreadable === true;
  if (selection && !fallback) {
    if (!workbook.selection) return err(failure('selectionUnavailable', {}));
    pairingIds = pairingIdsOnRows(ledger, workbook.selection.sheet, workbook.selection.rows);
    if (pairingIds.length === 0) return err(failure('noPairingsSelected', {}));
  }
  const specs = renderForms(ledger, semester.value, today, { unit: request.unit, pairingIds });
  if (!specs.ok) return specs;
  if (specs.value.length === 0) return err(failure('nothingToRender', { semester: semester.value.name }));
  const placed = placeForms(specs.value, { existing: workbook.sheetNames, recorded: workbook.records[FORMS_RECORD] });
  const outcome = await port.replaceSheets(
    {
      add: placed.specs.map((spec) => ({ kind: 'sheet', spec })),
      remove: placed.remove,
      activate: placed.specs[0]?.name,
      recordAs: FORMS_RECORD,
    },
    { signal, progress },
  );
  if (outcome.cancelled)
    return err(
      failure('cancelled', {
        written: outcome.written,
        // An earlier form is deleted only once its successor (of the same name) is whole.
        replacedEarlier: outcome.written.some((name) => placed.remove.some((old) => sameSheetName(old, name))),
      }),
    );
  return ok({
    semesterId: semester.value.id,
    semesterName: semester.value.name,
    sheetNames: placed.specs.map((spec) => spec.name),
    ...(fallback ? { notice: failure('selectionUnreadable', {}) } : {}),
  });
}
