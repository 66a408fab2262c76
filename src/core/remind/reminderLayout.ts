/**
 * How a 催办单 is laid out: six columns about 16 cm wide, its styles (方正小标宋简体 title, 仿宋_GB2312
 * body), and rows written one by one with a height that shows their text whole, so the sheet prints
 * on A4 portrait one page wide, and on one page tall whenever it fits.
 */
import { BODY_FONT, TITLE_FONT } from '../forms/formSheet';
import {
  type CellRange,
  type CellSpec,
  type CellStyle,
  portraitSheet,
  range,
  type SheetSpec,
  text,
} from '../sheet/sheetSpec';
import { rowHeightFor } from '../sheet/textLayout';

/** A value of a row: a text in one column, or a text over several (merged) columns. */
export type RowValue = string | readonly [string, number];

/** Six columns, about 16 cm in all: inside A4's printable width. */
const WIDTHS = [11, 12, 12, 22, 15, 12] as const;
const SIZE = 12;
/** Printable height of A4 portrait with portraitA4's margins, in points: a sheet this short prints on one page. */
const PRINTABLE_HEIGHT = (11.69 - 0.7 - 0.7) * 72;
const LINE = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' } as const;
const body = { name: BODY_FONT, size: SIZE };

const STYLES: Record<string, CellStyle> = {
  title: { font: { name: TITLE_FONT, size: 20 }, align: { horizontal: 'center', vertical: 'middle' } },
  line: { font: body, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  right: { font: body, align: { horizontal: 'right', vertical: 'middle' } },
  heading: { font: { ...body, bold: true }, align: { horizontal: 'left', vertical: 'bottom' } },
  header: {
    font: { ...body, bold: true },
    fill: 'F2F2F2',
    border: LINE,
    align: { horizontal: 'center', vertical: 'middle', wrap: true },
  },
  text: { font: body, border: LINE, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
};

/** The sheet laid out row by row; a value spanning columns is given as [text, columns]. */
export class ReminderLayout {
  readonly cells: CellSpec[] = [];
  readonly merges: CellRange[] = [];
  readonly rows: Array<{ index: number; height: number }> = [];
  row = 1;

  /** One row of values from column A, each over one or more columns, all in `style`; at least `minimum` points tall. */
  line(values: readonly RowValue[], style: string, minimum = 24): void {
    let column = 1;
    let height = minimum;
    for (const value of values) {
      const [content, span] = typeof value === 'string' ? [value, 1] : value;
      const area = range(this.row, column, this.row, column + span - 1);
      for (let at = area.left; at <= area.right; at++)
        this.cells.push({
          row: this.row,
          column: at,
          style,
          ...(at === area.left && content ? { content: text(content) } : {}),
        });
      if (span > 1) this.merges.push(area);
      height = Math.max(height, rowHeightFor(content, WIDTHS.slice(column - 1, column - 1 + span), SIZE));
      column += span;
    }
    this.rows.push({ index: this.row, height });
    this.row += 1;
  }

  /** A table: its heading, header row and lines, or the heading and one sentence when it has no lines. */
  table(heading: string, headers: readonly RowValue[], lines: ReadonlyArray<readonly RowValue[]>, none: string): void {
    this.line([[heading, 6]], 'heading', 30);
    if (lines.length === 0) {
      this.line([[none, 6]], 'line');
      return;
    }
    this.line(headers, 'header', 30);
    for (const values of lines) this.line(values, 'text');
  }

  /** The sheet as a spec named `name`: printed over its six columns, on one page when its rows fit one. */
  build(name: string): SheetSpec {
    const height = this.rows.reduce((sum, row) => sum + row.height, 0);
    return portraitSheet({
      name,
      styles: STYLES,
      cells: this.cells,
      merges: this.merges,
      rows: this.rows,
      widths: WIDTHS,
      lastRow: this.row - 1,
      fitToHeight: height <= PRINTABLE_HEIGHT ? 1 : 0,
    });
  }
}
