/**
 * Estimates how tall a wrapped cell must be. Excel does not autofit merged cells, so a form's rows
 * get their heights from here. The model errs on the generous side: a cut-off line in print is
 * worse than a little white space. No row is taller than Excel allows (409 points); a text that
 * needs more is cut into pieces for consecutive rows (splitToHeight).
 */

/** Excel's tallest row, in points (Excel refuses more: Office.js with InvalidArgument, a file it clamps). */
export const MAX_ROW_HEIGHT = 409;

/** Pixels of one column-width unit (the default font's digit width at 96 dpi) and the cell's inner padding. */
const PX_PER_WIDTH_UNIT = 7;
const CELL_PADDING_PX = 8;
/** Line height relative to the font size, for 仿宋/宋体 and their fallbacks. */
const LINE_SPACING = 1.3;

const isWide = (char: string): boolean =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char);

/** Width of a text in pixels at a font size in points: wide (CJK) characters are square, others about half. */
export function textWidthPx(text: string, fontSizePt: number): number {
  const em = (fontSizePt * 96) / 72;
  let width = 0;
  for (const char of text) width += isWide(char) ? em : char === ' ' ? em * 0.3 : em * 0.6;
  return width;
}

/** Pixels available for text in a cell (or merged cells) of these column widths. */
export const cellWidthPx = (columnWidths: readonly number[]): number =>
  columnWidths.reduce((sum, width) => sum + Math.floor(width * PX_PER_WIDTH_UNIT + 5), 0) - CELL_PADDING_PX;

/** Lines a text wraps to: each paragraph wraps on its own. */
export function wrappedLineCount(text: string, widthPx: number, fontSizePt: number): number {
  return text
    .split('\n')
    .reduce(
      (lines, paragraph) => lines + Math.max(1, Math.ceil(textWidthPx(paragraph, fontSizePt) / Math.max(widthPx, 1))),
      0,
    );
}

const heightOfLines = (lines: number, fontSizePt: number): number => Math.ceil(lines * fontSizePt * LINE_SPACING + 6);

/** Points a row needs to show a wrapped text whole, never below `minimum` nor above MAX_ROW_HEIGHT. */
export function rowHeightFor(text: string, columnWidths: readonly number[], fontSizePt: number, minimum = 0): number {
  const lines = wrappedLineCount(text, cellWidthPx(columnWidths), fontSizePt);
  return Math.min(MAX_ROW_HEIGHT, Math.max(minimum, heightOfLines(lines, fontSizePt)));
}

/**
 * Cuts a text into consecutive pieces, each shown whole in a row no taller than `maxHeight`: where
 * its lines wrap (a line break at a cut is dropped, the next row starting a line anyway). A text
 * that fits comes back whole, and the pieces joined give the text back (less the dropped breaks).
 * @example splitToHeight('很长的一段话…', [26, 11, 26], 12) // ['很长的…', '…一段话…']
 */
export function splitToHeight(
  text: string,
  columnWidths: readonly number[],
  fontSizePt: number,
  maxHeight: number = MAX_ROW_HEIGHT,
): string[] {
  const widthPx = Math.max(cellWidthPx(columnWidths), 1);
  let maxLines = 1;
  while (heightOfLines(maxLines + 1, fontSizePt) <= maxHeight) maxLines += 1;
  const pieces: string[] = [];
  let piece = '';
  let lines = 1;
  let lineWidth = 0;
  for (const char of text) {
    const width = char === '\n' ? 0 : textWidthPx(char, fontSizePt);
    const breaks = char === '\n' || (lineWidth > 0 && lineWidth + width > widthPx);
    if (breaks && lines === maxLines) {
      pieces.push(piece);
      piece = char === '\n' ? '' : char;
      lines = 1;
      lineWidth = width;
      continue;
    }
    if (breaks) {
      lines += 1;
      lineWidth = 0;
    }
    piece += char;
    lineWidth += width;
  }
  pieces.push(piece);
  return pieces;
}
