/** The 登记表 laid out as the policy's attachment prints it, as a sheet spec. */
import { formatChineseDate } from '../localDate';
import {
  type CellRange,
  type CellSpec,
  type CellStyle,
  portraitSheet,
  range,
  type SheetSpec,
  text,
} from '../sheet/sheetSpec';
import { rowHeightFor, splitToHeight } from '../sheet/textLayout';
import type { RegistrationForm } from './registrationForm';

/** Fonts of the attachment; Excel falls back to 宋体 (see the README) where they are not installed. */
export const TITLE_FONT = '方正小标宋简体';
/** The attachment's body font. */
export const BODY_FONT = '仿宋_GB2312';
const TITLE_SIZE = 20;
const BODY_SIZE = 12;

/** Column widths in characters: label, value, label, value — about 16 cm, inside A4's printable width. */
const WIDTHS = [18, 26, 11, 26] as const;
/** A little under Excel's tallest row (409 points); a longer text spreads over several rows of one box. */
const ROW_LIMIT = 400;
/** The boxes of the attachment keep their size even when nearly empty. */
const MIN_HEIGHT = { people: 36, contacts: 170, opinions: 110, notes: 70 } as const;

const STYLES: Record<string, CellStyle> = {
  title: { font: { name: TITLE_FONT, size: TITLE_SIZE }, align: { horizontal: 'center', vertical: 'middle' } },
  date: { font: { name: BODY_FONT, size: BODY_SIZE }, align: { horizontal: 'left', vertical: 'middle' } },
  label: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
    border: { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' },
  },
  value: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
    border: { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' },
  },
  body: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'left', vertical: 'top', wrap: true },
    border: { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' },
  },
  labelLong: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'center', vertical: 'top', wrap: true },
    border: { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' },
  },
  bodyFirst: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'left', vertical: 'top', wrap: true },
    border: { top: 'thin', left: 'thin', right: 'thin' },
  },
  bodyMiddle: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'left', vertical: 'top', wrap: true },
    border: { left: 'thin', right: 'thin' },
  },
  bodyLast: {
    font: { name: BODY_FONT, size: BODY_SIZE },
    align: { horizontal: 'left', vertical: 'top', wrap: true },
    border: { bottom: 'thin', left: 'thin', right: 'thin' },
  },
};

interface Layout {
  cells: CellSpec[];
  merges: CellRange[];
  rows: Array<{ index: number; height: number }>;
}

/** Every cell of a merged box gets the style, so the border is drawn all round. */
function box(layout: Layout, area: CellRange, content: string, style: string): void {
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) {
      const isAnchor = row === area.top && column === area.left;
      layout.cells.push({ row, column, style, ...(isAnchor && content !== '' ? { content: text(content) } : {}) });
    }
  }
  if (area.top !== area.bottom || area.left !== area.right) layout.merges.push(area);
}

/**
 * Packs lines into rows no taller than Excel allows, so a page can break between rows: whole lines
 * where they fit, and a line too long for one row cut where it wraps, continuing in the next rows.
 */
function packLines(lines: readonly string[]): Array<{ text: string; height: number }> {
  const rows: Array<{ text: string; height: number }> = [];
  for (const line of lines.flatMap((whole) => splitToHeight(whole, WIDTHS.slice(1), BODY_SIZE, ROW_LIMIT))) {
    const last = rows[rows.length - 1];
    const joined = last ? `${last.text}\n${line}` : line;
    const height = rowHeightFor(joined, WIDTHS.slice(1), BODY_SIZE);
    if (last && height <= ROW_LIMIT) rows[rows.length - 1] = { text: joined, height };
    else rows.push({ text: line, height: rowHeightFor(line, WIDTHS.slice(1), BODY_SIZE) });
  }
  return rows.length > 0 ? rows : [{ text: '', height: 0 }];
}

/**
 * A labelled box of text. Usually one row; a text too tall for one row continues in further rows
 * of the same box (no rule between them), and the label merges down beside them.
 */
function section(layout: Layout, top: number, label: string, lines: readonly string[], minimum: number): number {
  const parts = packLines(lines);
  const labelHeight = rowHeightFor(label, WIDTHS.slice(0, 1), BODY_SIZE);
  const shortfall = Math.max(minimum, labelHeight) - parts.reduce((sum, part) => sum + part.height, 0);
  const last = parts.length - 1;
  parts.forEach((part, index) => {
    const row = top + index;
    const height = index === last ? part.height + Math.max(0, shortfall) : part.height;
    layout.rows.push({ index: row, height });
    const style = parts.length === 1 ? 'body' : index === 0 ? 'bodyFirst' : index === last ? 'bodyLast' : 'bodyMiddle';
    box(layout, range(row, 2, row, 4), part.text, style);
  });
  box(layout, range(top, 1, top + last, 1), label, parts.length === 1 ? 'label' : 'labelLong');
  return top + parts.length;
}

function personRow(layout: Layout, row: number, label: string, person: { name: string; post: string }): void {
  const height = Math.max(
    rowHeightFor(person.name, [WIDTHS[1]], BODY_SIZE, MIN_HEIGHT.people),
    rowHeightFor(person.post, [WIDTHS[3]], BODY_SIZE),
  );
  layout.rows.push({ index: row, height });
  box(layout, range(row, 1), label, 'label');
  box(layout, range(row, 2), person.name, 'value');
  box(layout, range(row, 3), '职 务', 'label');
  box(layout, range(row, 4), person.post, 'value');
}

/** Printable height of A4 portrait with these margins, in points. */
const PRINTABLE_HEIGHT = (11.69 - 0.7 - 0.7) * 72;

/**
 * Lays a 登记表 out as the policy's attachment: a two-line title, 填表时间, and the four-column
 * bordered table. A4 portrait, one page wide, centred; one page tall unless the text needs more.
 */
export function formSheet(form: RegistrationForm, name: string): SheetSpec {
  const layout: Layout = { cells: [], merges: [], rows: [] };
  box(layout, range(1, 1, 1, 4), `${form.schoolName}党员领导干部`, 'title');
  box(layout, range(2, 1, 2, 4), '与党外代表人士联谊交友情况登记表', 'title');
  box(layout, range(3, 1, 3, 4), `填表时间：${formatChineseDate(form.filledOn)}`, 'date');
  layout.rows.push({ index: 1, height: 34 }, { index: 2, height: 34 }, { index: 3, height: 30 });
  personRow(layout, 4, '领导干部姓名', form.leader);
  personRow(layout, 5, '联谊对象姓名', form.figure);
  let next = section(layout, 6, '联系沟通情况\n（时间、形式等\n简要情况）', form.contactLines, MIN_HEIGHT.contacts);
  next = section(layout, next, '联谊对象提出的\n意见建议', form.opinionLines, MIN_HEIGHT.opinions);
  next = section(layout, next, '备 注', form.noteLines, MIN_HEIGHT.notes);
  const lastRow = next - 1;
  const totalHeight = layout.rows.reduce((sum, row) => sum + row.height, 0);
  return portraitSheet({
    name,
    styles: STYLES,
    cells: layout.cells,
    merges: layout.merges,
    rows: layout.rows,
    widths: WIDTHS,
    lastRow,
    fitToHeight: totalHeight <= PRINTABLE_HEIGHT ? 1 : 0,
  });
}
