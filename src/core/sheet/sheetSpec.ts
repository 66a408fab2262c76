/**
 * The vocabulary of sheet specs: a generated sheet (a report, a 登记表, the 说明) as plain data, so
 * the core decides its layout without touching Excel and each adapter only translates it.
 */
import type { LocalDate } from '../localDate';

/**
 * A sheet to write, described completely as data: what the core decides and every adapter
 * (exceljs, Office.js) only translates. Rows and columns are 1-based; widths are in characters
 * (Excel's column-width unit), heights in points.
 */
export interface SheetSpec {
  readonly name: string;
  /** Named styles the cells refer to, so 500 forms do not repeat the same style 500 times. */
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly cells: readonly CellSpec[];
  readonly merges: readonly CellRange[];
  readonly columns: readonly { readonly index: number; readonly width: number }[];
  readonly rows: readonly { readonly index: number; readonly height: number }[];
  readonly validations: readonly ListValidation[];
  readonly highlights: readonly Highlight[];
  readonly page?: PageSetup;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tabColor?: Color;
}

/** 'RRGGBB' */
export type Color = string;

/** A rectangle of cells, 1-based, both ends included. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A cell's content. `text` is always written as text, never as a formula, whatever it starts with
 * (a name such as "=张三" or a note "-无-" must appear literally).
 */
export type CellContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  | { readonly kind: 'date'; readonly date: LocalDate; readonly format?: string }
  | { readonly kind: 'link'; readonly text: string; readonly to: LinkTarget };

/** A jump to a cell of this workbook, or of another workbook file beside it. */
export interface LinkTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly file?: string;
}

/** One cell: its position, content (none leaves it blank) and the name of a style in `styles`. */
export interface CellSpec {
  readonly row: number;
  readonly column: number;
  readonly content?: CellContent;
  readonly style?: string;
}

/** The border weights a spec can ask for (Excel's Thin and Medium). */
export type BorderWeight = 'thin' | 'medium';

/** A named style; what is left out stays Excel's default. Font size in points. */
export interface CellStyle {
  readonly font?: {
    readonly name?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly color?: Color;
    readonly underline?: boolean;
  };
  readonly fill?: Color;
  readonly border?: {
    readonly top?: BorderWeight;
    readonly left?: BorderWeight;
    readonly bottom?: BorderWeight;
    readonly right?: BorderWeight;
  };
  readonly align?: {
    readonly horizontal?: 'left' | 'center' | 'right';
    readonly vertical?: 'top' | 'middle' | 'bottom';
    readonly wrap?: boolean;
  };
  readonly numberFormat?: string;
}

/** A dropdown; `strict` refuses other values, otherwise Excel only informs. */
export interface ListValidation {
  readonly range: CellRange;
  readonly values: readonly string[];
  readonly strict: boolean;
}

/** Conditional highlights: data bars for ratios, a fill where a cell equals a value. */
export type Highlight =
  | {
      readonly kind: 'dataBar';
      readonly range: CellRange;
      readonly color: Color;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly kind: 'equals';
      readonly range: CellRange;
      readonly value: string;
      readonly fill: Color;
      readonly fontColor?: Color;
    };

/** How the sheet prints: A4, fit to one page wide. */
export interface PageSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Inches, as Excel's page setup takes them. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Fit to one page wide; pages tall as the content needs (0) or a fixed count. */
  readonly fitToWidth: 1;
  readonly fitToHeight: number;
  readonly centerHorizontally: boolean;
  readonly printArea: CellRange;
  readonly printTitleRows?: { readonly first: number; readonly last: number };
}

/**
 * A print-ready A4 portrait page (登记表, 交接单): centred, one page wide, as many pages tall as the
 * content needs unless `fitToHeight` says otherwise.
 */
export const portraitA4 = (printArea: CellRange, fitToHeight = 0): PageSetup => ({
  paper: 'A4',
  orientation: 'portrait',
  margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
  fitToWidth: 1,
  fitToHeight,
  centerHorizontally: true,
  printArea,
});

/** What a print-ready A4 portrait sheet (登记表, 交接单) is laid out as: everything but its page and columns. */
export interface PortraitLayout {
  readonly name: string;
  readonly styles: SheetSpec['styles'];
  readonly cells: SheetSpec['cells'];
  readonly merges: SheetSpec['merges'];
  readonly rows: SheetSpec['rows'];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly lastRow: number;
  readonly fitToHeight?: number;
}

/** A laid-out A4 portrait sheet as a spec: its columns from the widths, printed over its columns down to `lastRow`. */
export const portraitSheet = (layout: PortraitLayout): SheetSpec => ({
  name: layout.name,
  styles: layout.styles,
  cells: layout.cells,
  merges: layout.merges,
  columns: layout.widths.map((width, index) => ({ index: index + 1, width })),
  rows: layout.rows,
  validations: [],
  highlights: [],
  page: portraitA4(range(1, 1, layout.lastRow, layout.widths.length), layout.fitToHeight),
});

/** A range; a single cell when only its top-left is given. */
export const range = (top: number, left: number, bottom = top, right = left): CellRange => ({
  top,
  left,
  bottom,
  right,
});
/** Text content, written literally even when it starts with '='. */
export const text = (value: string): CellContent => ({ kind: 'text', text: value });
