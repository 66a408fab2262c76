/**
 * A workbook's cells held in memory, behind the port: what the browser preview works on after the
 * user opens a file, and what the command line reads a ledger into. Writes change this copy only
 * (the user's file is never written); the sheets it gains are kept as their descriptions, so a
 * host can offer them as a new workbook (the preview's downloads, `lianyi check --report`), and
 * every write is logged (workbookChanges.ts), so a host can make the same changes in a copy of the
 * user's file through the package writer (`lianyi upgrade`, the preview's updated ledger).
 */
import { type Cell, EMPTY_CELL, toCell } from '../../core/cell';
import { parseIsoDate } from '../../core/localDate';
import type { RawSheet, RawWorkbook } from '../../core/rawWorkbook';
import { findHeaderRow, lastUsedRow } from '../../core/headerRow';
import { specSheet, tableSheet } from '../../core/template/templateWorkbook';
import {
  type AppendedRows,
  type CellEdit,
  type ColumnsAddition,
  type NewSheet,
  newSheetName,
  type ReadRequest,
  type ReplaceOptions,
  type RowsAppend,
  type SheetReplacement,
  type WorkbookPort,
  type WorkbookRead,
} from '../port';
import type { WorkbookChange } from './workbookChanges';

/** The port, and what the host may take out of the copy afterwards. */
export interface MemoryWorkbook extends WorkbookPort {
  /** The sheets added since the copy was made, in order, as written (replaced ones left out). */
  addedSheets(): NewSheet[];
  /** The cells as they are now. */
  cells(): RawWorkbook;
  /** Every write since the copy was made, in order (empty when nothing changed). */
  changes(): readonly WorkbookChange[];
}

/** What a host may pass when making the copy; the preview passes a pause so it can repaint. */
export interface MemoryOptions {
  /** Awaited every few sheets of a long replacement, so a browser can repaint its progress. */
  readonly pause?: () => Promise<void>;
}

type Rows = ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;

/**
 * A sheet of the copy. Its rows are never changed in place: a write replaces the row list and the
 * rows it touches, so the rows read from a file are not copied to be checked (200k contacts), and
 * a reading handed out earlier stays as it was.
 */
interface Sheet {
  readonly name: string;
  rows: Rows;
  readonly added?: NewSheet;
}

const fold = (name: string): string => name.trim().toLowerCase();
const PAUSE_EVERY = 10;

const sheetOf = (sheet: RawSheet, added?: NewSheet): Sheet => ({
  name: sheet.name,
  rows: sheet.rows,
  ...(added ? { added } : {}),
});

/** Writes cells into a sheet: `edits` maps 1-based rows to their cells by 1-based column; `keep` leaves a filled cell as it is. */
function writeCells(sheet: Sheet, edits: ReadonlyMap<number, ReadonlyMap<number, Cell>>, keep = false): void {
  const rows = [...sheet.rows];
  for (const [row, cellsByColumn] of edits) {
    const cells = [...(rows[row - 1] ?? [])];
    for (const [column, cell] of cellsByColumn) if (!keep || cells[column - 1] === undefined) cells[column - 1] = cell;
    rows[row - 1] = cells;
  }
  sheet.rows = rows;
}

/** A cell as the core would read it back: LocalDate strings in date columns as dates, the rest as typed. */
function cellOf(value: string | number | undefined, isDate: boolean): Cell {
  const date = isDate && typeof value === 'string' ? parseIsoDate(value) : undefined;
  return date ? { kind: 'date', date } : toCell(value);
}

/** Writes new headers after a table's last header; a cell that holds anything is left as it is. */
function addColumnsTo(find: (name: string) => Sheet | undefined, additions: readonly ColumnsAddition[]): void {
  for (const { def, headerRow, firstColumn, columns } of additions) {
    const sheet = find(def.sheet);
    if (sheet)
      writeCells(
        sheet,
        new Map([
          [headerRow, new Map(columns.map(({ template }, index) => [firstColumn + index, toCell(template.header)]))],
        ]),
        true,
      );
  }
}

