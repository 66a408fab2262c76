/**
 * Where a table's header row is in a sheet, found by header name: one rule for reading a ledger,
 * upgrading it and appending rows to it, so all three agree on the same row and columns.
 */
import { type Cell, EMPTY_CELL } from './cell';
import { cellText, matchKey } from './cellText';
import type { RawSheet } from './rawWorkbook';
import type { TableDef } from './schema/columns';

/** How far down a sheet the header row is looked for (room for a title and notes above it). */
export const HEADER_SEARCH_ROWS = 30;

/** Headers match ignoring spaces (职 务 = 职务), case, and a required marker such as * or （必填）. */
export const headerKey = (text: string): string => matchKey(text).replace(/[*]|[(（]必填[)）]/g, '');

/** A sheet's header row for a table, all positions 1-based as the worksheet counts them. */
export interface HeaderRow {
  /** The worksheet row of the headers. */
  readonly headerRow: number;
  /** The worksheet column of each column key whose header the row has (its first cell of that name, see duplicates). */
  readonly columns: ReadonlyMap<string, number>;
  /** Every required header of the table is in the row. */
  readonly complete: boolean;
  /** The last non-empty cell of the row (known header or not): new headers go to its right. */
  readonly lastColumn: number;
  /** A known header written again further right: its column key, and both worksheet columns. */
  readonly duplicates: ReadonlyArray<{ readonly key: string; readonly first: number; readonly column: number }>;
}

const cellKey = (cell: Cell | undefined): string => headerKey(cellText(cell ?? EMPTY_CELL));

/**
 * The first row within HEADER_SEARCH_ROWS that has every required header of `def`; else the row
 * with the most known headers, the earliest on a tie; undefined when no row has any.
 */
export function findHeaderRow(sheet: RawSheet, def: TableDef): HeaderRow | undefined {
  const wanted = new Map(Object.entries(def.columns).map(([key, column]) => [headerKey(column.header), key]));
  const required = Object.entries(def.columns)
    .filter(([, column]) => column.required)
    .map(([key]) => key);
  let best: { index: number; columns: Map<string, number>; complete: boolean } | undefined;
  for (let index = 0; index < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); index++) {
    const cells = sheet.rows[index] ?? [];
    const columns = new Map<string, number>();
    for (let column = 0; column < cells.length; column++) {
      const key = wanted.get(cellKey(cells[column]));
      if (key !== undefined && !columns.has(key)) columns.set(key, column + 1);
    }
    const complete = required.every((key) => columns.has(key));
    if (complete || columns.size > (best?.columns.size ?? 0)) best = { index, columns, complete };
    if (complete) break;
  }
  if (!best) return undefined;
  const cells = sheet.rows[best.index] ?? [];
  let lastColumn = 0;
  const duplicates: Array<{ key: string; first: number; column: number }> = [];
  for (let column = 0; column < cells.length; column++) {
    const name = cellKey(cells[column]);
    if (name === '') continue;
    lastColumn = column + 1;
    const key = wanted.get(name);
    const first = key === undefined ? undefined : best.columns.get(key);
    if (key !== undefined && first !== undefined && first !== column + 1)
      duplicates.push({ key, first, column: column + 1 });
  }
  return { headerRow: best.index + 1, columns: best.columns, complete: best.complete, lastColumn, duplicates };
}

/** The last row holding anything, 1-based (0 for an empty sheet): appended rows go below it. */
export function lastUsedRow(sheet: RawSheet): number {
  for (let index = sheet.rows.length - 1; index >= 0; index--) {
    if ((sheet.rows[index] ?? []).some((cell) => cell !== undefined && cell.kind !== 'empty')) return index + 1;
  }
  return 0;
}
