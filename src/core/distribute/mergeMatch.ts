/**
 * 汇总's first step: each returned row matched by its 编号 against the ledger and against the rows
 * returned before it. A new 编号 (or a contact without one) is a candidate to add; the same 编号
 * with the same content — compared after normalisation (cleaned text, dates as dates, and the
 * columns 分发 left empty in a unit's copy not compared while they are empty) — is skipped; the
 * same 编号 with different content is a conflict, with the place of each side, and is not applied.
 */
import { matchKey } from '../cellText';
import type { Place } from '../problems';
import type { Column, TableDef } from '../schema/columns';
import { comparableValue, writtenValue, type WrittenValue } from './cellValues';
import type { ReturnedTables } from './returnedFile';
import { cellOf, type TableRow, type TableRows, textOf } from './tableRows';

/** A place in one of the files of a merge; `sheet` is '' for a CSV file. */
export interface MergePlace extends Place {
  readonly file: string;
}

/** A returned row to add, as its file has it. */
export interface Candidate {
  readonly def: TableDef;
  readonly from: ReturnedTables;
  readonly table: TableRows;
  readonly row: TableRow;
  /** The values to write, by column key (only the columns its file has). */
  readonly values: Readonly<Record<string, WrittenValue>>;
  /** Whether it brings its own 编号 (a contact without one is numbered by 汇总). */
  readonly keyed: boolean;
}

/** The same 编号 with other content: where it is in the ledger (or an earlier returned file) and in the returned one. */
export interface MergeConflict {
  readonly sheet: string;
  readonly id: string;
  /** The headers whose content differs. */
  readonly headers: readonly string[];
  readonly existing: MergePlace & { readonly value: string };
  readonly returned: MergePlace & { readonly value: string };
}

/** A table of one side of a comparison: its rows' file, date system and where its cells are. */
export interface Side {
  readonly file: string;
  readonly csv: boolean;
  readonly table: TableRows;
  readonly date1904: boolean;
}

/** A place on one side; a CSV file has no sheet. */
export const placeOn = (side: Side, row: number, key: string): MergePlace => {
  const place = side.table.placeOf(row, key);
  return { ...place, file: side.file, sheet: side.csv ? '' : place.sheet };
};

/**
 * The columns whose content differs between an existing row and a returned one: only columns
 * both tables have; `hidden` columns only when the returned one is filled.
 */
export function differingKeys(
  existing: { readonly side: Side; readonly row: TableRow },
  returned: { readonly side: Side; readonly row: TableRow },
  hidden: readonly string[],
): string[] {
  const columns = Object.entries(existing.side.table.def.columns) as Array<[string, Column]>;
  return columns
    .filter(([key]) => existing.side.table.header.columns.has(key) && returned.side.table.header.columns.has(key))
    .filter(([key, column]) => {
      const theirs = comparableValue(cellOf(returned.row, key), column, returned.side.date1904);
      if (theirs === '' && hidden.includes(key)) return false;
      return comparableValue(cellOf(existing.row, key), column, existing.side.date1904) !== theirs;
    })
    .map(([key]) => key);
}

/** The row's 编号 column key. */
export const idKeyOf = (def: TableDef): string => Object.keys(def.columns)[0] as string;

/** A returned row's values to write: each column its file has, dates as dates in its own date system. */
export function candidateValues(side: Side, row: TableRow): Record<string, WrittenValue> {
  const values: Record<string, WrittenValue> = {};
  for (const [key, column] of Object.entries(side.table.def.columns) as Array<[string, Column]>)
    if (side.table.header.columns.has(key)) values[key] = writtenValue(cellOf(row, key), column, side.date1904);
  return values;
}

/** Where a conflict is on both sides, at the first column that differs. */
export function conflictOf(
  existing: { readonly side: Side; readonly row: TableRow },
  returned: { readonly side: Side; readonly row: TableRow },
  keys: readonly string[],
): MergeConflict {
  const def = existing.side.table.def;
  const [first] = keys as [string];
  const column = def.columns[first] as Column;
  const value = (of: typeof existing) => comparableValue(cellOf(of.row, first), column, of.side.date1904);
  return {
    sheet: def.sheet,
    id: textOf(returned.row, idKeyOf(def)),
    headers: keys.map((key) => def.columns[key]?.header ?? key),
    existing: { ...placeOn(existing.side, existing.row.row, first), value: value(existing) },
    returned: { ...placeOn(returned.side, returned.row.row, first), value: value(returned) },
  };
}

/** The first row of each 编号 in a table, by key (later rows with the same 编号 are the check's duplicates). */
export function rowsById(table: TableRows | undefined): Map<string, TableRow> {
  const byId = new Map<string, TableRow>();
  if (!table) return byId;
  const idKey = idKeyOf(table.def);
  for (const row of table.rows) {
    const id = matchKey(textOf(row, idKey));
    if (id !== '' && !byId.has(id)) byId.set(id, row);
  }
  return byId;
}
