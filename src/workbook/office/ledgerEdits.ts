import { columnLetters } from '../../core/address';
import type { Cell } from '../../core/cell';
import { type ContactDraft, prepareContact } from '../../core/entry/contactEntry';
import { upgradePlan } from '../../core/entry/upgradePlan';
import type { Problem } from '../../core/problems';
import { findSheet, type RawSheet } from '../../core/rawWorkbook';
import { err, ok, type Result } from '../../core/result';
import { sampleLedgerContent } from '../../core/sample/sampleLedger';
import { contactsTable, LEDGER_TABLES, settingsTable } from '../../core/schema/index';
import { GUIDE_SHEET } from '../../core/template/guide';
import { emptyLedgerContent, ledgerTemplate } from '../../core/template/ledgerTemplate';
import type { HostError, UpgradeOutcome } from '../../taskpane/ledgerHost';
import { appendRowsWrite, queueTableGrowth, type TableGrowth } from './appendRows';
import { type OfficeHostDeps, ledgerFrom } from './hostSupport';
import type { OfficeContext, OfficeWorksheet } from './officeApi';
import { queueDateSystem, queueSheetNames } from './officeCells';
import { readWithCells } from './readWorkbook';
import { TEXT_FORMAT } from './specCells';
import { ACTION_BYTES, jsonBytes, type SheetWrite, writeInChunks, type WriteOp } from './writeBatch';
import { columnOps, ledgerWrites } from './writeLedgerOffice';

/**
 * The actions that change the ledger itself: a contact row, a new ledger, an upgrade. Each adds
 * cells and never overwrites one that holds anything.
 */
const unexpected = (message: string): HostError => ({ kind: 'unexpected', message });

const queueTableNames = (context: OfficeContext): (() => Set<string>) => {
  const tables = context.workbook.tables;
  tables.load('items/name');
  return () => new Set(tables.items.map((table) => table.name));
};

export async function addContact(context: OfficeContext, deps: OfficeHostDeps, draft: ContactDraft): Promise<Result<{ readonly row: number }, HostError | readonly Problem[]>> {
  const { raw, extra: tables } = await readWithCells(context, queueTableNames);
  const read = ledgerFrom(raw);
  if (!read.ok) return read;
  const prepared = prepareContact(read.value.ledger, draft, deps.today());
  if (!prepared.ok) return prepared;
  const sheet = findSheet(raw, contactsTable.sheet) as RawSheet;
  const appended = appendRowsWrite(context, sheet, contactsTable, [prepared.value], raw.date1904);
  if (!appended) return err(unexpected('找不到「联系记录」的表头行：请到「台账」页升级台账。'));
  const grow = queueTableGrowth(context, [{ table: contactsTable.table, lastRow: appended.lastRow }], tables, deps.supports);
  await writeInChunks(context, [appended.write], { budget: deps.budget });
  await grow();
  return ok({ row: appended.firstRow });
}

export async function createLedger(context: OfficeContext, deps: OfficeHostDeps, sample: boolean): Promise<Result<void, HostError>> {
  const names = queueSheetNames(context);
  const date1904 = queueDateSystem(context);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  const activeUsed = active.getUsedRangeOrNullObject(false);
  activeUsed.load('address');
  await context.sync();
  const existing = names();
  const present = LEDGER_TABLES.map((def) => def.sheet).filter((sheet) => existing.some((name) => name.trim() === sheet));
  if (present.length > 0) return err(unexpected(`工作簿中已有台账工作表（${present.join('、')}）：新建台账需要空白工作簿；旧台账请用“升级台账”。`));
  const template = ledgerTemplate(sample ? sampleLedgerContent() : emptyLedgerContent(deps.today()));
  const keepGuide = existing.some((name) => name.trim() === GUIDE_SHEET);
  const only = keepGuide ? template.tables.map((table) => table.sheet) : undefined;
  const writes = ledgerWrites(context, template, { date1904: date1904(), only });
  // A new blank workbook's lone empty sheet (Sheet1) is removed once the ledger's sheets exist.
  const blank = existing.length === 1 && activeUsed.isNullObject && !keepGuide ? active.name : undefined;
  const first = writes[0] as SheetWrite;
  const last = writes[writes.length - 1] as SheetWrite;
  writes[writes.length - 1] = {
    ...last,
    ops: [
      ...last.ops,
      {
        bytes: 2 * ACTION_BYTES,
        apply: () => {
          context.workbook.worksheets.getItem(first.sheet).activate();
          if (blank !== undefined) context.workbook.worksheets.getItem(blank).delete();
        },
      },
    ],
  };
  await writeInChunks(context, writes, { budget: deps.budget });
  return ok(undefined);
}

const columnIsEmpty = (sheet: RawSheet, column: number): boolean => sheet.rows.every((cells) => (cells?.[column - 1] as Cell | undefined) === undefined);

export async function upgradeLedger(context: OfficeContext, deps: OfficeHostDeps): Promise<Result<UpgradeOutcome, HostError>> {
  const { raw, extra: tables } = await readWithCells(context, queueTableNames);
  const plan = upgradePlan(raw);
  const template = ledgerTemplate(emptyLedgerContent(deps.today()));
  const writes = ledgerWrites(context, template, { date1904: raw.date1904, only: plan.addSheets });
  const growths: TableGrowth[] = [];
  for (const addition of plan.addColumns) {
    const sheet = findSheet(raw, addition.sheet) as RawSheet;
    const table = template.tables.find((candidate) => candidate.sheet === addition.sheet);
    const def = LEDGER_TABLES.find((candidate) => candidate.sheet === addition.sheet);
    if (!table || !def) continue;
    const target = () => context.workbook.worksheets.getItem(sheet.name);
    const ops = addition.headers.flatMap((header, index) => {
      const column = table.columns.find((candidate) => candidate.header === header);
      const at = addition.afterColumn + index + 1;
      return column && columnIsEmpty(sheet, at) ? columnOps(target, column, at, addition.headerRow + 1) : [];
    });
    const headerRow = appendHeaders(target, addition.headerRow, addition.afterColumn, addition.headers);
    writes.push({ sheet: addition.sheet, ops: [...ops, headerRow] });
    growths.push({ table: def.table, lastColumn: addition.afterColumn + addition.headers.length, adjacentTo: addition.afterColumn });
  }
  const settings = findSheet(raw, settingsTable.sheet);
  const appended = settings && appendRowsWrite(context, settings, settingsTable, plan.addSettings, raw.date1904);
  if (appended) {
    writes.push(appended.write);
    growths.push({ table: settingsTable.table, lastRow: appended.lastRow });
  }
  const grow = queueTableGrowth(context, growths, tables, deps.supports);
  if (writes.length > 0) await writeInChunks(context, writes, { budget: deps.budget });
  await grow();
  return ok({
    addedSheets: plan.addSheets,
    addedColumns: plan.addColumns.flatMap(({ sheet, headers }) => headers.map((header) => ({ sheet, header }))),
    addedSettings: plan.addSettings.map((setting) => setting.key),
  });
}

/** The new headers in the header row, after its last header; '@' first so a header stays text. */
function appendHeaders(target: () => OfficeWorksheet, row: number, after: number, headers: readonly string[]): WriteOp {
  return {
    bytes: 2 * ACTION_BYTES + 2 * jsonBytes(headers),
    apply: () => {
      const range = target().getRange(`${columnLetters(after + 1)}${row}:${columnLetters(after + headers.length)}${row}`);
      range.numberFormat = [headers.map(() => TEXT_FORMAT)];
      range.values = [[...headers]];
    },
  };
}
