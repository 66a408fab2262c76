/**
 * Edits a worksheet's rows in its XML text, surgically: new rows are inserted in row order (also
 * when rows exist further down, such as an empty formatted row), new cells in column order within
 * their row, and everything else — other rows, other cells, every attribute and element outside
 * `sheetData` — is carried over as the same text. Rows and cells without `r=` are counted as the
 * reader counts them (sheetCells.ts), with whose scanner this module finds the cells.
 */
import { columnLetters } from '../../../core/address';
import { attributeIn, columnAt } from './cellAttributes';
import { scanCells } from './sheetCells';

/** A cell already in the sheet, as an edit sees it. */
export interface ExistingCell {
  /** The whole `<c>` element. */
  readonly element: string;
  /** Its `s=` (cell style index), undefined when it has none (style 0). */
  readonly style?: number;
  /** Its `t=` type, and whether it holds a formula (`<f>`) or a value (`<v>`, `<is>`). */
  readonly type?: string;
  readonly formula: boolean;
  readonly value: boolean;
}

/** The new `<c>` element at a cell given the one there now; undefined leaves the cell as it is. */
export type CellWrite = (existing: ExistingCell | undefined, ref: string, prefix: string) => string | undefined;

/** Cell writes by 1-based row, then by 1-based column. */
export type RowEdits = ReadonlyMap<number, ReadonlyMap<number, CellWrite>>;

/** Where `sheetData` is: its prefix (`x:` or ''), its content, and whether it closed itself (an empty sheet). */
interface SheetData {
  readonly prefix: string;
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
  readonly tagEnd: number;
}

function sheetData(xml: string): SheetData {
  const match = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!match) throw new Error('worksheet without sheetData');
  const prefix = match[1] ?? '';
  const tagEnd = match.index + match[0].length;
  if (match[2] === '/') return { prefix, start: match.index, end: tagEnd, selfClosing: true, tagEnd };
  const close = xml.indexOf(`</${prefix}sheetData>`, tagEnd);
  if (close < 0) throw new Error('sheetData never closes');
  return { prefix, start: tagEnd, end: close, selfClosing: false, tagEnd };
}

/** A row found in `sheetData`: its number and where its element, start tag and content are (content -1: it closes itself). */
interface FoundRow {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly tagEnd: number;
  readonly contentStart: number;
  readonly contentEnd: number;
}

/** Calls `onRow` for each row in order; it returns true to stop. */
function scanRows(xml: string, data: SheetData, onRow: (row: FoundRow) => boolean | void): void {
  if (data.selfClosing) return;
  const open = `<${data.prefix}row`;
  const close = `</${data.prefix}row>`;
  let last = 0;
  for (let at = xml.indexOf(open, data.start); at >= 0 && at < data.end; at = xml.indexOf(open, at + 1)) {
    const after = xml[at + open.length];
    if (after !== ' ' && after !== '>' && after !== '/' && after !== '\t' && after !== '\n' && after !== '\r') continue;
    const tagEnd = xml.indexOf('>', at);
    const selfClosing = xml[tagEnd - 1] === '/';
    const number =
      Number(attributeIn(xml, at + open.length, selfClosing ? tagEnd - 1 : tagEnd, 'r') ?? last + 1) || last + 1;
    last = number;
    const closeAt = selfClosing ? -1 : xml.indexOf(close, tagEnd);
    const end = selfClosing ? tagEnd + 1 : closeAt + close.length;
    const row = { number, start: at, end, tagEnd, contentStart: selfClosing ? -1 : tagEnd + 1, contentEnd: closeAt };
    if (onRow(row) === true) return;
    at = end - 1;
  }
}

/** The cells of a row's content by column, with where each element is. */
function rowCells(content: string): Map<number, ExistingCell & { readonly at: number; readonly to: number }> {
  const cells = new Map<number, ExistingCell & { at: number; to: number }>();
  let lastColumn = 0;
  scanCells(content, 0, content.length, (tagStart, tagEnd, innerStart, innerEnd, prefix, at, to) => {
    const ref = attributeIn(content, tagStart, tagEnd, 'r');
    const column = (ref !== undefined ? columnAt(ref, 0) : undefined) ?? lastColumn + 1;
    lastColumn = column;
    const inner = innerStart < 0 ? '' : content.slice(innerStart, innerEnd);
    const style = attributeIn(content, tagStart, tagEnd, 's');
    const type = attributeIn(content, tagStart, tagEnd, 't');
    cells.set(column, {
      element: content.slice(at, to),
      ...(style !== undefined ? { style: Number(style) } : {}),
      ...(type !== undefined ? { type } : {}),
      formula: inner.includes(`<${prefix}f`),
      value: inner.includes(`<${prefix}v`) || inner.includes(`<${prefix}is`),
      at,
      to,
    });
  });
  return cells;
}

