/**
 * A worksheet's cells, scanned from its XML a piece at a time: each piece is read where it is, and
 * only the row cut at its end is kept and joined to the next piece, so memory stays bounded by one
 * piece even on a sheet whose used range is a million formatted but empty rows. Each cell becomes the
 * core's `Cell` straight away (xmlCell.ts).
 */
import type { Cell } from '../../../core/cell';
import type { RawSheet } from '../../../core/rawWorkbook';
import { attributeAt, attributeIn, columnAt, digitsAttribute } from './cellAttributes';
import { streamEntryTextWith } from './entryText';
import type { RawInflate } from './rawInflate';
import { nextRowElement, RowElement } from './rowElements';
import { sheetReading, xmlCell } from './xmlCell';
import { isNameChar } from './xmlText';
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
 * Calls `onCell` for each `<c>` of a row's content `text[start, end)`, in order, with where its start
 * tag's attributes and its content are (content -1 when it closes itself), its namespace prefix, and
 * where the whole element starts and ends (the package writer replaces cells by it). Scanned with
 * indexOf and positions, no strings cut: on a large sheet this loop is most of the reading time.
 */
export function scanCells(
  text: string,
  start: number,
  end: number,
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
  for (let at = text.indexOf('<', start); at >= 0 && at < end; at = text.indexOf('<', at)) {
    // The usual spelling, `<c r="A1" …>…</c>`, without building the element's name.
    const after = text.charCodeAt(at + 2);
    if (text.charCodeAt(at + 1) === 99 && (after === 32 || after === 62 || after === 47)) {
      const tagEnd = text.indexOf('>', at + 2);
      if (tagEnd < 0 || tagEnd >= end) return;
      if (text.charCodeAt(tagEnd - 1) === 47) {
        onCell(at + 2, tagEnd - 1, -1, -1, '', at, tagEnd + 1);
        at = tagEnd + 1;
        continue;
      }
      const close = text.indexOf('</c>', tagEnd);
      if (close < 0 || close + 4 > end) return;
      onCell(at + 2, tagEnd, tagEnd + 1, close, '', at, close + 4);
      at = close + 4;
      continue;
    }
    let nameEnd = at + 1;
    while (nameEnd < end && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(at + 1, nameEnd);
    const tagEnd = text.indexOf('>', nameEnd);
    if (tagEnd < 0 || tagEnd >= end) return;
    const colon = name.lastIndexOf(':');
    if (name.slice(colon + 1) !== 'c' || text.charCodeAt(at + 1) === 47) {
      at = tagEnd + 1; // a closing tag, or an element other than a cell (an extension)
      continue;
    }
    const prefix = name.slice(0, colon + 1);
    if (text.charCodeAt(tagEnd - 1) === 47) {
      onCell(nameEnd, tagEnd - 1, -1, -1, prefix, at, tagEnd + 1);
      at = tagEnd + 1;
      continue;
    }
    const close = text.indexOf(`</${name}>`, tagEnd);
    if (close < 0 || close + name.length + 3 > end) return;
    onCell(nameEnd, tagEnd, tagEnd + 1, close, prefix, at, close + name.length + 3);
    at = close + name.length + 3;
  }
}

/** A row's number: its `r`, or the one after the row before when it has none (some producers leave it out). */
function rowNumber(text: string, row: RowElement, lastRow: number): number {
  const written = digitsAttribute(text, row.attributesStart, row.attributesEnd, 'r');
  if (written > 0) return written;
  return Number(attributeIn(text, row.attributesStart, row.attributesEnd, 'r') ?? lastRow + 1) || lastRow + 1;
}

/** Reads one worksheet part into rows of cells. */
export async function sheetCells(
  name: string,
  bytes: Uint8Array,
  entry: ZipEntry,
  context: SheetContext,
): Promise<RawSheet> {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const reading = sheetReading(context);
  const row = new RowElement();
  /** The text being read (the cells' positions are in it). */
  let current = '';
  let lastRow = 0;
  let cells: Array<Cell | undefined> | undefined;
  let lastColumn = 0;
  // One function for every cell of the sheet, not one made for each row: it fills the row being read.
  const onCell = (tagStart: number, tagEnd: number, innerStart: number, innerEnd: number, prefix: string) => {
    const reference = attributeAt(current, tagStart, tagEnd, 'r=');
    // Cells without `r=` follow the one before (some producers leave it out).
    const column = (reference >= 0 ? columnAt(current, reference) : undefined) ?? lastColumn + 1;
    lastColumn = column;
    if (innerStart < 0) return;
    const cell = xmlCell(current, tagStart, tagEnd, innerStart, innerEnd, prefix, reading);
    if (cell !== undefined && cell.kind !== 'empty') (cells ??= [])[column - 1] = cell;
  };
  /** Reads the complete rows of `text` from `from`; gives how much of it has been read through. */
  const readRows = (text: string, from: number): number => {
    current = text;
    for (let at = from; nextRowElement(text, at, row); at = row.end) {
      const number = rowNumber(text, row, lastRow);
      lastRow = number;
      if (row.contentStart < 0) continue;
      cells = undefined;
      lastColumn = 0;
      scanCells(text, row.contentStart, row.contentEnd, onCell);
      if (cells) rows[number - 1] = cells;
    }
    return row.done;
  };
  let left = '';
  await streamEntryTextWith(context.inflate, bytes, entry, (text) => {
    let from = 0;
    if (left !== '') {
      // The row cut at the end of the last piece, joined with this piece up to the first row's end:
      // the piece itself is read where it is, never copied into one string with the rest.
      const close = text.indexOf('row>');
      const head = close < 0 ? text.length : close + 4;
      const joined = left + text.slice(0, head);
      const done = readRows(joined, 0);
      if (head === text.length) {
        left = joined.slice(done);
        return;
      }
      if (done < joined.length) {
        // Still not complete (the end found was not the row's): read on from the whole of both.
        const whole = joined.slice(done) + text.slice(head);
        left = whole.slice(readRows(whole, 0));
        return;
      }
      from = head;
    }
    left = text.slice(readRows(text, from));
  });
  return { name, rows };
}
