/**
 * Rows appended below a ledger table and single cells set, in a worksheet part: values go where
 * the port's host put them (by header, see memoryWorkbook.ts), each cell takes the style of the
 * cell already there, else of the cell above in the table, else of its column; a date gets a date
 * style like it. The table (and a sheet-level autoFilter, LibreOffice's form of a table) grows over
 * the rows, the sheet's `dimension` too. A cell holding a formula the reader could not see (no
 * cached value) is never written over: the edit is refused instead.
 */
import type { Cell } from '../../../core/cell';
import { failure } from '../../../core/failures';
import type { CellEdit } from '../../port';
import { cellXml } from './cellXml';
import { type EditContext, PatchRefusal } from './editContext';
import { type CellWrite, type ExistingCell, editRows, readRow } from './sheetRows';
import { parseRange, rangeRef, resizeTable, tableAt } from './tableParts';
import { attributeOf, setAttribute } from './xmlText';

/** Rows to append: where the host put them, each row's cells by 1-based column. */
export interface RowsAt {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: ReadonlyArray<ReadonlyArray<readonly [number, Cell]>>;
}

/** The style `<cols>` gives a column, if any. */
function columnStyle(xml: string, column: number): number | undefined {
  const cols = /<(?:[\w.-]+:)?cols\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cols>/.exec(xml)?.[1] ?? '';
  for (const match of cols.matchAll(/<(?:[\w.-]+:)?col\b([^>]*)>/g)) {
    const tag = match[1] ?? '';
    const min = Number(attributeOf(tag, 'min'));
    const max = Number(attributeOf(tag, 'max'));
    const style = attributeOf(tag, 'style');
    if (min <= column && column <= max) return style === undefined ? undefined : Number(style);
  }
  return undefined;
}

/** Whether writing over a cell would lose what the user put there (a value or formula the host did not know of). */
const holdsFormula = (existing: ExistingCell | undefined): boolean => existing?.formula === true;

/** A cell write: the value, in the style chosen from what is there, refused over a formula. */
function writeOf(context: EditContext, sheet: string, cell: Cell, fallback: number | undefined): CellWrite {
  return (existing, ref, prefix) => {
    if (holdsFormula(existing)) throw new PatchRefusal(failure('cellOccupied', { sheet, cell: ref }));
    const base = existing?.style ?? fallback;
    const style = cell.kind === 'date' ? context.styles().dateStyle(base) : base;
    return cellXml(prefix, ref, cell, style, context.date1904);
  };
}

/** The worksheet's `dimension` (the used range Excel records) widened over `bottom` and `right`. */
export function growDimension(xml: string, bottom: number, right: number): string {
  return xml.replace(/<((?:[\w.-]+:)?dimension)\b([^>]*?)\/>/, (whole, name: string, attrs: string) => {
    const range = parseRange(attributeOf(attrs, 'ref') ?? '');
    if (!range) return whole;
    const grown = { ...range, bottom: Math.max(range.bottom, bottom), right: Math.max(range.right, right) };
    return setAttribute(`<${name}${attrs}/>`, 'ref', rangeRef(grown));
  });
}

/** A sheet-level autoFilter starting at the header row, grown down to `bottom`. */
function growSheetFilter(xml: string, headerRow: number, bottom: number): string {
  return xml.replace(
    /<((?:[\w.-]+:)?autoFilter)\b([^>]*?)(\/?)>/,
    (whole, name: string, attrs: string, end: string) => {
      const range = parseRange(attributeOf(attrs, 'ref') ?? '');
      if (!range || range.top !== headerRow || range.bottom >= bottom) return whole;
      return setAttribute(`<${name}${attrs}${end}>`, 'ref', rangeRef({ ...range, bottom }));
    },
  );
}

/** Appends rows below a table: values in the styles of the row above, empty styled cells where it has styles. */
export function appendRows(context: EditContext, edit: RowsAt): void {
  if (edit.rows.length === 0) return;
  const path = context.sheetPath(edit.sheet);
  const xml = context.parts.read(path) ?? '';
  const lastRow = edit.firstRow + edit.rows.length - 1;
  const columns = edit.rows.flatMap((row) => row.map(([column]) => column));
  const table = columns.length > 0 ? tableAt(context.parts, path, edit.headerRow, Math.min(...columns)) : undefined;
  // The row above gives styles only when it is a data row (a header's bold fill is not a data row's).
  const above = edit.firstRow - 1 > edit.headerRow ? readRow(xml, edit.firstRow - 1) : new Map<number, ExistingCell>();
  const styleOf = (column: number) => above.get(column)?.style ?? columnStyle(xml, column);
  const styled = [...above].filter(
    ([column, cell]) =>
      cell.style !== undefined && (!table || (table.range.left <= column && column <= table.range.right)),
  );
  const edits = new Map<number, Map<number, CellWrite>>();
  edit.rows.forEach((cells, index) => {
    const writes = new Map<number, CellWrite>();
    // Cells the row above styles but this row leaves empty keep its borders and fills.
    for (const [column, cell] of styled)
      writes.set(column, (existing, ref, prefix) =>
        existing ? undefined : cellXml(prefix, ref, { kind: 'empty' }, cell.style, context.date1904),
      );
    for (const [column, cell] of cells) writes.set(column, writeOf(context, edit.sheet, cell, styleOf(column)));
    edits.set(edit.firstRow + index, writes);
  });
  const right = Math.max(0, ...columns, ...styled.map(([column]) => column));
  let next = growDimension(editRows(xml, edits), lastRow, right);
  if (!table) next = growSheetFilter(next, edit.headerRow, lastRow);
  context.parts.write(path, next);
  // A table with a totals row ends there: rows below it stay outside (still read by header).
  if (table && table.totalsRows === 0 && table.range.bottom < lastRow)
    resizeTable(context.parts, table, { ...table.range, bottom: lastRow });
}

/** Sets single cells, each in the style already there (or its column's). */
export function setCells(context: EditContext, edits: readonly CellEdit[]): void {
  const bySheet = new Map<string, Map<number, Map<number, Cell>>>();
  for (const { sheet, row, column, cell } of edits) {
    const rows = bySheet.get(sheet) ?? new Map<number, Map<number, Cell>>();
    bySheet.set(sheet, rows);
    const cells = rows.get(row) ?? new Map<number, Cell>();
    rows.set(row, cells.set(column, cell));
  }
  for (const [sheet, rows] of bySheet) {
    const path = context.sheetPath(sheet);
    const xml = context.parts.read(path) ?? '';
    const writes = new Map(
      [...rows].map(([row, cells]) => [
        row,
        new Map([...cells].map(([column, cell]) => [column, writeOf(context, sheet, cell, columnStyle(xml, column))])),
      ]),
    );
    const bottom = Math.max(...rows.keys());
    const right = Math.max(...[...rows.values()].flatMap((cells) => [...cells.keys()]));
    context.parts.write(path, growDimension(editRows(xml, writes), bottom, right));
  }
}
