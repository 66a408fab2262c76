/**
 * A sheet spec's cells as the three 2-D arrays Office.js writes in one go each: number formats,
 * values and formulas (links). `null` leaves a cell untouched, so the three cover the same block
 * without clearing each other. Text cells get the text format '@', which is written before the
 * values: Excel then keeps '=…', '+…', '-…' and '@…' as the text they are.
 */
import { NUMBER_FORMATS } from '../../core/template/ledgerTemplate';
import { localDateToSerial } from '../../core/localDate';
import { hyperlinkFormula } from '../../core/sheet/hyperlinkFormula';
import type { CellContent, CellRange, CellSpec, CellStyle } from '../../core/sheet/sheetSpec';

/** Rows of one property of a block (formats, values or formulas); `null` leaves a cell as it is. */
export type Matrix = Array<Array<string | number | null>>;

/** The three arrays of one sheet spec, all the same size. */
export interface CellBlock {
  /** 1-based, the block's top-left is always A1 and it spans the spec's last row and column. */
  readonly rows: number;
  readonly columns: number;
  readonly numberFormats: Matrix;
  readonly values: Matrix;
  readonly formulas: Matrix;
}

/** '@': the cell keeps what is written as text. */
export const TEXT_FORMAT = NUMBER_FORMATS.text;
/** What a date cell shows unless its content names another format. */
export const DATE_FORMAT = NUMBER_FORMATS.date;

/** The serial a date cell is written as, in the workbook's own date system. */
export const dateSerial = (content: Extract<CellContent, { kind: 'date' }>, date1904: boolean): number =>
  localDateToSerial(content.date, date1904);

function numberFormatOf(content: CellContent | undefined, style: CellStyle | undefined): string | null {
  if (style?.numberFormat !== undefined) return style.numberFormat;
  switch (content?.kind) {
    case 'text':
      return TEXT_FORMAT;
    case 'date':
      return content.format ?? DATE_FORMAT;
    case 'number':
      return content.format ?? null;
    default:
      return null;
  }
}

const grid = (rows: number, columns: number): Matrix =>
  Array.from({ length: rows }, () => new Array<string | number | null>(columns).fill(null));

/** Fills the three arrays from a spec's cells; a style's number format wins over the content's. */
export function cellBlock(
  cells: readonly CellSpec[],
  styles: Readonly<Record<string, CellStyle>>,
  date1904: boolean,
): CellBlock {
  const rows = cells.reduce((max, cell) => Math.max(max, cell.row), 0);
  const columns = cells.reduce((max, cell) => Math.max(max, cell.column), 0);
  const block = {
    rows,
    columns,
    numberFormats: grid(rows, columns),
    values: grid(rows, columns),
    formulas: grid(rows, columns),
  };
  for (const cell of cells) {
    const r = cell.row - 1;
    const c = cell.column - 1;
    const content = cell.content;
    const format = numberFormatOf(content, cell.style === undefined ? undefined : styles[cell.style]);
    if (format !== null) (block.numberFormats[r] as Matrix[number])[c] = format;
    if (!content) continue;
    if (content.kind === 'link')
      (block.formulas[r] as Matrix[number])[c] = `=${hyperlinkFormula(content.text, content.to)}`;
    else
      (block.values[r] as Matrix[number])[c] =
        content.kind === 'text'
          ? content.text
          : content.kind === 'number'
            ? content.value
            : dateSerial(content, date1904);
  }
  return block;
}

/** Whether an array sets any cell; one that sets none is not written at all. */
export const hasAny = (matrix: Matrix): boolean => matrix.some((row) => row.some((value) => value !== null));

/**
 * Covers a set of cells with few rectangles: runs of adjacent cells in a row, stacked while the
 * rows below repeat the same run. One formatting command per rectangle instead of per cell.
 */
export function rectangles(points: ReadonlyArray<{ readonly row: number; readonly column: number }>): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of points) {
    const columns = byRow.get(row);
    if (columns) columns.push(column);
    else byRow.set(row, [column]);
  }
  const done: CellRange[] = [];
  let open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    for (let i = 0; i < columns.length;) {
      let j = i;
      while (j + 1 < columns.length && (columns[j + 1] as number) === (columns[j] as number) + 1) j++;
      const left = columns[i] as number;
      const right = columns[j] as number;
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { top: row, left, bottom: row, right });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

/** Consecutive indexes with the same size, as runs: one command per run of equal row heights or column widths. */
export function runs(
  sizes: ReadonlyArray<{ readonly index: number; readonly size: number }>,
): Array<{ first: number; last: number; size: number }> {
  const sorted = [...sizes].sort((a, b) => a.index - b.index);
  const result: Array<{ first: number; last: number; size: number }> = [];
  for (const { index, size } of sorted) {
    const last = result[result.length - 1];
    if (last && last.last === index - 1 && last.size === size) last.last = index;
    else result.push({ first: index, last: index, size });
  }
  return result;
}
