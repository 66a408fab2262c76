/**
 * A ledger table's rows as the cells the user wrote, by column key, before any reading rule drops
 * or reinterprets them: 分发 copies these cells into a unit's workbook and 汇总 compares and adds
 * them, so a row with a bad cell travels as it is and is judged by the check where it lands.
 */
import { a1 } from '../address';
import { type Cell, EMPTY_CELL } from '../cell';
import { cellText } from '../cellText';
import { findHeaderRow, type HeaderRow } from '../headerRow';
import type { Place } from '../problems';
import type { RawSheet } from '../rawWorkbook';
import type { TableDef } from '../schema/columns';

/** One non-blank row: its worksheet row (1-based) and the cell under each header the table has. */
export interface TableRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

/** A table found on a sheet: its header row, its rows, and where any of its cells is. */
export interface TableRows {
  readonly def: TableDef;
  readonly sheet: string;
  readonly header: HeaderRow;
  readonly rows: readonly TableRow[];
  /** The place of a row's cell of a column; `cell` is '' when the sheet lacks the column. */
  readonly placeOf: (row: number, key: string) => Place;
  /** Headers of the header row that are not the table's columns (a user's own), left to right. */
  readonly otherHeaders: ReadonlyArray<{ readonly header: string; readonly column: number }>;
}

/** A cell of a row by key; a column the sheet lacks reads as empty. */
export const cellOf = (row: TableRow, key: string): Cell => row.cells[key] ?? EMPTY_CELL;

/** The text of a row's cell (trimmed), '' when empty. */
export const textOf = (row: TableRow, key: string): string => cellText(cellOf(row, key));

/**
 * The rows of `def` on a sheet, found by header name as the reader finds them; undefined when the
 * sheet has no row with any of the table's headers. A row is blank when none of the table's
 * columns holds anything (a user's own column alone does not make a ledger row).
 */
export function tableRows(sheet: RawSheet, def: TableDef): TableRows | undefined {
  const header = findHeaderRow(sheet, def);
  if (!header || header.columns.size === 0) return undefined;
  const columns = [...header.columns];
  const rows: TableRow[] = [];
  for (let index = header.headerRow; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (!cells) continue;
    const byKey: Record<string, Cell> = {};
    let blank = true;
    for (const [key, column] of columns) {
      const cell = cells[column - 1];
      if (cell === undefined || cell.kind === 'empty') continue;
      byKey[key] = cell;
      if (cellText(cell) !== '') blank = false;
    }
    if (!blank) rows.push({ row: index + 1, cells: byKey });
  }
  const known = new Set(columns.map(([, column]) => column));
  const headerCells = sheet.rows[header.headerRow - 1] ?? [];
  const otherHeaders = headerCells.flatMap((cell, index) => {
    const text = cell ? cellText(cell) : '';
    return text !== '' && !known.has(index + 1) ? [{ header: text, column: index + 1 }] : [];
  });
  const placeOf = (row: number, key: string): Place => {
    const column = header.columns.get(key);
    return {
      sheet: sheet.name,
      row,
      column: def.columns[key]?.header ?? key,
      cell: column === undefined ? '' : a1(row, column),
    };
  };
  return { def, sheet: sheet.name, header, rows, placeOf, otherHeaders };
}
