/**
 * One `<c>` element as the core's `Cell`: shared and inline strings as text, booleans, error values,
 * numbers, and numbers in a date style as dates of the workbook's date system. A formula gives its
 * cached value; one without a cached value gives the uncalculated cell, never an empty one (its value
 * is unknown, not absent).
 */
import { type Cell, textCell, toCell, UNCALCULATED_CELL } from '../../../core/cell';
import { localDate, serialToLocalDate } from '../../../core/localDate';
import { attributeIn, digitsAttribute, digitsIn } from './cellAttributes';
import type { SheetContext } from './sheetCells';
import { decodeXml, elementPattern, itemText } from './xmlText';

/**
 * A workbook's reading: its context, and the cells already made for a shared string and for a date
 * serial. A text or a day the sheets hold many times is then one cell object, not one per position:
 * the 200k-contact ledger's 1.07M text cells of 联系记录 hold at most 263k texts, and its ~390k date
 * cells 419 days (its cells took 147 MB of heap, now 72). Cells are read-only values, so sharing one
 * changes nothing a reader sees. One reading serves every sheet of the workbook: a list of cells as
 * long as the shared strings made for each sheet was 9 MB for the collector on that ledger.
 */
export interface SheetReading {
  readonly context: SheetContext;
  readonly stringCells: Array<Cell | undefined>;
  readonly dateCells: Map<number, Cell>;
}

const readings = new WeakMap<SheetContext, SheetReading>();

/** The reading of the workbook whose sheets share `context`: made at its first sheet. */
export function sheetReading(context: SheetContext): SheetReading {
  let reading = readings.get(context);
  if (!reading) {
    reading = {
      context,
      stringCells: new Array<Cell | undefined>(context.strings.length).fill(undefined),
      dateCells: new Map(),
    };
    readings.set(context, reading);
  }
  return reading;
}

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
  return finiteNumberCell(number, style, reading);
}

/** A finite number in style `style`: a date's cell is made once per serial. */
function finiteNumberCell(number: number, style: number, reading: SheetReading): Cell {
  const { context } = reading;
  if (!context.dateStyles[style]) return { kind: 'number', value: number };
  const made = reading.dateCells.get(number);
  if (made) return made;
  const date = serialToLocalDate(number, context.date1904);
  const cell: Cell = date ? { kind: 'date', date } : { kind: 'number', value: number };
  reading.dateCells.set(number, cell);
  return cell;
}

/** The cell of shared string `index`: made once per workbook, and empty for an index the table lacks. */
function sharedStringCell(index: number, reading: SheetReading): Cell {
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
  const valueStart = valueAt(row, innerStart, innerEnd, prefix);
  if (valueStart >= 0 && (type === 's' || type === 'n')) {
    // The usual `<v>123</v>` of a shared string or a number, read without cutting it out.
    const digits = digitsIn(row, valueStart, lastValueEnd);
    if (digits >= 0)
      return type === 's'
        ? sharedStringCell(digits, reading)
        : finiteNumberCell(digits, styleOf(row, tagStart, tagEnd), reading);
  }
  const value =
    valueStart >= 0 ? decodeXml(row.slice(valueStart, lastValueEnd)) : otherValueIn(row, innerStart, innerEnd);
  if (value === undefined) return hasFormula(row, innerStart, innerEnd, prefix) ? UNCALCULATED_CELL : undefined;
  switch (type) {
    case 's':
      return sharedStringCell(Number(value), reading);
    case 'str':
      return textCell(value);
    case 'b':
      return { kind: 'boolean', value: value.trim() === '1' || value.trim().toLowerCase() === 'true' };
    case 'e':
      return { kind: 'error', code: value.trim() };
    case 'd':
      return isoDateCell(value);
    default:
      return numberCell(value, styleOf(row, tagStart, tagEnd), reading);
  }
}

/** A cell's style index (0 when it has none). */
function styleOf(row: string, tagStart: number, tagEnd: number): number {
  const digits = digitsAttribute(row, tagStart, tagEnd, 's');
  return digits >= 0 ? digits : Number(attributeIn(row, tagStart, tagEnd, 's') ?? 0);
}

const INLINE = new RegExp(elementPattern('is').source);

/** Where the last `<v>` found by `valueAt` ends: set with it, so that neither cuts a string. */
let lastValueEnd = -1;

/**
 * Where the text of the cached value `<v>…</v>` in `row[start, end)` starts (its end in `lastValueEnd`),
 * or -1 when the cell has none written that way. Tag by tag, never searching past the cell: a column
 * of formulas without cached values would otherwise search the rest of the text from every cell.
 */
function valueAt(row: string, start: number, end: number, prefix: string): number {
  const open = prefix === '' ? '<v>' : `<${prefix}v>`;
  for (let at = row.indexOf('<', start); at >= 0 && at < end; at = row.indexOf('<', at + 1)) {
    if (!row.startsWith(open, at)) continue;
    const close = row.indexOf(prefix === '' ? '</v>' : `</${prefix}v>`, at + open.length);
    if (close < 0 || close > end) return -1;
    lastValueEnd = close;
    return at + open.length;
  }
  return -1;
}

/** A cached value spelled unusually (`<v xml:space="preserve">`), by the general pattern. */
function otherValueIn(row: string, start: number, end: number): string | undefined {
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
