/**
 * The port's read inside Excel: the ledger's cells and everything an action may need beside them
 * (sheet names, table names, records in the add-in's settings, the selection, whether the
 * workbook is a new blank one), queued together and fetched in one `context.sync()`.
 */
import type { RawWorkbook } from '../../core/rawWorkbook';
import type { ReadRequest, SelectedRows, WorkbookRead } from '../port';
import type { OfficeContext } from './officeApi';
import { queueSheets } from './officeCells';
import { officeErrorCode } from './officeErrors';
import { queueRecord } from './officeRecords';
import { readWithCells } from './readWorkbook';

/** The read, with the table names the writes need to stretch tables over new rows and columns. */
export interface OfficeRead extends WorkbookRead {
  readonly tableNames: ReadonlySet<string>;
  /** The sheets users see: a replacement never deletes the last of them. */
  readonly visibleSheets: readonly string[];
}

/** The rows of the selected areas, limited to the rows the sheet's used range holds. */
function selectedRows(
  cells: RawWorkbook,
  sheet: string,
  areas: ReadonlyArray<{ rowIndex: number; rowCount: number }>,
): SelectedRows {
  const lastRow = cells.sheets.find((candidate) => candidate.name === sheet)?.rows.length ?? 0;
  const rows = areas.flatMap((area) =>
    Array.from(
      { length: Math.max(0, Math.min(area.rowCount, lastRow - area.rowIndex)) },
      (_, i) => area.rowIndex + i + 1,
    ),
  );
  return { sheet, rows };
}

/**
 * Reads what the request asks for in one sync (more only when Excel refuses, see readWithCells).
 * Excel refuses to give the selection when it is not cells (a chart or a shape selected:
 * InvalidSelection), failing the whole sync; the read is then made again without it, and says so.
 */
export async function officeRead(context: OfficeContext, request: ReadRequest = {}): Promise<OfficeRead> {
  try {
    return await readOnce(context, request);
  } catch (cause) {
    if (!request.selection || officeErrorCode(cause) !== 'InvalidSelection') throw cause;
    return { ...(await readOnce(context, { ...request, selection: false })), selectionUnreadable: true };
  }
}

async function readOnce(context: OfficeContext, request: ReadRequest): Promise<OfficeRead> {
  const { raw, extra } = await readWithCells(context, (ctx) => {
    const sheets = queueSheets(ctx);
    const tables = ctx.workbook.tables;
    tables.load('items/name');
    const records = (request.records ?? []).map((name) => [name, queueRecord(ctx, name)] as const);
    const selection = request.selection ? ctx.workbook.getSelectedRanges() : undefined;
    selection?.areas.load('items/rowIndex,items/rowCount');
    selection?.worksheet.load('name');
    const active = request.blank ? ctx.workbook.worksheets.getActiveWorksheet() : undefined;
    active?.load('name');
    const activeUsed = active?.getUsedRangeOrNullObject(false).untrack();
    activeUsed?.load('address');
    return () => {
      const sheetNames = sheets().map((sheet) => sheet.name);
      return {
        sheetNames,
        visibleSheets: sheets()
          .filter((sheet) => sheet.visible)
          .map((sheet) => sheet.name),
        tableNames: new Set(tables.items.map((table) => table.name)),
        records: Object.fromEntries(records.map(([name, read]) => [name, read()])),
        selection,
        blankSheet: active && activeUsed?.isNullObject && sheetNames.length === 1 ? active.name : undefined,
      };
    };
  });
  const { selection, blankSheet, ...rest } = extra;
  return {
    cells: raw,
    ...rest,
    ...(selection ? { selection: selectedRows(raw, selection.worksheet.name, selection.areas.items) } : {}),
    ...(blankSheet !== undefined ? { blankSheet } : {}),
  };
}
