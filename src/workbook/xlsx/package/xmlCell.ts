/**
 * One `<c>` element as the core's `Cell`: shared and inline strings as text, booleans, error values,
 * numbers, and numbers in a date style as dates of the workbook's date system. A formula gives its
 * cached value; one without a cached value gives the uncalculated cell, never an empty one (its value
 * is unknown, not absent).
 */
import { type Cell, textCell, toCell, UNCALCULATED_CELL } from '../../../core/cell';
import { localDate, serialToLocalDate } from '../../../core/localDate';
import { attributeIn } from './cellAttributes';
import type { SheetContext } from './sheetCells';
import { decodeXml, elementPattern, itemText } from './xmlText';

/**
 * One sheet's reading: the workbook's context, and the cells already made for a shared string and for
 * a date serial. A text or a day a sheet holds many times is then one cell object, not one per
 * position: the 200k-contact ledger's 1.07M text cells of 联系记录 hold at most 263k texts, and its
 * ~390k date cells 419 days (its cells took 147 MB of heap, now 72). Cells are read-only values, so
 * sharing one changes nothing a reader sees.
 */
export interface SheetReading {
  readonly context: SheetContext;
  readonly stringCells: Array<Cell | undefined>;
  readonly dateCells: Map<number, Cell>;
}

/** A sheet's reading, its caches empty. */
export const sheetReading = (context: SheetContext): SheetReading => ({
  context,
  stringCells: new Array<Cell | undefined>(context.strings.length).fill(undefined),
  dateCells: new Map(),
});

const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;

/**
 * A `t="d"` value: an ISO 8601 date, its calendar day as written. One that names no day Excel can
 * show stays the text it is, so the cell's problem quotes what the file holds (not an error value).
 */
function isoDateCell(value: string): Cell {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = match ? localDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  return date ? { kind: 'date', date } : textCell(value.trim());
}

/** A number cell, as a date when its style shows dates and the serial is a day Excel can show. */
function numberCell(value: string, style: number, reading: SheetReading): Cell {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return toCell(number);
  const { context } = reading;
  if (!context.dateStyles[style]) return { kind: 'number', value: number };
  const made = reading.dateCells.get(number);
  if (made) return made;
  const date = serialToLocalDate(number, context.date1904);
  const cell: Cell = date ? { kind: 'date', date } : { kind: 'number', value: number };
  reading.dateCells.set(number, cell);
  return cell;
}

/** The cell of shared string `index`: made once per sheet, and empty for an index the table lacks. */
function sharedStringCell(value: string, reading: SheetReading): Cell {
  const index = Number(value);
  const { strings } = reading.context;
  // An index outside the table (a damaged file) is never stored: the array would stop being a list.
  if (!Number.isInteger(index) || index < 0 || index >= strings.length) return textCell('');
  return (reading.stringCells[index] ??= textCell(strings[index] as string));
}

/**
 * One `<c>` as a cell, from its start tag's attributes `row[tagStart, tagEnd)` and its content
 * `row[innerStart, innerEnd)`; undefined when it holds nothing (a styled empty cell), the
 * uncalculated cell for a formula without a cached value.
 */
export function xmlCell(
  row: string,
  tagStart: number,
  tagEnd: number,
  innerStart: number,
  innerEnd: number,
  prefix: string,
  reading: SheetReading,
): Cell | undefined {
  const type = attributeIn(row, tagStart, tagEnd, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = INLINE.exec(row.slice(innerStart, innerEnd));
    return inline?.[2] === undefined ? undefined : textCell(itemText(inline[2]));
  }
  const value = valueIn(row, innerStart, innerEnd, prefix);
  if (value === undefined) return hasFormula(row, innerStart, innerEnd, prefix) ? UNCALCULATED_CELL : undefined;
  switch (type) {
    case 's':
      return sharedStringCell(value, reading);
    case 'str':
      return textCell(value);
    case 'b':
      return { kind: 'boolean', value: value.trim() === '1' || value.trim().toLowerCase() === 'true' };
    case 'e':
      return { kind: 'error', code: value.trim() };
    case 'd':
      return isoDateCell(value);
    default:
      return numberCell(value, Number(attributeIn(row, tagStart, tagEnd, 's') ?? 0), reading);
  }
}
const INLINE = new RegExp(elementPattern('is').source);

/** The cached value in `row[start, end)`: `<v>` looked up directly, the general pattern only for unusual spellings. */
function valueIn(row: string, start: number, end: number, prefix: string): string | undefined {
  const open = prefix === '' ? '<v>' : `<${prefix}v>`;
  const at = row.indexOf(open, start);
  const close = at < 0 || at >= end ? -1 : row.indexOf(prefix === '' ? '</v>' : `</${prefix}v>`, at + open.length);
  if (close >= 0 && close <= end) return decodeXml(row.slice(at + open.length, close));
  const match = VALUE.exec(row.slice(start, end));
  return match ? decodeXml(match[1] as string) : undefined;
}

/** Whether `row[start, end)` holds an `<f>` element (`<f>…</f>`, or `<f t="shared" si="0"/>` of a shared formula). */
function hasFormula(row: string, start: number, end: number, prefix: string): boolean {
  // Tag by tag ('<' to '<'), never searching past the cell: on a row of empty cells a search for
  // "<f" would run to the row's end from every cell.
  for (let at = row.indexOf('<', start); at >= 0 && at < end; at = row.indexOf('<', at + 1)) {
    if (!row.startsWith(prefix, at + 1) || row.charCodeAt(at + 1 + prefix.length) !== 102) continue;
    const after = row.charCodeAt(at + 2 + prefix.length);
    if (after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13) return true;
  }
  return false;
}
