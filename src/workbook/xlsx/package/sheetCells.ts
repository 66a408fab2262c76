/**
 * A worksheet's cells, scanned from its XML a piece at a time: each piece is cut after its last
 * complete row, so memory stays bounded by one piece even on a sheet whose used range is a million
 * formatted but empty rows. Each cell becomes the core's `Cell` straight away: shared and inline
 * strings as text, booleans, error values, numbers, and numbers in a date style as dates of the
 * workbook's date system. A formula gives its cached value; one without a cached value gives the
 * uncalculated cell, never an empty one (its value is unknown, not absent).
 */
import { type Cell, textCell, toCell, UNCALCULATED_CELL } from '../../../core/cell';
import { localDate, serialToLocalDate } from '../../../core/localDate';
import type { RawSheet } from '../../../core/rawWorkbook';
import { streamEntryTextWith } from './entryText';
import type { RawInflate } from './rawInflate';
import { attributeOf, attributes, decodeXml, elementPattern, itemText } from './xmlText';
import type { ZipEntry } from './zipDirectory';

/** What every sheet of a workbook shares. */
export interface SheetContext {
  readonly strings: readonly string[];
  /** The host's inflater (fflate when none is given). */
  readonly inflate?: RawInflate;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * One sheet's reading: the workbook's context, and the cells already made for a shared string and for
 * a date serial. A text or a day a sheet holds many times is then one cell object, not one per
 * position: the 200k-contact ledger's 1.07M text cells of 联系记录 hold at most 263k texts, and its
 * ~390k date cells 419 days (its cells took 147 MB of heap, now 72). Cells are read-only values, so
 * sharing one changes nothing a reader sees.
 */
interface SheetReading {
  readonly context: SheetContext;
  readonly stringCells: Array<Cell | undefined>;
  readonly dateCells: Map<number, Cell>;
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
 * Where an attribute's value starts in `text[start, end)` (a start tag's attributes), or -1. The
 * common spelling `name="…"` is found with indexOf and no new strings; spaces around `=` (allowed,
 * never seen from a real producer) take the general path.
 */
function attributeAt(text: string, start: number, end: number, key: string): number {
  for (let at = text.indexOf(key, start); at >= 0 && at < end; at = text.indexOf(key, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58) continue;
    const quote = text.charCodeAt(at + key.length);
    return quote === 34 || quote === 39 ? at + key.length + 1 : -1;
  }
  return -1;
}

/** An attribute's value in `text[start, end)` (a start tag's attributes), decoded; undefined when the tag has none. */
export function attributeIn(text: string, start: number, end: number, name: string): string | undefined {
  const valueStart = attributeAt(text, start, end, `${name}=`);
  if (valueStart >= 0) {
    const close = text.indexOf(text[valueStart - 1] as string, valueStart);
    return close < 0 || close > end ? undefined : decodeXml(text.slice(valueStart, close));
  }
  const tag = text.slice(start, end);
  return /\s=|=\s/.test(tag) ? attributes(tag).get(name) : undefined;
}

/** The column of a cell reference starting at `at` ('AB12' → 28), or undefined without letters. */
export function columnAt(text: string, at: number): number | undefined {
  let column = 0;
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column === 0 ? undefined : column;
}

/**
 * One `<c>` as a cell, from its start tag's attributes `row[tagStart, tagEnd)` and its content
 * `row[innerStart, innerEnd)`; undefined when it holds nothing (a styled empty cell), the
 * uncalculated cell for a formula without a cached value.
 */
function cellOf(
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

const isNameChar = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 58 ||
  code === 45 ||
  code === 46 ||
  code === 95;

/**
 * Calls `onCell` for each `<c>` of a row's content, in order, with where its start tag's attributes
 * and its content are (content -1 when it closes itself), its namespace prefix, and where the whole
 * element starts and ends (the package writer replaces cells by it). Scanned with indexOf and
 * positions, no strings cut: on a large sheet this loop is most of the reading time.
 */
export function scanCells(
  row: string,
  onCell: (
    tagStart: number,
    tagEnd: number,
    innerStart: number,
    innerEnd: number,
    prefix: string,
    elementStart: number,
    elementEnd: number,
  ) => void,
): void {
  for (let at = row.indexOf('<'); at >= 0; at = row.indexOf('<', at)) {
    // The usual spelling, `<c r="A1" …>…</c>`, without building the element's name.
    const after = row.charCodeAt(at + 2);
    if (row.charCodeAt(at + 1) === 99 && (after === 32 || after === 62 || after === 47)) {
      const tagEnd = row.indexOf('>', at + 2);
      if (tagEnd < 0) return;
      if (row.charCodeAt(tagEnd - 1) === 47) {
        onCell(at + 2, tagEnd - 1, -1, -1, '', at, tagEnd + 1);
        at = tagEnd + 1;
        continue;
      }
      const close = row.indexOf('</c>', tagEnd);
      if (close < 0) return;
      onCell(at + 2, tagEnd, tagEnd + 1, close, '', at, close + 4);
      at = close + 4;
      continue;
    }
    let nameEnd = at + 1;
    while (nameEnd < row.length && isNameChar(row.charCodeAt(nameEnd))) nameEnd++;
    const name = row.slice(at + 1, nameEnd);
    const tagEnd = row.indexOf('>', nameEnd);
    if (tagEnd < 0) return;
    const colon = name.lastIndexOf(':');
    if (name.slice(colon + 1) !== 'c' || row.charCodeAt(at + 1) === 47) {
      at = tagEnd + 1; // a closing tag, or an element other than a cell (an extension)
      continue;
    }
    const prefix = name.slice(0, colon + 1);
    if (row.charCodeAt(tagEnd - 1) === 47) {
      onCell(nameEnd, tagEnd - 1, -1, -1, prefix, at, tagEnd + 1);
      at = tagEnd + 1;
      continue;
    }
    const close = row.indexOf(`</${name}>`, tagEnd);
    if (close < 0) return;
    onCell(nameEnd, tagEnd, tagEnd + 1, close, prefix, at, close + name.length + 3);
    at = close + name.length + 3;
  }
}

/** Reads one worksheet part into rows of cells. */
export async function sheetCells(
  name: string,
  bytes: Uint8Array,
  entry: ZipEntry,
  context: SheetContext,
): Promise<RawSheet> {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const reading: SheetReading = {
    context,
    stringCells: new Array<Cell | undefined>(context.strings.length).fill(undefined),
    dateCells: new Map(),
  };
  const rowPattern = elementPattern('row');
  let pending = '';
  let lastRow = 0;
  await streamEntryTextWith(context.inflate, bytes, entry, (text) => {
    pending += text;
    rowPattern.lastIndex = 0;
    let consumed = 0;
    for (let row = rowPattern.exec(pending); row; row = rowPattern.exec(pending)) {
      consumed = rowPattern.lastIndex;
      // Rows and cells without `r=` follow the one before (some producers leave it out).
      const number = Number(attributeOf(row[1] ?? '', 'r') ?? lastRow + 1) || lastRow + 1;
      lastRow = number;
      const content = row[2];
      if (content === undefined || !content.includes('<')) continue;
      let cells: Array<Cell | undefined> | undefined;
      let lastColumn = 0;
      scanCells(content, (tagStart, tagEnd, innerStart, innerEnd, prefix) => {
        const reference = attributeAt(content, tagStart, tagEnd, 'r=');
        const column = (reference >= 0 ? columnAt(content, reference) : undefined) ?? lastColumn + 1;
        lastColumn = column;
        if (innerStart < 0) return;
        const cell = cellOf(content, tagStart, tagEnd, innerStart, innerEnd, prefix, reading);
        if (cell !== undefined && cell.kind !== 'empty') (cells ??= [])[column - 1] = cell;
      });
      if (cells) rows[number - 1] = cells;
    }
    pending = pending.slice(consumed);
  });
  return { name, rows };
}
