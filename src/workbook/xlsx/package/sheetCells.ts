/**
 * A worksheet's cells, scanned from its XML a piece at a time: each piece is cut after its last
 * complete row, so memory stays bounded by one piece even on a sheet whose used range is a million
 * formatted but empty rows. Each cell becomes the core's `Cell` straight away: shared and inline
 * strings as text, booleans, error values, numbers, and numbers in a date style as dates of the
 * workbook's date system. A formula gives its cached value; one without a cached value gives no cell.
 */
import { type Cell, textCell, toCell } from '../../../core/cell';
import { localDate, serialToLocalDate } from '../../../core/localDate';
import type { RawSheet } from '../../../core/rawWorkbook';
import { streamEntryText } from './entryText';
import { attributeOf, decodeXml, elementPattern, itemText } from './xmlText';
import type { ZipEntry } from './zipDirectory';

/** What every sheet of a workbook shares. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** 'AB12' → 28 (1-based); undefined without letters. */
function columnOf(reference: string): number | undefined {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column === 0 ? undefined : column;
}

const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;

/** The cached value of a cell's content: `<v>` looked up directly, the general pattern only for unusual spellings. */
function valueOf(content: string, prefix: string): string | undefined {
  const open = `<${prefix}v>`;
  const start = content.indexOf(open);
  const end = start < 0 ? -1 : content.indexOf(`</${prefix}v>`, start + open.length);
  if (end >= 0) return decodeXml(content.slice(start + open.length, end));
  const match = VALUE.exec(content);
  return match ? decodeXml(match[1] as string) : undefined;
}

/** A `t="d"` value: an ISO 8601 date, its calendar day as written. */
function isoDateCell(value: string): Cell {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = match ? localDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  return date ? { kind: 'date', date } : { kind: 'error', code: '#VALUE!' };
}

/** A number cell, as a date when its style shows dates and the serial is a day Excel can show. */
function numberCell(value: string, style: number, context: SheetContext): Cell {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return toCell(number);
  const date = context.dateStyles[style] ? serialToLocalDate(number, context.date1904) : undefined;
  return date ? { kind: 'date', date } : { kind: 'number', value: number };
}

/** One `<c>` as a cell; undefined when it holds nothing (a styled empty cell, a formula never calculated). */
function cellOf(tag: string, content: string | undefined, prefix: string, context: SheetContext): Cell | undefined {
  if (content === undefined) return undefined;
  const type = attributeOf(tag, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = elementPattern('is').exec(content);
    return inline?.[2] === undefined ? undefined : textCell(itemText(inline[2]));
  }
  const value = valueOf(content, prefix);
  if (value === undefined) return undefined;
  switch (type) {
    case 's':
      return textCell(context.strings[Number(value)] ?? '');
    case 'str':
      return textCell(value);
    case 'b':
      return { kind: 'boolean', value: value.trim() === '1' || value.trim().toLowerCase() === 'true' };
    case 'e':
      return { kind: 'error', code: value.trim() };
    case 'd':
      return isoDateCell(value);
    default:
      return numberCell(value, Number(attributeOf(tag, 's') ?? 0), context);
  }
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
 * Calls `onCell` for each `<c>` of a row's content, in order, with its start tag's attributes text,
 * its content (undefined when it closes itself) and its namespace prefix. Scanned with indexOf:
 * on a large sheet this loop is most of the reading time.
 */
function scanCells(row: string, onCell: (tag: string, content: string | undefined, prefix: string) => void): void {
  for (let at = row.indexOf('<'); at >= 0; at = row.indexOf('<', at)) {
    // The usual spelling, `<c r="A1" …>…</c>`, without building the element's name.
    const after = row.charCodeAt(at + 2);
    if (row.charCodeAt(at + 1) === 99 && (after === 32 || after === 62 || after === 47)) {
      const tagEnd = row.indexOf('>', at + 2);
      if (tagEnd < 0) return;
      if (row.charCodeAt(tagEnd - 1) === 47) {
        onCell(row.slice(at + 2, tagEnd - 1), undefined, '');
        at = tagEnd + 1;
        continue;
      }
      const close = row.indexOf('</c>', tagEnd);
      if (close < 0) return;
      onCell(row.slice(at + 2, tagEnd), row.slice(tagEnd + 1, close), '');
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
      onCell(row.slice(nameEnd, tagEnd - 1), undefined, prefix);
      at = tagEnd + 1;
      continue;
    }
    const close = row.indexOf(`</${name}>`, tagEnd);
    if (close < 0) return;
    onCell(row.slice(nameEnd, tagEnd), row.slice(tagEnd + 1, close), prefix);
    at = close + name.length + 3;
  }
}

/** Reads one worksheet part into rows of cells. */
export function sheetCells(name: string, bytes: Uint8Array, entry: ZipEntry, context: SheetContext): RawSheet {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const rowPattern = elementPattern('row');
  let pending = '';
  let lastRow = 0;
  streamEntryText(bytes, entry, (text) => {
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
      scanCells(content, (tag, inner, prefix) => {
        const column = columnOf(attributeOf(tag, 'r') ?? '') ?? lastColumn + 1;
        lastColumn = column;
        const cell = cellOf(tag, inner, prefix, context);
        if (cell !== undefined && cell.kind !== 'empty') (cells ??= [])[column - 1] = cell;
      });
      if (cells) rows[number - 1] = cells;
    }
    pending = pending.slice(consumed);
  });
  return { name, rows };
}
