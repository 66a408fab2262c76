/** A1 notation for ranges and sheet names, as formulas, links and Office.js take them. */
import { a1 } from '../address';
import type { CellRange } from './sheetSpec';

/** 'A1:D8', or 'A1' for a single cell. */
export function rangeA1(range: CellRange): string {
  const start = a1(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${a1(range.bottom, range.right)}`;
}

/** A sheet name as a formula or link names it: quoted when it has anything but letters and digits. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
