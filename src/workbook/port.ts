/**
 * The one way a use case (src/app) reaches a workbook, declared once. Three implementations stand
 * behind it and each is checked against it at compile time (`satisfies WorkbookPort`):
 * `office/officeWorkbook.ts` (the open workbook in Excel, through Office.js), `memory/memoryWorkbook.ts`
 * (a file's cells in memory: the browser preview and the command line) and the tests' double.
 * Every method says what to read or write as data; the implementations only translate it.
 */
import type { Cell } from '../core/cell';
import type { ListWidening } from '../core/entry/upgradePlan';
import type { RawWorkbook } from '../core/rawWorkbook';
import type { TableDef } from '../core/schema/columns';
import type { SheetSpec } from '../core/sheet/sheetSpec';
import type { TemplateColumn, TemplateTable } from '../core/template/ledgerTemplate';

/** What an action needs besides the ledger's cells, read with them (in Excel: in the same sync). */
export interface ReadRequest {
  /** Names under which earlier replacements recorded the sheets they wrote (e.g. the 登记表). */
  readonly records?: readonly string[];
  /** Whether to read the rows the user has selected. */
  readonly selection?: boolean;
  /** Whether to tell a new blank workbook (its lone empty sheet is then named in `blankSheet`). */
  readonly blank?: boolean;
}

/** Rows the user selected on one sheet, 1-based, limited to rows that hold something. */
export interface SelectedRows {
  readonly sheet: string;
  readonly rows: readonly number[];
}

/** What `read` returns: the ledger's cells and whatever the request asked for besides. */
export interface WorkbookRead {
  /** The ledger sheets' cells, as the core reads them. */
  readonly cells: RawWorkbook;
  /** Every worksheet's name, in workbook order. */
  readonly sheetNames: readonly string[];
  /** The names recorded under each asked record; undefined when the workbook holds no such record. */
  readonly records: Readonly<Record<string, readonly string[] | undefined>>;
  /** The selection, when asked for and the host has one (the preview has none). */
  readonly selection?: SelectedRows;
  /** Asked for, the selection could not be read: Excel gives none while a chart or a shape is selected. */
  readonly selectionUnreadable?: boolean;
  /** The lone sheet of an empty workbook (Sheet1 of a new one), which a new ledger replaces. */
  readonly blankSheet?: string;
}

/** A sheet to add: a generated sheet described as a spec, or a ledger table from the template. */
export type NewSheet =
  { readonly kind: 'sheet'; readonly spec: SheetSpec } | { readonly kind: 'table'; readonly table: TemplateTable };

/** The name a new sheet will have. */
export const newSheetName = (sheet: NewSheet): string => (sheet.kind === 'sheet' ? sheet.spec.name : sheet.table.sheet);

/** Sheets to add and sheets they replace, as one action (the 登记表, the 覆盖检查 report). */
export interface SheetReplacement {
  /** Written in order. */
  readonly add: readonly NewSheet[];
  /** Sheets the new ones replace. */
  readonly remove: readonly string[];
  /** The sheet to show afterwards. */
  readonly activate?: string;
  /** Record the added sheets' names under this name, so the next replacement knows which are its own. */
  readonly recordAs?: string;
}

/** Cancelling between sheets, and progress counted in sheets written of all. */
export interface ReplaceOptions {
  readonly signal?: AbortSignal;
  readonly progress?: (done: number, total: number) => void;
}

/** Cancelled part-way: the sheets that exist whole (the rest were not written). */
export type ReplaceOutcome =
  { readonly cancelled: false } | { readonly cancelled: true; readonly written: readonly string[] };

/** One row to write, keyed by column key; dates as LocalDate strings. */
export type RowValues = Readonly<Record<string, string | number | undefined>>;

/**
 * A row's own 编号, for a row that must land whole and keep a 编号 of its own while others write
 * into the same sheet (co-authoring). Inside Excel the host confirms, in the sync after its write,
 * that the row still holds what it wrote, that it wrote over no one's row and that no row above
 * holds its 编号; when another writer took one of them, it puts back what it wrote over and
 * writes again at the next free row, or renumbers the row with `fresh`, a bounded number of times.
 * Hosts that nobody else writes into (the preview, the command line) write it once.
 */
