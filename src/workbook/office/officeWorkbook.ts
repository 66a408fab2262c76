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
  newSheetName,
  type ReadRequest,
  type ReplaceOptions,
  type RowsAppend,
  type SheetReplacement,
  type WorkbookPort,
} from '../port';
import { addColumnsWrite, appendRowsWrite } from './appendRows';
import { appendKeyedRow } from './keyedAppend';
import type { ApiSupport, OfficeContext } from './officeApi';
import { type OfficeRead, officeRead } from './officeRead';
import { queueRecordWrite } from './officeRecords';
import { queueTableGrowth, type TableGrowth } from './tableGrowth';
import { ACTION_BYTES, jsonBytes, type SheetWrite, writeInChunks, type WriteOp } from './writeBatch';
import { tableSheetWrite } from './writeLedgerOffice';
import { sheetSpecWrite } from './writeSheetSpecOffice';

/** What the Office implementation needs besides the context. */
export interface OfficeWorkbookOptions {
  readonly supports: ApiSupport;
  /** Estimated request bytes per sync (see writeBatch.ts). */
  readonly budget: number;
}

const fold = (name: string): string => name.trim().toLowerCase();
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

    async replaceSheets(replacement: SheetReplacement, { signal, progress }: ReplaceOptions = {}) {
      const { date1904 } = (await known()).cells;
      const adding = new Set(replacement.add.map((sheet) => fold(newSheetName(sheet))));
      // A sheet whose name a new one takes goes first; any other only once the new ones are written.
      const first = replacement.remove.filter((name) => adding.has(fold(name)));
      const after = replacement.remove.filter((name) => !adding.has(fold(name)));
      const writes = replacement.add.map((sheet) =>
        sheet.kind === 'sheet'
          ? sheetSpecWrite(context, sheet.spec, { date1904, budget: options.budget })
          : tableSheetWrite(context, sheet.table, date1904),
      );
      const { activate } = replacement;
      const closing: WriteOp[] = [
        ...(activate !== undefined ? [op(ACTION_BYTES, () => worksheet(activate).activate())] : []),
        ...after.map((name) => op(ACTION_BYTES, () => worksheet(name).delete())),
      ];
      const lastWrite = writes[writes.length - 1];
      if (lastWrite) writes[writes.length - 1] = { ...lastWrite, ops: [...lastWrite.ops, ...closing] };
      const prelude = [
        ...first.map((name) => op(ACTION_BYTES, () => worksheet(name).delete())),
        ...(lastWrite ? [] : closing),
      ];
      const { recordAs } = replacement;
      if (!signal?.aborted) progress?.(0, writes.length);
      return writeInChunks(context, writes, {
        budget: options.budget,
        signal,
        prelude,
        progress,
        ...(recordAs !== undefined
          ? { beforeSync: (written: readonly string[]) => queueRecordWrite(context, recordAs, written) }
          : {}),
      });
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
      const placed = appends.map((append): AppendedRows => {
        if (append.key) return undefined; // written below, each with its own confirmation
        const { def, rows } = append;
        const sheet = findSheet(state.cells, def.sheet);
        const appended = sheet && appendRowsWrite(context, sheet, def, rows, state.cells.date1904);
        if (!sheet || !appended) return undefined;
        writes.push(appended.write);
        growths.push({ table: def.table, lastRow: appended.lastRow });
        return { sheet: sheet.name, firstRow: appended.firstRow, lastRow: appended.lastRow };
      });
      // One write for all, then one sync that stretches the tables over it (see queueTableGrowth).
      const grow = queueTableGrowth(context, growths, state.tableNames, options.supports);
      if (writes.length > 0) await writeInChunks(context, writes, { budget: options.budget });
      await grow();
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
        return op(2 * ACTION_BYTES + jsonBytes(value), () => {
          const range = worksheet(sheet).getRange(a1(row, column));
          range.numberFormat = [[format]];
          range.values = [[value]];
        });
      });
      if (ops.length > 0)
        await writeInChunks(context, [{ sheet: edits[0]?.sheet ?? '', ops }], { budget: options.budget });
    },

    async selectCell(place: { readonly sheet: string; readonly cell: string }): Promise<void> {
      const sheet = worksheet(place.sheet);
      sheet.activate();
      sheet.getRange(place.cell).select();
      await context.sync();
    },
  } satisfies WorkbookPort;
  return port;
}
