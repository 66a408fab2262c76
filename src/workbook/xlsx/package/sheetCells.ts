/**
 * A worksheet's cells, scanned from its XML a piece at a time: each piece is cut after its last
 * complete row, so memory stays bounded by one piece even on a sheet whose used range is a million
 * formatted but empty rows. Each cell becomes the core's `Cell` straight away (xmlCell.ts).
 */
import type { Cell } from '../../../core/cell';
import type { RawSheet } from '../../../core/rawWorkbook';
import { attributeAt, columnAt } from './cellAttributes';
import { streamEntryTextWith } from './entryText';
import type { RawInflate } from './rawInflate';
import { attributeOf, elementPattern } from './xmlText';
import { sheetReading, xmlCell } from './xmlCell';
import type { ZipEntry } from './zipDirectory';

/** What every sheet of a workbook shares. */
export interface SheetContext {
  readonly strings: readonly string[];
  /** The host's inflater (fflate when none is given). */
  readonly inflate?: RawInflate;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
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
  const reading = sheetReading(context);
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
        const cell = xmlCell(content, tagStart, tagEnd, innerStart, innerEnd, prefix, reading);
        if (cell !== undefined && cell.kind !== 'empty') (cells ??= [])[column - 1] = cell;
      });
      if (cells) rows[number - 1] = cells;
    }
    pending = pending.slice(consumed);
  });
  return { name, rows };
}
