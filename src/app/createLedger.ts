/**
 * 新建台账: the ledger's sheets in a blank workbook, empty (default settings, this year's and next
 * year's semesters with their 中秋节 and 春节, the default 考核指标) or with the fictional sample. A workbook that already has ledger sheets is
 * refused: an older ledger is upgraded instead.
 */
import { failure, type Failure } from '../core/failures';
import { err, ok, type Result } from '../core/result';
import { sampleLedgerContent } from '../core/sample/sampleLedger';
import { LEDGER_TABLES } from '../core/schema/index';
import { GUIDE_SHEET } from '../core/template/guide';
import { emptyLedgerContent, ledgerTemplate } from '../core/template/ledgerTemplate';
import { type NewSheet, newSheetName, type WorkbookPort } from '../workbook/port';
import { loadLunarCalendar } from './lunarCalendar';
import type { AppEnv } from './session';

/** Writes a new ledger; the 说明 sheet is kept when the workbook has one already. */
export async function createLedger(
  port: WorkbookPort,
  env: AppEnv,
  options: { readonly sample: boolean },
): Promise<Result<void, Failure>> {
  const read = await port.read({ blank: true });
  const has = (sheet: string) => read.sheetNames.some((name) => name.trim() === sheet);
  const present = LEDGER_TABLES.map((def) => def.sheet).filter(has);
  if (present.length > 0) return err(failure('alreadyLedger', { sheets: present }));
  const calendar = await loadLunarCalendar();
  const template = ledgerTemplate(
    options.sample ? sampleLedgerContent(calendar) : emptyLedgerContent(env.clock.today(), calendar),
  );
  const keepGuide = has(GUIDE_SHEET);
  const add: NewSheet[] = [
    ...(keepGuide ? [] : [{ kind: 'sheet', spec: template.guide } as const]),
    ...template.tables.map((table) => ({ kind: 'table', table }) as const),
  ];
  // A new workbook's lone empty sheet (Sheet1) goes once the ledger's sheets exist.
  const remove = read.blankSheet !== undefined && !keepGuide ? [read.blankSheet] : [];
  await port.replaceSheets({ add, remove, activate: add[0] && newSheetName(add[0]) });
  return ok(undefined);
}
