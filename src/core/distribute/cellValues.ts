/**
 * A cell as 分发 and 汇总 carry it between workbooks: the value to write (dates as dates in date
 * columns, whatever date system the file counts in; text as typed), the cell a host reads back from
 * that value, and the value two cells are compared by (cleaned text, dates as dates).
 */
import { type Cell, toCell } from '../cell';
import { cellDate, cellText, cellYesNo, splitList } from '../cellText';
import { parseIsoDate } from '../localDate';
import type { Column } from '../schema/columns';

/** A value to write under a column: text, a number, or a LocalDate in a date column. */
export type WrittenValue = string | number | undefined;

/**
 * What to write for a cell so that it reads back the same: a date column's date (typed as text or
 * counted from 1904) becomes a LocalDate; text keeps its spelling; 是/否 cells and error codes
 * become their text.
 * @example writtenValue({ kind: 'text', text: '2026/9/15' }, dateColumn, false) // '2026-09-15'
 */
export function writtenValue(cell: Cell, column: Column, date1904: boolean): WrittenValue {
  if (column.kind === 'date') {
    const date = cellDate(cell, date1904);
    if (date) return date;
  }
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'text':
      return cell.text.trim() === '' ? undefined : cell.text;
    case 'number':
      return cell.value;
    default:
      return cellText(cell);
  }
}

/** The cell a host holds after writing a value (the memory workbook's rule): ISO text in a date column is a date. */
export function writtenCell(value: WrittenValue, column: Column | undefined): Cell {
  const date = column?.kind === 'date' && typeof value === 'string' ? parseIsoDate(value) : undefined;
  return date ? { kind: 'date', date } : toCell(value);
}

/**
 * What two cells of a column are compared by: cleaned text, a date as its LocalDate, 是/否 as
 * such, a list as its items; empty as ''.
 * @example comparableValue({ kind: 'text', text: ' 2026年9月15日 ' }, dateColumn, false) // '2026-09-15'
 */
export function comparableValue(cell: Cell, column: Column, date1904: boolean): string {
  switch (column.kind) {
    case 'date':
      return cellDate(cell, date1904) ?? cellText(cell);
    case 'yesNo': {
      const yes = cellYesNo(cell);
      return yes === undefined ? cellText(cell) : yes ? '是' : '否';
    }
    case 'listOf':
      return splitList(cellText(cell)).join('、');
    default:
      return cellText(cell);
  }
}
