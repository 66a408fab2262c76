/**
 * The 覆盖检查 report's frame, shared by the modules that write its sections: the column widths
 * and how one section is laid out (a heading, a header row, then its lines or a sentence saying
 * there are none).
 */
import type { SheetBuilder } from '../sheet/sheetBuilder';
import { text } from '../sheet/sheetSpec';

/** The report's eight column widths in characters; a long text is merged over columns 5–8. */
export const REPORT_WIDTHS = [16, 12, 14, 20, 22, 14, 14, 30] as const;

/** The widths a long text in the last, merged column (from column 5) wraps within. */
export const LONG_TEXT_WIDTHS = REPORT_WIDTHS.slice(4);

/**
 * Writes a section after a blank row: its title, then the header row and `lines()`, or `whenEmpty`
 * when `size` is 0. A five-column header stretches its last header over the report's eight columns
 * (the sections whose last column is a long text). Styles are the report's: section, header, none.
 */
export function section(
  sheet: SheetBuilder,
  title: string,
  headers: readonly string[],
  size: number,
  whenEmpty: string,
  lines: () => void,
): void {
  sheet.gap();
  sheet.line([text(title)], 'section', { height: 20 });
  if (size === 0) {
    sheet.line([text(whenEmpty)], 'none');
    return;
  }
  sheet.line(headers.map(text), 'header', { mergeLastTo: headers.length === 5 ? 8 : undefined });
  lines();
}
