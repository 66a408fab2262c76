/**
 * Writes rows below a ledger table and columns at its right, cell by header: users reorder columns
 * and add their own, so a value goes to the column whose header names it, wherever that is, and
 * the other columns of the row are left untouched (`null`). Rows are written directly below the
 * last used row rather than with `table.rows.add`, which rewrites the table and conflicts more
 * under co-authoring; the reader finds rows by header whether or not the table object covers them.
 */
import { columnLetters } from '../../core/address';
import { findHeaderRow, lastUsedRow } from '../../core/headerRow';
import { localDateToSerial, parseIsoDate } from '../../core/localDate';
import type { RawSheet } from '../../core/rawWorkbook';
import { NUMBER_FORMATS } from '../../core/template/ledgerTemplate';
import type { TableDef } from '../../core/schema/columns';
import type { ColumnsAddition } from '../port';
import type { OfficeContext, OfficeWorksheet } from './officeApi';
import { type Matrix } from './specCells';
import { ACTION_BYTES, jsonBytes, type SheetWrite, type WriteOp } from './writeBatch';
import { columnOps } from './writeLedgerOffice';

/** Where appended rows go, and their commands. */
export interface Appended {
  readonly write: SheetWrite;
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * Rows to append as one block of cells under their headers, from the leftmost to the rightmost
 * header the sheet has. Cells under the table's headers hold the row's value, or '' where it has
 * none, so the block owns every ledger cell of its rows: whoever writes a row last leaves a whole
 * row, never a mix of two (see confirmedAppend.ts). Cells of the user's own columns in between are
 * `null` and stay untouched.
 */
export interface RowBlock {
  readonly sheet: string;
  /** The first row below everything the sheet held when it was read. */
  readonly nextRow: number;
  readonly left: number;
  readonly right: number;
  readonly formats: Matrix;
  readonly values: Matrix;
  /** The worksheet column of each column key the header row has. */
  readonly columns: ReadonlyMap<string, number>;
}

/** The block of `rows` for the table `def` in `sheet`, or undefined when the sheet has no header row for it. */
export function rowBlock(
  sheet: RawSheet,
  def: TableDef,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  date1904: boolean,
): RowBlock | undefined {
  const located = findHeaderRow(sheet, def);
  if (!located || located.columns.size === 0 || rows.length === 0) return undefined;
  const positions = [...located.columns.values()];
  const left = Math.min(...positions);
  const right = Math.max(...positions);
  const width = right - left + 1;
  const formats: Matrix = rows.map(() => new Array<string | null>(width).fill(null));
  const values: Matrix = rows.map(() => new Array<string | number | null>(width).fill(null));
  for (const [key, column] of located.columns) {
    const isDate = def.columns[key]?.kind === 'date';
    rows.forEach((row, index) => {
      (formats[index] as Matrix[number])[column - left] = isDate ? NUMBER_FORMATS.date : NUMBER_FORMATS.text;
      const value = row[key];
      const date = isDate && typeof value === 'string' ? parseIsoDate(value) : undefined;
      (values[index] as Matrix[number])[column - left] = date
        ? localDateToSerial(date, date1904)
        : typeof value === 'string' || typeof value === 'number'
          ? value
          : '';
    });
  }
  const nextRow = Math.max(lastUsedRow(sheet), located.headerRow) + 1;
  return { sheet: sheet.name, nextRow, left, right, formats, values, columns: located.columns };
}

/** The A1 address of a block written from `firstRow` down. */
export const blockAddress = (block: RowBlock, firstRow: number): string =>
  `${columnLetters(block.left)}${firstRow}:${columnLetters(block.right)}${firstRow + block.values.length - 1}`;

/** A block's commands at `firstRow`: formats first ('@' before text, so a value starting with = stays text), then values. */
export function blockOps(context: OfficeContext, block: RowBlock, firstRow: number): WriteOp[] {
  const target = () => context.workbook.worksheets.getItem(block.sheet).getRange(blockAddress(block, firstRow));
  return [
    { bytes: ACTION_BYTES + jsonBytes(block.formats), apply: () => (target().numberFormat = block.formats) },
    { bytes: ACTION_BYTES + jsonBytes(block.values), apply: () => (target().values = block.values) },
  ];
}

/** Rows keyed by column key (ISO dates in date columns), written directly below the sheet's last used row. */
export function appendRowsWrite(
  context: OfficeContext,
  sheet: RawSheet,
  def: TableDef,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  date1904: boolean,
): Appended | undefined {
  const block = rowBlock(sheet, def, rows, date1904);
  if (!block) return undefined;
  const ops = blockOps(context, block, block.nextRow);
  return { write: { sheet: sheet.name, ops }, firstRow: block.nextRow, lastRow: block.nextRow + rows.length - 1 };
}

/** New headers after a table's last header ('@' first so a header stays text), with their columns' formats and dropdowns. */
export function addColumnsWrite(context: OfficeContext, sheet: RawSheet, addition: ColumnsAddition): SheetWrite {
  const target = (): OfficeWorksheet => context.workbook.worksheets.getItem(sheet.name);
  const { headerRow, firstColumn, columns } = addition;
  const formats = columns.flatMap(({ template, formatCells }, index) =>
    formatCells ? columnOps(target, template, firstColumn + index, headerRow + 1) : [],
  );
  const headers = columns.map(({ template }) => template.header);
  const header: WriteOp = {
    bytes: 2 * ACTION_BYTES + 2 * jsonBytes(headers),
    apply: () => {
      const range = target().getRange(
        `${columnLetters(firstColumn)}${headerRow}:${columnLetters(firstColumn + headers.length - 1)}${headerRow}`,
      );
      range.numberFormat = [headers.map(() => NUMBER_FORMATS.text)];
      range.values = [[...headers]];
    },
  };
  return { sheet: sheet.name, ops: [...formats, header] };
}
