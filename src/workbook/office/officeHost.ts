import type { CheckResult } from '../../core/check/checkResult';
import { chooseSemester, runCheck } from '../../core/check/runCheck';
import { ledgerOverview, pairingIdsOnRows } from '../../core/entry/ledgerOverview';
import { renderForms } from '../../core/forms/renderForms';
import { coverageReport, REPORT_SHEET } from '../../core/report/coverageReport';
import { err, ok, type Result } from '../../core/result';
import type { CheckRequest, FormsOutcome, FormsRequest, HostError, LedgerHost } from '../../taskpane/ledgerHost';
import { hostDeps, inExcel, ledgerFrom, type OfficeHostDeps } from './hostSupport';
import { addContact, createLedger, upgradeLedger } from './ledgerEdits';
import type { OfficeContext } from './officeApi';
import { queueSheetNames } from './officeCells';
import { readWithCells, readWorkbookCells } from './readWorkbook';
import { queueRecordedForms, writeForms } from './renderFormsOffice';
import { ACTION_BYTES, writeInChunks } from './writeBatch';
import { sheetSpecWrite } from './writeSheetSpecOffice';

/**
 * The task pane's host inside Excel: every action is one Excel.run that reads all the ledger's
 * tables in one sync, runs the pure core, and writes what the core describes in as few syncs as
 * the request size allows. Office.js is reached only through `deps.run`.
 */
const unexpected = (message: string): HostError => ({ kind: 'unexpected', message });

/** The check of a semester, with the 覆盖检查 sheet rewritten (activated when asked: the ribbon's button). */
export async function checkAndReport(context: OfficeContext, deps: OfficeHostDeps, request: CheckRequest, activate = false): Promise<Result<CheckResult, HostError>> {
  const { raw, extra: sheetNames } = await readWithCells(context, queueSheetNames);
  const read = ledgerFrom(raw);
  if (!read.ok) return read;
  const { ledger, problems } = read.value;
  const checked = runCheck(ledger, problems, { semesterId: request.semesterId, today: deps.today() });
  if (!checked.ok) return err(unexpected(checked.error));
  const report = coverageReport(checked.value, { checkedAt: deps.now() });
  const write = sheetSpecWrite(context, report, { date1904: raw.date1904, budget: deps.budget });
  const replaced = sheetNames.find((name) => name.trim() === REPORT_SHEET);
  const prelude = replaced === undefined ? [] : [{ bytes: ACTION_BYTES, apply: () => context.workbook.worksheets.getItem(replaced).delete() }];
  const ops = activate ? [...write.ops, { bytes: ACTION_BYTES, apply: () => context.workbook.worksheets.getItem(REPORT_SHEET).activate() }] : write.ops;
  await writeInChunks(context, [{ ...write, ops }], { budget: deps.budget, prelude });
  return checked;
}

async function formsIn(context: OfficeContext, deps: OfficeHostDeps, request: FormsRequest, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<Result<FormsOutcome, HostError>> {
  const { raw, extra } = await readWithCells(context, (ctx) => {
    const names = queueSheetNames(ctx);
    const recorded = queueRecordedForms(ctx);
    const selection = request.pairings === 'selection' ? ctx.workbook.getSelectedRanges() : undefined;
    selection?.areas.load('items/rowIndex,items/rowCount');
    selection?.worksheet.load('name');
    return () => ({ names: names(), recorded: recorded(), selection });
  });
  const read = ledgerFrom(raw);
  if (!read.ok) return read;
  const { ledger } = read.value;
  const today = deps.today();
  const semester = chooseSemester(ledger, { semesterId: request.semesterId, today });
  if (!semester.ok) return err(unexpected(semester.error));
  let pairingIds = request.pairings === 'all' || request.pairings === 'selection' ? undefined : request.pairings;
  if (extra.selection) {
    const sheet = extra.selection.worksheet.name;
    const lastRow = raw.sheets.find((candidate) => candidate.name === sheet)?.rows.length ?? 0;
    const rows = extra.selection.areas.items.flatMap((area) => Array.from({ length: Math.max(0, Math.min(area.rowCount, lastRow - area.rowIndex)) }, (_, i) => area.rowIndex + i + 1));
    pairingIds = pairingIdsOnRows(ledger, sheet, rows);
    if (pairingIds.length === 0) return err(unexpected('选中的行里没有结对：请在「结对关系」或「联系记录」中选中要生成登记表的行，再点“生成登记表”。'));
  }
  const specs = renderForms(ledger, semester.value, today, { unit: request.unit, pairingIds });
  if (!specs.ok) return err(unexpected(specs.error));
  if (specs.value.length === 0) return err(unexpected(`${semester.value.name}没有需要填写登记表的结对（结对须在本学期内有效）。`));
  progress(0, specs.value.length);
  return writeForms(context, specs.value, { existing: extra.names, recorded: extra.recorded }, { date1904: raw.date1904, budget: deps.budget, signal, progress });
}

export function createOfficeHost(overrides: Partial<OfficeHostDeps> = {}): LedgerHost {
  const deps = hostDeps(overrides);
  return {
    kind: 'excel',
    overview: () =>
      inExcel(deps, async (context) => {
        const read = ledgerFrom(await readWorkbookCells(context));
        return read.ok ? ok(ledgerOverview(read.value.ledger, deps.today())) : read;
      }),
    check: (request) => inExcel(deps, (context) => checkAndReport(context, deps, request)),
    renderForms: (request, progress, signal) => inExcel(deps, (context) => formsIn(context, deps, request, progress, signal)),
    addContact: (draft) => inExcel(deps, (context) => addContact(context, deps, draft)),
    createLedger: (options) => inExcel(deps, (context) => createLedger(context, deps, options.sample)),
    upgradeLedger: () => inExcel(deps, (context) => upgradeLedger(context, deps)),
    selectCell: (place) =>
      inExcel(deps, async (context) => {
        const sheet = context.workbook.worksheets.getItem(place.sheet);
        sheet.activate();
        sheet.getRange(place.cell).select();
        await context.sync();
        return ok(undefined);
      }),
  };
}
