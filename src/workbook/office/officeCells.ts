/**
 * The ledger's cells from the open workbook: every ledger sheet's used range (values and value
 * types only) queued at once, to be fetched in one `context.sync()` whatever the number of rows
 * (readWorkbook.ts falls back to row bands only when Excel on the web refuses a response over 5 MB).
 */
import { type Cell, toCell } from '../../core/cell';
import type { RawSheet, RawWorkbook } from '../../core/rawWorkbook';
import { LEDGER_TABLES } from '../../core/schema/index';
import type { OfficeContext, OfficeRange } from './officeApi';

/** The ledger's sheet names in workbook order: what a read loads unless told otherwise. */
export const LEDGER_SHEETS: readonly string[] = LEDGER_TABLES.map((def) => def.sheet);

/**
 * Office.js has no date-system property in ExcelApi 1.9 (`Workbook.use1904DateSystem` came later
 * and is absent from the typings this project builds against), so the workbook's own DATE function
 * is asked: DATE(2000,1,1) is 36526 in the 1900 system and 1462 less in the 1904 one.
 */
const DATE_2000_IN_1900_SYSTEM = 36526;

/** One cell as Office.js reports it; errors come as their text ('#N/A') with the type 'Error'. */
export function officeCell(value: unknown, type: string | undefined): Cell | undefined {
  switch (type) {
    case 'Empty':
      return undefined;
    case 'Error':
      return toCell({ error: typeof value === 'string' ? value : '#VALUE!' });
    default:
      return value === '' || value === null || value === undefined ? undefined : toCell(value);
  }
}

/** A used range's cells placed at their worksheet position: `rows[0]` is row 1, `rows[r][0]` column A. */
export function sheetFromRange(
  name: string,
  range: Pick<OfficeRange, 'rowIndex' | 'columnIndex' | 'values' | 'valueTypes'>,
): RawSheet {
  const rows: Array<Array<Cell | undefined> | undefined> = new Array<undefined>(range.rowIndex);
  const { columnIndex, values, valueTypes } = range;
  for (let r = 0; r < values.length; r++) {
    const source = values[r] ?? [];
    const types = valueTypes[r] ?? [];
    let cells: Array<Cell | undefined> | undefined;
    for (let c = 0; c < source.length; c++) {
      const cell = officeCell(source[c], types[c]);
      if (cell === undefined) continue;
      cells ??= new Array<undefined>(columnIndex + source.length);
      cells[columnIndex + c] = cell;
    }
    rows.push(cells);
  }
  return { name, rows };
}

/** Queues a DATE(2000,1,1) evaluation; after the sync, tells whether the workbook counts from 1904. */
export function queueDateSystem(context: OfficeContext): () => boolean {
  const probe = context.workbook.functions.date(2000, 1, 1);
  probe.load('value,error');
  return () => !probe.error && typeof probe.value === 'number' && probe.value === DATE_2000_IN_1900_SYSTEM - 1462;
}

/**
 * Queues the loads of the named sheets' cells; the returned function, called after the next sync,
 * builds the RawWorkbook (a missing sheet is left out, so the core can say which one is missing).
 */
export function queueCells(context: OfficeContext, names: readonly string[] = LEDGER_SHEETS): () => RawWorkbook {
  const dateSystem = queueDateSystem(context);
  const pending = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true).untrack(); // loaded in this sync only, see rangeAt
    used.load('values,valueTypes,rowIndex,columnIndex');
    return { name, sheet, used };
  });
  return () => ({
    sheets: pending
      .filter(({ sheet }) => !sheet.isNullObject)
      .map(({ name, used }) => (used.isNullObject ? { name, rows: [] } : sheetFromRange(name, used))),
    date1904: dateSystem(),
  });
}

/** Every worksheet's name and whether users see it, queued; read after the next sync. */
export function queueSheets(context: OfficeContext): () => Array<{ name: string; visible: boolean }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  return () => sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' }));
}

/** The names of every worksheet, queued; read after the next sync. */
export function queueSheetNames(context: OfficeContext): () => string[] {
  const sheets = queueSheets(context);
  return () => sheets().map((sheet) => sheet.name);
}
