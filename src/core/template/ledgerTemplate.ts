/**
 * A new ledger described as data: each table's columns (header, width, number format, dropdown
 * with its alert wording) and rows, and the 说明 sheet. Adapters (exceljs, Office.js) only
 * translate it.
 */
import type { LocalDate } from '../localDate';
import { type SemesterDraft, defaultSemesters } from '../ledger/semesters';
import { defaultFestivals, festivalRows, type LunarCalendar } from '../ledger/festivals';
import { SETTING_DEFAULTS } from '../ledger/settings';
import { DEFAULT_INDICATORS } from '../schema/indicators';
import type { Column, Columns, TableDef } from '../schema/columns';
import { LEDGER_TABLES } from '../schema/index';
import type { SheetSpec } from '../sheet/sheetSpec';
import { guideSheet } from './guide';

/** How a column's cells are read back: text as typed, dates as dates, or as Excel sees fit. */
export type CellFormat = 'text' | 'date' | 'general';

/** The Excel number format of each kind of column ('@' keeps 001 and =… as typed). */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: '@',
  date: 'yyyy-mm-dd',
  general: 'General',
};

/** The last worksheet row: dropdowns and formats reach it, so rows a table grows into keep them. */
export const LAST_ROW = 1_048_576;

/** One column of a new table, as every writer renders it. */
export interface TemplateColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  readonly format: CellFormat;
  /** The Excel number format of the cells below the header. */
  readonly numberFormat: string;
  readonly wrap: boolean;
  /**
   * A dropdown; `strict: false` lets other values through (人士类别 takes several, comma-separated).
   * The alert is what Excel shows when a value is not in the list.
   */
  readonly list?: {
    readonly values: readonly string[];
    readonly strict: boolean;
    readonly alert: { readonly title: string; readonly text: string };
  };
}

/** A cell of a template row: text, a number, or a LocalDate in a date column. */
export type TemplateValue = string | number | undefined;

/** One ledger table of a new workbook: its sheet, Excel table name, columns and rows. */
export interface TemplateTable {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly TemplateColumn[];
  readonly rows: ReadonlyArray<readonly TemplateValue[]>;
}

/** A whole new ledger: the 说明 sheet, then one table per sheet. */
export interface LedgerTemplate {
  readonly tables: readonly TemplateTable[];
  readonly guide: SheetSpec;
}

/** Ledger rows keyed by table sheet name, each row by column key (what the sample and init fill in). */
export type LedgerContent = Readonly<
  Record<string, ReadonlyArray<Readonly<Record<string, string | number | undefined>>>>
>;

/** A schema column as a new ledger writes it. */
export function templateColumn(column: Column): TemplateColumn {
  const format: CellFormat = column.kind === 'date' ? 'date' : 'text';
  const base = {
    header: column.header,
    width: column.width,
    format,
    numberFormat: NUMBER_FORMATS[format],
    wrap: column.kind === 'longText',
  };
  if (column.kind === 'oneOf' || column.kind === 'yesNo')
    return {
      ...base,
      list: {
        values: column.values,
        strict: true,
        alert: { title: column.header, text: `请从下拉列表中选择${column.header}。` },
      },
    };
  if (column.kind === 'listOf')
    return {
      ...base,
      list: {
        values: column.values,
        strict: false,
        alert: { title: column.header, text: `可填多个，用顿号分隔：${column.values.join('、')}` },
      },
    };
  return base;
}

function templateTable(def: TableDef<Columns>, rows: LedgerContent[string]): TemplateTable {
  const keys = Object.keys(def.columns);
  return {
    sheet: def.sheet,
    table: def.table,
    columns: Object.values(def.columns).map(templateColumn),
    rows: (rows ?? []).map((row) => keys.map((key) => row[key])),
  };
}

/** 学期 rows (by column key) from semester drafts, for `LedgerContent`. */
export function semesterRows(semesters: readonly SemesterDraft[]): LedgerContent[string] {
  return semesters.map((semester) => ({
    semesterId: semester.id,
    name: semester.name,
    start: semester.start,
    end: semester.end,
  }));
}

/**
 * What `init` writes: the default settings, the semesters of this and next academic year, the
 * default 考核指标 and, given a lunar calendar, 中秋节 and 春节 of those years in 重大节日.
 */
export function emptyLedgerContent(today: LocalDate, calendar?: LunarCalendar): LedgerContent {
  const semesters = defaultSemesters(today);
  return {
    设置: SETTING_DEFAULTS.map((entry) => ({ key: entry.key, value: entry.value, note: entry.note })),
    学期: semesterRows(semesters),
    重大节日: calendar ? festivalRows(defaultFestivals(semesters, calendar)) : [],
    考核指标: DEFAULT_INDICATORS,
  };
}

/** A new ledger with the given rows: every table of the schema, in order, and the 说明 sheet. */
export function ledgerTemplate(content: LedgerContent): LedgerTemplate {
  return {
    tables: LEDGER_TABLES.map((def) => templateTable(def as TableDef<Columns>, content[def.sheet] ?? [])),
    guide: guideSheet(),
  };
}
