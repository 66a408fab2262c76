/**
 * Stretching ledger tables over the rows and columns written next to them. Excel extends a table
 * when a user types right below it, but whether an API write does is not documented;
 * `Table.resize` (ExcelApi 1.13) makes it so where it exists. A failed resize leaves the data
 * written and readable (rows are found by header), so it is logged rather than reported.
 */
import { columnLetters } from '../../core/address';
import type { ApiSupport, OfficeContext, OfficeRange, OfficeTable } from './officeApi';

/** A table to stretch over what was written beside or below it. */
export interface TableGrowth {
  readonly table: string;
  readonly lastRow?: number;
  readonly lastColumn?: number;
  /** Grow to the right only when the table ends at this column, so users' own columns between stay outside. */
  readonly adjacentTo?: number;
}

/** A table's range as loaded before the writes, and how it should grow. */
export interface TableLoad {
  readonly growth: TableGrowth;
  readonly table: OfficeTable;
  readonly range: OfficeRange;
}

/**
 * Queues the loads of the tables' ranges (they come with the next sync, the first write's) where
 * `Table.resize` (ExcelApi 1.13) exists to stretch them; none where it does not.
 */
export function loadTableRanges(
  context: OfficeContext,
  growths: readonly TableGrowth[],
  existing: ReadonlySet<string>,
  supports: ApiSupport,
): TableLoad[] {
  if (!supports('1.13')) return [];
  return growths
    .filter((growth) => existing.has(growth.table))
    .map((growth) => {
      const table = context.workbook.tables.getItem(growth.table);
      const range: OfficeRange = table.getRange();
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return { growth, table, range };
    });
}

/** Queues the resizes the loaded tables need (never shrinking one); how many were queued. */
export function queueResizes(loads: readonly TableLoad[]): number {
  let queued = 0;
  for (const { growth, table, range } of loads) {
    const bottom = Math.max(range.rowIndex + range.rowCount, growth.lastRow ?? 0);
    const tableRight = range.columnIndex + range.columnCount;
    const right =
      growth.adjacentTo === undefined || growth.adjacentTo === tableRight
        ? Math.max(tableRight, growth.lastColumn ?? 0)
        : tableRight;
    if (bottom === range.rowIndex + range.rowCount && right === tableRight) continue;
    table.resize(`${columnLetters(range.columnIndex + 1)}${range.rowIndex + 1}:${columnLetters(right)}${bottom}`);
    queued += 1;
  }
  return queued;
}

/** Why a failed resize is only logged: the rows are written and found by header whatever the table covers. */
export const warnResizeFailed = (cause: unknown): void =>
  console.warn('联谊交友台账：表格对象未能扩展到新写入的行列（数据已写入，检查按列名读取，不受影响）。', cause);
