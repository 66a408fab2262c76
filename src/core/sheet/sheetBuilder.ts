/** Writing a generated sheet line by line instead of computing every cell's position up front. */
import type { CellContent, CellRange, CellSpec, CellStyle, Highlight, PageSetup, SheetSpec } from './sheetSpec';
import { range } from './sheetSpec';

/**
 * Accumulates a sheet row by row: generated sheets (the 覆盖检查 report) are long lists of
 * sections whose positions depend on how many lines came before.
 */
export class SheetBuilder {
  private readonly cells: CellSpec[] = [];
  private readonly merges: CellRange[] = [];
  private readonly heights = new Map<number, number>();
  private readonly highlights: Highlight[] = [];
  /** The next free row. */
  row = 1;

  constructor(
    private readonly name: string,
    private readonly styles: Readonly<Record<string, CellStyle>>,
    private readonly widths: readonly number[],
  ) {}

  /**
   * Writes one row from column 1 on; `undefined` leaves a cell blank but styled. `mergeLastTo`
   * stretches the last value over the columns up to that one (a long text such as a message).
   */
  line(
    values: ReadonlyArray<CellContent | undefined>,
    style: string | ((column: number) => string),
    options: { height?: number; mergeLastTo?: number } = {},
  ): number {
    const row = this.row++;
    const styleOf = (column: number) => (typeof style === 'string' ? style : style(column));
    values.forEach((content, index) =>
      this.cells.push({ row, column: index + 1, style: styleOf(index + 1), ...(content ? { content } : {}) }),
    );
    const last = values.length;
    if (options.mergeLastTo !== undefined && options.mergeLastTo > last) {
      for (let column = last + 1; column <= options.mergeLastTo; column++)
        this.cells.push({ row, column, style: styleOf(last) });
      this.merges.push(range(row, last, row, options.mergeLastTo));
    }
    if (options.height !== undefined) this.heights.set(row, options.height);
    return row;
  }

  gap(rows = 1): void {
    this.row += rows;
  }

  highlight(highlight: Highlight): void {
    this.highlights.push(highlight);
  }

  build(
    extra: { page?: (lastRow: number) => PageSetup; tabColor?: string; freeze?: SheetSpec['freeze'] } = {},
  ): SheetSpec {
    const lastRow = this.row - 1;
    return {
      name: this.name,
      styles: this.styles,
      cells: this.cells,
      merges: this.merges,
      columns: this.widths.map((width, index) => ({ index: index + 1, width })),
      rows: [...this.heights].map(([index, height]) => ({ index, height })),
      validations: [],
      highlights: this.highlights,
      ...(extra.page ? { page: extra.page(lastRow) } : {}),
      ...(extra.tabColor ? { tabColor: extra.tabColor } : {}),
      ...(extra.freeze ? { freeze: extra.freeze } : {}),
    };
  }
}
