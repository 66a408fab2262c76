import type { LocalDate } from '../localDate';
import { type SemesterDraft, defaultSemesters } from '../ledger/semesters';
import { SETTING_DEFAULTS } from '../ledger/settings';
import type { Column, Columns, TableDef } from '../schema/columns';
import { LEDGER_TABLES } from '../schema/index';
import { GUIDE_SHEET, guideLines } from './guide';

/**
 * A new ledger described as data: each table's columns (header, width, number format, dropdown) and
 * rows. Adapters (exceljs, Office.js) only translate it.
 */
export type CellFormat = 'text' | 'date' | 'general';

export interface TemplateColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  readonly format: CellFormat;
  readonly wrap: boolean;
  /** A dropdown; `strict: false` lets other values through (人士类别 takes several, comma-separated). */
  readonly list?: { readonly values: readonly string[]; readonly strict: boolean };
}

/** A cell of a template row: text, a number, or a LocalDate in a date column. */
export type TemplateValue = string | number | undefined;

export interface TemplateTable {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly TemplateColumn[];
  readonly rows: ReadonlyArray<readonly TemplateValue[]>;
}

export interface LedgerTemplate {
  readonly tables: readonly TemplateTable[];
  readonly guide: { readonly sheet: string; readonly lines: readonly string[] };
}

/** Ledger rows keyed by table sheet name, each row by column key (what the sample and init fill in). */
export type LedgerContent = Readonly<Record<string, ReadonlyArray<Readonly<Record<string, string | number | undefined>>>>>;

function templateColumn(column: Column): TemplateColumn {
  const format: CellFormat = column.kind === 'date' ? 'date' : 'text';
  const base = { header: column.header, width: column.width, format, wrap: column.kind === 'longText' };
  if (column.kind === 'oneOf' || column.kind === 'yesNo') return { ...base, list: { values: column.values, strict: true } };
  if (column.kind === 'listOf') return { ...base, list: { values: column.values, strict: false } };
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

export function semesterRows(semesters: readonly SemesterDraft[]): LedgerContent[string] {
  return semesters.map((semester) => ({ semesterId: semester.id, name: semester.name, start: semester.start, end: semester.end }));
}

/** What `init` writes: the default settings and the semesters of this and next academic year. */
export function emptyLedgerContent(today: LocalDate): LedgerContent {
  return {
    设置: SETTING_DEFAULTS.map((entry) => ({ key: entry.key, value: entry.value, note: entry.note })),
    学期: semesterRows(defaultSemesters(today)),
  };
}

export function ledgerTemplate(content: LedgerContent): LedgerTemplate {
  return {
    tables: LEDGER_TABLES.map((def) => templateTable(def as TableDef<Columns>, content[def.sheet] ?? [])),
    guide: { sheet: GUIDE_SHEET, lines: guideLines() },
  };
}