export interface RowKey {
  /** The column key holding the row's 编号. */
  readonly column: string;
  /** A 编号 that none of `taken` holds (each compared by `matchKey`): for a row whose 编号 another writer took. */
  readonly fresh: (taken: ReadonlySet<string>) => string;
}

/**
 * Rows to add below a ledger table; with `key`, a single row written with the co-authoring checks of RowKey.
 * With `confirmBy` (the column key of the rows' 编号), many rows written in one go and confirmed inside Excel
 * in the sync after their write: a row that landed on another writer's row gives that row back whole, and a
 * row whose 编号 no longer stands where it was written is reported in `unplaced` (written again by the user's
 * next run, since each row carries its own 编号). Hosts that nobody else writes into write them once.
 */
export type RowsAppend =
  | {
      readonly def: TableDef;
      readonly rows: readonly RowValues[];
      readonly key?: undefined;
      readonly confirmBy?: string;
    }
  | {
      readonly def: TableDef;
      readonly rows: readonly [RowValues];
      readonly key: RowKey;
      readonly confirmBy?: undefined;
    };

/**
 * How a keyed row landed. `placed`: it holds what was written and no row above shares its 编号;
 * `sharedKey`: written, but after every retry a row above (`sharedWith`) still holds the same 编号;
 * `unconfirmed`: written, but reading it back failed, so whether someone wrote over it is unknown;
 * `unplaced`: other writers took every row tried, and nothing of it was left over anyone's row.
 */
export interface KeyedLanding {
  readonly status: 'placed' | 'sharedKey' | 'unconfirmed' | 'unplaced';
  /** The 编号 the row holds (or, unplaced, would have held). */
  readonly key: string;
  /** Every row it was written at, in order: more than one when other writers took a row first. */
  readonly tried: readonly number[];
  readonly sharedWith?: number;
  /** Rows others wrote over the row at, where some of its cells are still in their row. */
  readonly leftIn?: readonly number[];
}

/** Where appended rows landed (1-based worksheet rows), or undefined when the sheet has no header row. */
export type AppendedRows =
  | {
      readonly sheet: string;
      readonly firstRow: number;
      readonly lastRow: number;
      /** For a keyed row, inside Excel: how the co-authoring checks went. */
      readonly keyed?: KeyedLanding;
      /** For rows appended with `confirmBy`, inside Excel: the indexes (in `rows`) of those that did not land. */
      readonly unplaced?: readonly number[];
    }
  | undefined;

/** Columns to add at the right of a table's header row: the header text, its formats and dropdown below. */
export interface ColumnsAddition {
  readonly def: TableDef;
  readonly headerRow: number;
  /** 1-based worksheet column of the first new column. */
  readonly firstColumn: number;
  /** `formatCells`: also give the cells below the header the column's format and dropdown (not where the user already writes). */
  readonly columns: ReadonlyArray<{ readonly template: TemplateColumn; readonly formatCells: boolean }>;
}

/** One cell to write; text always as text, dates as serials of the workbook's date system. */
export interface CellEdit {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly cell: Cell;
}

export type { ListWidening };

/** A cell to show the user (a click on a problem). */
export interface CellPlace {
  readonly sheet: string;
  readonly cell: string;
}

/** The port; each implementation is checked against it with `satisfies WorkbookPort`. */
export interface WorkbookPort {
  /** The ledger's cells, all tables in one go, with whatever else the request names. */
  read(request?: ReadRequest): Promise<WorkbookRead>;
  /** Writes the new sheets, then removes those they replace; honours the signal between sheets. */
  replaceSheets(replacement: SheetReplacement, options?: ReplaceOptions): Promise<ReplaceOutcome>;
  /**
   * Appends rows below tables, each value under the header that names it, other cells untouched;
   * with `columns`, also adds columns at the right of tables (an upgrade), in the same write.
   */
  appendRows(appends: readonly RowsAppend[], columns?: readonly ColumnsAddition[]): Promise<AppendedRows[]>;
  /** Sets single cells. */
  setCells(edits: readonly CellEdit[]): Promise<void>;
  /**
   * Adds to each column's own dropdown list (below its header) the values it lacks, keeping the ones
   * the school added; a dropdown that takes its list from cells, or none at all, is left as it is.
   */
  widenLists(lists: readonly ListWidening[]): Promise<void>;
  /** Shows a cell (Excel selects it; hosts without a visible workbook do nothing). */
  selectCell(place: CellPlace): Promise<void>;
}
