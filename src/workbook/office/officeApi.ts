/**
 * The part of Office.js's Excel API this adapter uses, and nothing more. The real
 * `Excel.RequestContext` satisfies it structurally (checked by `asOfficeContext` below, so a change
 * in @types/office-js that breaks a call fails `tsc`); the unit tests' fake implements exactly this.
 * Only types come from Office.js here: no `Excel.*` value is touched at run time, so the adapter
 * loads outside Excel (tests, the browser preview bundle) and uses the API's string literals
 * ('A4', 'EdgeTop', 'DataBar') instead of its enums.
 */

/** The `Excel.RequestContext` of one batch: the workbook, and the sync that sends what was queued. */
export interface OfficeContext {
  readonly workbook: OfficeWorkbook;
  sync(): Promise<unknown>;
}

/** The workbook's members in use: sheets, tables, the add-in's settings, DATE, the selection. */
export interface OfficeWorkbook {
  readonly worksheets: OfficeWorksheets;
  readonly tables: {
    readonly items: readonly OfficeTable[];
    load(properties: string): unknown;
    getItem(name: string): OfficeTable;
  };
  readonly settings: {
    getItemOrNullObject(key: string): OfficeSetting;
    add(key: string, value: string): unknown;
  };
  readonly functions: { date(year: number, month: number, day: number): OfficeFunctionResult };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  getSelectedRanges(): OfficeRangeAreas;
}

/** One entry of the add-in's settings (`workbook.settings`); a null object when absent. */
export interface OfficeSetting {
  readonly isNullObject: boolean;
  readonly value: unknown;
  load(properties: string): unknown;
}

/** A worksheet function evaluated by Excel (DATE, to learn the date system). */
export interface OfficeFunctionResult {
  readonly value: number;
  readonly error: string;
  load(properties: string): unknown;
}

/** The workbook's worksheets. */
export interface OfficeWorksheets {
  readonly items: readonly OfficeWorksheet[];
  load(properties: string): unknown;
  getItem(name: string): OfficeWorksheet;
  getItemOrNullObject(name: string): OfficeWorksheet;
  getActiveWorksheet(): OfficeWorksheet;
  add(name: string): OfficeWorksheet;
}

/** A worksheet; `isNullObject` when an `…OrNullObject` lookup found none. */
export interface OfficeWorksheet {
  /** Setting it renames the sheet (a replacement's successor takes its predecessor's name). */
  name: string;
  readonly visibility: Excel.Worksheet['visibility'];
  readonly isNullObject: boolean;
  tabColor: string;
  readonly tables: OfficeTables;
  readonly freezePanes: {
    freezeRows(count: number): void;
    freezeColumns(count: number): void;
    freezeAt(range: string): void;
  };
  readonly pageLayout: OfficePageLayout;
  load(properties: string): unknown;
  getRange(address: string): OfficeRange;
  getUsedRangeOrNullObject(valuesOnly: boolean): OfficeRange;
  activate(): void;
  delete(): void;
}

/** A worksheet's Excel tables. */
export interface OfficeTables {
  readonly items: readonly OfficeTable[];
  load(properties: string): unknown;
  add(address: string, hasHeaders: boolean): OfficeTable;
}

/** An Excel table; each ledger table is one, named as its schema says. */
export interface OfficeTable {
  name: string;
  style: string;
  getRange(): OfficeRange;
  resize(address: string): void;
}

/** Page setup; print area and title rows are set by address. */
export type OfficePageLayout = Pick<
  Excel.PageLayout,
  | 'paperSize'
  | 'orientation'
  | 'leftMargin'
  | 'rightMargin'
  | 'topMargin'
  | 'bottomMargin'
  | 'headerMargin'
  | 'footerMargin'
  | 'centerHorizontally'
  | 'zoom'
> & { setPrintArea(address: string): void; setPrintTitleRows(address: string): void };

