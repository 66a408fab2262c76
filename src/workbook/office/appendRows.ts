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
import type { ApiSupport, OfficeContext, OfficeRange, OfficeWorksheet } from './officeApi';
import { type Matrix } from './specCells';
import { ACTION_BYTES, jsonBytes, type SheetWrite, type WriteOp } from './writeBatch';
import { columnOps } from './writeLedgerOffice';

/** Where appended rows go, and their commands. */
export interface Appended {
  readonly write: SheetWrite;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Rows keyed by column key (ISO dates in date columns), as one block of formats then one of values. */
export function appendRowsWrite(
  context: OfficeContext,
  sheet: RawSheet,
  def: TableDef,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  date1904: boolean,
): Appended | undefined {
  const located = findHeaderRow(sheet, def);
  if (!located || located.columns.size === 0 || rows.length === 0) return undefined;
  const positions = [...located.columns.values()];
  const left = Math.min(...positions);
  const right = Math.max(...positions);
  const firstRow = Math.max(lastUsedRow(sheet), located.headerRow) + 1;
  const lastRow = firstRow + rows.length - 1;
  const width = right - left + 1;
  const formats: Matrix = rows.map(() => new Array<string | null>(width).fill(null));
  const values: Matrix = rows.map(() => new Array<string | number | null>(width).fill(null));
  for (const [key, column] of located.columns) {
    const isDate = def.columns[key]?.kind === 'date';
    rows.forEach((row, index) => {
      (formats[index] as Matrix[number])[column - left] = isDate ? NUMBER_FORMATS.date : NUMBER_FORMATS.text;
      const value = row[key];
      const date = isDate && typeof value === 'string' ? parseIsoDate(value) : undefined;
      const written = date
        ? localDateToSerial(date, date1904)
        : typeof value === 'string' || typeof value === 'number'
          ? value
          : null;
      (values[index] as Matrix[number])[column - left] = written === '' ? null : written;
    });
  }
  const address = `${columnLetters(left)}${firstRow}:${columnLetters(right)}${lastRow}`;
  const target = () => context.workbook.worksheets.getItem(sheet.name).getRange(address);
  const ops: WriteOp[] = [
    { bytes: ACTION_BYTES + jsonBytes(formats), apply: () => (target().numberFormat = formats) },
    { bytes: ACTION_BYTES + jsonBytes(values), apply: () => (target().values = values) },
  ];
  return { write: { sheet: sheet.name, ops }, firstRow, lastRow };
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

/** A table to stretch over what was written beside or below it. */
export interface TableGrowth {
  readonly table: string;
  readonly lastRow?: number;
  readonly lastColumn?: number;
  /** Grow to the right only when the table ends at this column, so users' own columns between stay outside. */
  readonly adjacentTo?: number;
}

/**
 * Stretches ledger tables over rows and columns written next to them. Excel extends a table when a
 * user types right below it, but whether an API write does is not documented; `Table.resize`
 * (ExcelApi 1.13) makes it so where it exists. The tables' ranges are queued for loading before the
 * writes (so they come with the first write sync); `finish` resizes them with one more sync. A
 * failed resize leaves the data written and readable (rows are found by header), so it is logged
 * rather than reported as a failed write.
 */
export function queueTableGrowth(
  context: OfficeContext,
  growths: readonly TableGrowth[],
  existing: ReadonlySet<string>,
  supports: ApiSupport,
): () => Promise<void> {
  if (!supports('1.13')) return async () => undefined;
  const loads = growths
    .filter((growth) => existing.has(growth.table))
    .map((growth) => {
      const table = context.workbook.tables.getItem(growth.table);
      const range: OfficeRange = table.getRange();
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return { growth, table, range };
    });
  return async () => {
    let queued = 0;
    for (const { growth, table, range } of loads) {
      const bottom = Math.max(range.rowIndex + range.rowCount, growth.lastRow ?? 0);
      const tableRight = range.columnIndex + range.columnCount;
      const right =
        growth.adjacentTo === undefined || growth.adjacentTo === tableRight
          ? Math.max(tableRight, growth.lastColumn ?? 0)
          : tableRight;
      if (bottom === range.rowIndex + range.rowCount && right === range.columnIndex + range.columnCount) continue;
      table.resize(`${columnLetters(range.columnIndex + 1)}${range.rowIndex + 1}:${columnLetters(right)}${bottom}`);
      queued += 1;
    }
    if (queued === 0) return;
    try {
      await context.sync();
    } catch (cause) {
      console.warn('联谊交友台账：表格对象未能扩展到新写入的行列（数据已写入，检查按列名读取，不受影响）。', cause);
    }
  };
}