/** The cells of one row (empty when the row is not there). */
export function readRow(xml: string, rowNumber: number): Map<number, ExistingCell> {
  let found = new Map<number, ExistingCell>();
  scanRows(xml, sheetData(xml), (row) => {
    if (row.number === rowNumber && row.contentStart >= 0)
      found = rowCells(xml.slice(row.contentStart, row.contentEnd));
    return row.number >= rowNumber;
  });
  return found;
}

/** A row's cells with the writes applied, in column order. */
function mergedCells(content: string, row: number, writes: ReadonlyMap<number, CellWrite>, prefix: string): string {
  const cells = rowCells(content);
  const columns = [...new Set([...cells.keys(), ...writes.keys()])].sort((a, b) => a - b);
  let out = '';
  let at = 0;
  for (const column of columns) {
    const existing = cells.get(column);
    const write = writes.get(column);
    const written = write?.(existing, `${columnLetters(column)}${row}`, prefix);
    if (existing) {
      out += content.slice(at, existing.at) + (written ?? existing.element);
      at = existing.to;
    } else if (written !== undefined) {
      // Between the cell before and the cell after: put it right after the one before.
      out += written;
    }
  }
  return out + content.slice(at);
}

/** The sheet's XML with the writes applied; rows that do not exist are created in order. */
export function editRows(xml: string, edits: RowEdits): string {
  const data = sheetData(xml);
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const { prefix } = data;
  const pieces: string[] = [];
  let copied = 0;
  let next = 0;
  const newRow = (number: number): string => {
    const cells = mergedCells('', number, edits.get(number) as ReadonlyMap<number, CellWrite>, prefix);
    return cells === '' ? '' : `<${prefix}row r="${number}">${cells}</${prefix}row>`;
  };
  scanRows(xml, data, (row) => {
    if (next < pending.length && (pending[next] as number) < row.number) {
      pieces.push(xml.slice(copied, row.start));
      copied = row.start;
      while (next < pending.length && (pending[next] as number) < row.number)
        pieces.push(newRow(pending[next++] as number));
    }
    if (pending[next] !== row.number) return next >= pending.length;
    const writes = edits.get(row.number) as ReadonlyMap<number, CellWrite>;
    const content = row.contentStart < 0 ? '' : xml.slice(row.contentStart, row.contentEnd);
    const cells = mergedCells(content, row.number, writes, prefix);
    const tag = xml.slice(row.start, row.contentStart < 0 ? row.tagEnd - 1 : row.tagEnd).replace(/\s*\/$/, '');
    pieces.push(xml.slice(copied, row.start), `${withSpans(tag, cells)}>${cells}</${prefix}row>`);
    copied = row.end;
    next++;
    return next >= pending.length;
  });
  const rest: string[] = [];
  while (next < pending.length) rest.push(newRow(pending[next++] as number));
  if (data.selfClosing) {
    const open = xml.slice(data.start, data.tagEnd).replace(/\s*\/>$/, '>');
    return `${xml.slice(0, data.start)}${open}${rest.join('')}</${prefix}sheetData>${xml.slice(data.tagEnd)}`;
  }
  return `${pieces.join('')}${xml.slice(copied, data.end)}${rest.join('')}${xml.slice(data.end)}`;
}

/** A row's start tag with `spans` (a hint of its first and last column) widened to its cells. */
function withSpans(tag: string, cells: string): string {
  if (!/\sspans=/.test(tag)) return tag;
  const columns = [...cells.matchAll(/<(?:[\w.-]+:)?c\s[^>]*?\br="([A-Z]+)\d+"/g)].map(
    (match) => columnAt(match[1] as string, 0) ?? 1,
  );
  if (columns.length === 0) return tag;
  return tag.replace(/(\sspans=")[^"]*"/, `$1${Math.min(...columns)}:${Math.max(...columns)}"`);
}