/** Holds the cells of a workbook in memory; writes go to this copy only. */
export function createMemoryWorkbook(initial: RawWorkbook, options: MemoryOptions = {}): MemoryWorkbook {
  let sheets: Sheet[] = initial.sheets.map((sheet) => sheetOf(sheet));
  const log: WorkbookChange[] = [];
  const records = new Map<string, string[]>();
  const find = (name: string) => sheets.find((sheet) => fold(sheet.name) === fold(name));
  const snapshot = (): RawWorkbook => ({
    sheets: sheets.map(({ name, rows }) => ({ name, rows })),
    date1904: initial.date1904,
  });

  const workbook = {
    async read(request: ReadRequest = {}): Promise<WorkbookRead> {
      const only = sheets.length === 1 ? sheets[0] : undefined;
      return {
        cells: snapshot(),
        sheetNames: sheets.map((sheet) => sheet.name),
        records: Object.fromEntries((request.records ?? []).map((name) => [name, records.get(name)])),
        ...(request.blank && only && lastUsedRow(only) === 0 ? { blankSheet: only.name } : {}),
      };
    },

    async replaceSheets(replacement: SheetReplacement, { signal, progress }: ReplaceOptions = {}) {
      // Built aside and applied at once: a cancelled replacement leaves the copy as it was.
      const built: Sheet[] = [];
      for (const [index, sheet] of replacement.add.entries()) {
        if (signal?.aborted) return { cancelled: true as const, written: [] };
        built.push(sheetOf(sheet.kind === 'sheet' ? specSheet(sheet.spec) : tableSheet(sheet.table), sheet));
        progress?.(index + 1, replacement.add.length);
        if (index % PAUSE_EVERY === PAUSE_EVERY - 1) await options.pause?.();
      }
      if (signal?.aborted) return { cancelled: true as const, written: [] };
      const removed = new Set(replacement.remove.map(fold));
      const gone = sheets.filter((sheet) => removed.has(fold(sheet.name))).map((sheet) => sheet.name);
      sheets = [...sheets.filter((sheet) => !removed.has(fold(sheet.name))), ...built];
      if (built.length > 0 || gone.length > 0) log.push({ kind: 'sheets', add: replacement.add, remove: gone });
      if (replacement.recordAs !== undefined) records.set(replacement.recordAs, replacement.add.map(newSheetName));
      return { cancelled: false as const };
    },

    async appendRows(
      appends: readonly RowsAppend[],
      columns: readonly ColumnsAddition[] = [],
    ): Promise<AppendedRows[]> {
      addColumnsTo(find, columns);
      if (columns.length > 0) log.push({ kind: 'columns', additions: columns });
      return appends.map(({ def, rows }) => {
        const sheet = find(def.sheet);
        const header = sheet && findHeaderRow(sheet, def);
        if (!sheet || !header || rows.length === 0) return undefined;
        const firstRow = Math.max(lastUsedRow(sheet), header.headerRow) + 1;
        const edits = new Map(
          rows.map((values, index) => {
            const cells = new Map<number, Cell>();
            for (const [key, column] of header.columns) {
              const cell = cellOf(values[key], def.columns[key]?.kind === 'date');
              if (cell !== EMPTY_CELL) cells.set(column, cell);
            }
            return [firstRow + index, cells] as const;
          }),
        );
        writeCells(sheet, edits);
        const logged = [...edits.values()].map((cells) => [...cells]);
        log.push({ kind: 'rows', sheet: sheet.name, headerRow: header.headerRow, firstRow, rows: logged });
        return { sheet: sheet.name, firstRow, lastRow: firstRow + rows.length - 1 };
      });
    },

    async setCells(edits: readonly CellEdit[]): Promise<void> {
      const done = edits.filter(({ sheet: name, row, column, cell }) => {
        const sheet = find(name);
        if (sheet) writeCells(sheet, new Map([[row, new Map([[column, cell]])]]));
        return sheet !== undefined;
      });
      if (done.length > 0) log.push({ kind: 'cells', edits: done });
    },

    async widenLists(lists): Promise<void> {
      // The cells in memory hold no dropdowns: logged for the file's writer, which widens them there.
      if (lists.length > 0) log.push({ kind: 'lists', lists });
    },

    async selectCell(): Promise<void> {
      // No workbook is on screen beside the preview or the command line: nothing to select.
    },

    addedSheets: (): NewSheet[] => sheets.flatMap((sheet) => (sheet.added ? [sheet.added] : [])),
    cells: snapshot,
    changes: () => [...log],
  } satisfies MemoryWorkbook;
  return workbook;
}