/** The border lines a style draws: four edges, and the lines inside a block. */
export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** A range's format: alignment, sizes in points, font, fill and borders. */
export interface OfficeRangeFormat {
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  wrapText: boolean;
  rowHeight: number;
  columnWidth: number;
  readonly font: Pick<Excel.RangeFont, 'name' | 'size' | 'bold' | 'color' | 'underline'>;
  readonly fill: Pick<Excel.RangeFill, 'color'>;
  readonly borders: { getItem(index: BorderEdge): Pick<Excel.RangeBorder, 'style' | 'weight' | 'color'> };
}

/** A conditional format just added: a data bar or a cell-value rule. */
export interface OfficeConditionalFormat {
  readonly dataBar: {
    lowerBoundRule: Excel.ConditionalDataBarRule;
    upperBoundRule: Excel.ConditionalDataBarRule;
    readonly positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, 'fillColor' | 'gradientFill'>;
  };
  readonly cellValue: {
    rule: Excel.ConditionalCellValueRule;
    readonly format: {
      readonly fill: Pick<Excel.ConditionalRangeFill, 'color'>;
      readonly font: Pick<Excel.ConditionalRangeFont, 'color'>;
    };
  };
}

/** A range; its array properties are row by row, the size of the range. */
export interface OfficeRange {
  readonly isNullObject: boolean;
  readonly address: string;
  /** 0-based, as Office.js gives them. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  readonly valueTypes: ReadonlyArray<readonly string[]>;
  numberFormat: unknown[][];
  formulas: unknown[][];
  readonly format: OfficeRangeFormat;
  /** ExcelApi 1.8 (the manifest asks 1.9): read with `load('rule,errorAlert')`, removed with `clear()`. */
  readonly dataValidation: Pick<Excel.DataValidation, 'rule' | 'errorAlert' | 'ignoreBlanks' | 'clear'> & {
    load(properties: string): unknown;
  };
  readonly conditionalFormats: { add(type: 'DataBar' | 'CellValue'): OfficeConditionalFormat };
  load(properties: string): unknown;
  /** The part of the range that holds something (ExcelApi 1.4); a null object when nothing does. */
  getUsedRangeOrNullObject(valuesOnly: boolean): OfficeRange;
  merge(across: boolean): void;
  select(): void;
  /** Tells Excel not to keep this range for later syncs (see `rangeAt`). */
  untrack(): OfficeRange;
}

/**
 * A range to write to or load in the next sync. Inside `Excel.run` the client library asks Excel to
 * keep every range it makes (a `_KeepReference` in the request) and releases them all in one
 * clean-up request when the run ends: for 2,000 登记表 that request held 50,000 releases, 7.5 MB,
 * over Excel on the web's 5 MB cap (measured with the library, test/unit/office/requestSizes.test.ts).
 * Untracked at once, a range costs less in its own request and nothing at the end; none of the
 * adapter's ranges is used after the sync that follows its creation.
 */
export const rangeAt = (sheet: Pick<OfficeWorksheet, 'getRange'>, address: string): OfficeRange =>
  sheet.getRange(address).untrack();

/** The user's selection: one or more areas of one worksheet. */
export interface OfficeRangeAreas {
  readonly areas: { readonly items: readonly OfficeRange[]; load(properties: string): unknown };
  readonly worksheet: OfficeWorksheet;
}

/** Runs one batch against the workbook: `Excel.run` in Excel, a fake in the tests. */
export type OfficeRun = <T>(batch: (context: OfficeContext) => Promise<T>) => Promise<T>;

/** Compile-time proof that the real API offers everything above. */
export const asOfficeContext = (context: Excel.RequestContext): OfficeContext => context;

/** `Excel.run`, looked up only when called (the global exists only inside Office). */
export const excelRun: OfficeRun = (batch) => Excel.run((context) => batch(asOfficeContext(context)));

/** Whether the host supports an ExcelApi requirement set, e.g. '1.13' for `Table.resize`. */
export type ApiSupport = (version: string) => boolean;

/** The real check, through `Office.context.requirements` (only inside Office). */
export const officeApiSupport: ApiSupport = (version) =>
  Office.context.requirements.isSetSupported('ExcelApi', version);
