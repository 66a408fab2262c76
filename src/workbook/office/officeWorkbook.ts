/**
 * The port inside Excel, for one `Excel.run`: every method queues Office.js commands and syncs as
 * few times as the request size allows (writes are chunked by writeInChunks). What a read learned
 * (the cells, the date system, the tables) is kept for the writes of the same action, which place
 * rows by header and write dates in the workbook's own date system.
 */
import { a1 } from '../../core/address';
import { localDateToSerial } from '../../core/localDate';
import { findSheet } from '../../core/rawWorkbook';
import { NUMBER_FORMATS } from '../../core/template/ledgerTemplate';
import {
  type AppendedRows,
  type CellEdit,
  type ColumnsAddition,
  type ReadRequest,
  type ReplaceOptions,
  type RowsAppend,
  type SheetReplacement,
  type WorkbookPort,
} from '../port';
import { addColumnsWrite, appendRowsWrite } from './appendRows';
import { appendKeyedRow } from './keyedAppend';
import { type ApiSupport, type OfficeContext, rangeAt } from './officeApi';
import { type OfficeRead, officeRead } from './officeRead';
import { replaceSheetsOffice } from './replaceSheetsOffice';
import { type ConfirmedAppend, confirmedAppendWrite, settleAppends } from './confirmedAppend';
import { loadTableRanges, type TableGrowth } from './tableGrowth';
import { widenListsOffice } from './widenListsOffice';
import { jsonBytes, requestBytes, type SheetWrite, writeInChunks, type WriteOp } from './writeBatch';

/** What the Office implementation needs besides the context. */
export interface OfficeWorkbookOptions {
  readonly supports: ApiSupport;
  /** Estimated request bytes per sync (see writeBatch.ts). */
  readonly budget: number;
}

const op = (bytes: number, apply: () => void): WriteOp => ({ bytes, apply });

/** The port over one Excel.run's context. */
export function officeWorkbook(context: OfficeContext, options: OfficeWorkbookOptions): WorkbookPort {
  let last: OfficeRead | undefined;
  const read = async (request: ReadRequest = {}): Promise<OfficeRead> => (last = await officeRead(context, request));
  /** The state of the workbook as this action last read it (a write without a read reads first). */
  const known = async (): Promise<OfficeRead> => last ?? read();
  const worksheet = (name: string) => context.workbook.worksheets.getItem(name);

  const port = {
    read,

    async replaceSheets(replacement: SheetReplacement, replaceOptions: ReplaceOptions = {}) {
      const { cells, sheetNames, visibleSheets } = await known();
      const state = { date1904: cells.date1904, sheetNames, visibleSheets };
      return replaceSheetsOffice(context, state, replacement, { ...replaceOptions, budget: options.budget });
    },

    async appendRows(
      appends: readonly RowsAppend[],
      columns: readonly ColumnsAddition[] = [],
    ): Promise<AppendedRows[]> {
      const state = await known();
      const writes: SheetWrite[] = [];
      const growths: TableGrowth[] = [];
      for (const addition of columns) {
        const sheet = findSheet(state.cells, addition.def.sheet);
        if (!sheet || addition.columns.length === 0) continue;
        writes.push(addColumnsWrite(context, sheet, addition));
        growths.push({
          table: addition.def.table,
          lastColumn: addition.firstColumn + addition.columns.length - 1,
          adjacentTo: addition.firstColumn - 1,
        });
      }
      const confirmations: Array<{ readonly index: number; readonly append: ConfirmedAppend }> = [];
      const placed = appends.map((append, index): AppendedRows => {
        if (append.key) return undefined; // written below, each with its own confirmation
        const { def, rows } = append;
        const sheet = findSheet(state.cells, def.sheet);
        if (!sheet) return undefined;
        const date1904 = state.cells.date1904;
        const confirmed =
          append.confirmBy === undefined
            ? undefined
            : confirmedAppendWrite(context, sheet, def, rows, append.confirmBy, { date1904, budget: options.budget });
        const appended = confirmed ?? appendRowsWrite(context, sheet, def, rows, date1904);
        if (!appended) return undefined;
        if (confirmed) confirmations.push({ index, append: confirmed });
        writes.push(appended.write);
        growths.push({ table: def.table, lastRow: appended.lastRow });
        return { sheet: sheet.name, firstRow: appended.firstRow, lastRow: appended.lastRow };
      });
      // One write for all, then one sync that stretches the tables over it and confirms the rows asking for it.
      const tables = loadTableRanges(context, growths, state.tableNames, options.supports);
      if (writes.length > 0) await writeInChunks(context, writes, { budget: options.budget });
      const unplaced = await settleAppends(
        context,
        tables,
        confirmations.map(({ append }) => append),
      );
      confirmations.forEach(({ index }, at) => {
        const rows = unplaced[at] ?? [];
        const landed = placed[index];
        if (landed && rows.length > 0) placed[index] = { ...landed, unplaced: rows };
      });
      // A row with its own 编号 is confirmed after its write, against co-authors (keyedAppend.ts).
      for (const [index, append] of appends.entries()) {
        const sheet = findSheet(state.cells, append.def.sheet);
        if (!append.key || !sheet) continue;
        placed[index] = await appendKeyedRow(context, sheet, append.def, append.rows[0], append.key, {
          date1904: state.cells.date1904,
          tableNames: state.tableNames,
          supports: options.supports,
        });
      }
      return placed;
    },

    async setCells(edits: readonly CellEdit[]): Promise<void> {
      const { date1904 } = (await known()).cells;
      const ops = edits.map(({ sheet, row, column, cell }) => {
        const value =
          cell.kind === 'text'
            ? cell.text
            : cell.kind === 'number'
              ? cell.value
              : cell.kind === 'date'
                ? localDateToSerial(cell.date, date1904)
                : cell.kind === 'boolean'
                  ? String(cell.value)
                  : '';
        const format =
          cell.kind === 'date'
            ? NUMBER_FORMATS.date
            : cell.kind === 'number'
              ? NUMBER_FORMATS.general
              : NUMBER_FORMATS.text;
        return op(requestBytes({ ranges: 1, actions: 2, payload: jsonBytes(value) + jsonBytes(format) + 12 }), () => {
          const range = rangeAt(worksheet(sheet), a1(row, column));
          range.numberFormat = [[format]];
          range.values = [[value]];
        });
      });
      if (ops.length > 0)
        await writeInChunks(context, [{ sheet: edits[0]?.sheet ?? '', ops }], { budget: options.budget });
    },

    widenLists: (lists) => widenListsOffice(context, lists),

    async selectCell(place: { readonly sheet: string; readonly cell: string }): Promise<void> {
      const sheet = worksheet(place.sheet);
      sheet.activate();
      rangeAt(sheet, place.cell).select();
      await context.sync();
    },
  } satisfies WorkbookPort;
  return port;
}
