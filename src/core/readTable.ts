/**
 * Reading one ledger table from a sheet into typed rows: the header row is found by name, every
 * cell is checked against its column, and whatever cannot be read becomes a located problem.
 */
import { a1 } from './address';
import { type Cell, EMPTY_CELL } from './cell';
import { cellText } from './cellText';
import { cellProblem, NO_RESULT, readCell, Unreadable } from './columnValue';
import { duplicateColumnProblems } from './duplicateColumns';
import { failure } from './failures';
import { findHeaderRow, headerKey, type HeaderRow } from './headerRow';
import { type Place, type Problem, problemAt } from './problems';
import { type LedgerReadFailure, type RawSheet } from './rawWorkbook';
import { err, ok, type Result } from './result';
import type { Column, RowMaker, RowOf, TableDef } from './schema/columns';

/** A row read from a table, with its worksheet row number (1-based) so problems can point at it. */
export type Located<T> = T & { readonly row: number };

/**
 * A row left out of the check for a bad required cell, with each cell's text as typed: a row that
 * refers to it (by 编号 or 姓名) can then say that this row has an error, not that it is missing.
 */
export interface LeftOutRow {
  readonly row: number;
  readonly text: Readonly<Record<string, string | undefined>>;
}

/** One table as read: its rows, the problems of its cells, and where any of its cells is. */
export interface TableRead<D extends TableDef> {
  readonly def: D;
  readonly rows: ReadonlyArray<Located<RowOf<D>>>;
  /** Rows with something in them that were left out for a bad cell, in sheet order. */
  readonly leftOut: readonly LeftOutRow[];
  readonly problems: readonly Problem[];
  /** Where a row's cell of a column is, for problems found later (references, rules). */
  readonly placeOf: (row: number, key: keyof D['columns'] & string) => Place;
}

/** Where a row's cell of a column is. */
export type PlaceOf<D extends TableDef> = (row: number, key: keyof D['columns'] & string) => Place;

/** Re-exported so the adapters that match headers keep importing it from here. */
export { headerKey };

/** The header row as `findHeaderRow` finds it, or why the sheet cannot be read as the table. */
function locateHeader(sheet: RawSheet, def: TableDef): Result<HeaderRow, LedgerReadFailure> {
  const found = findHeaderRow(sheet, def);
  if (found?.complete) return ok(found);
  const required = Object.entries(def.columns).filter(([, column]) => column.required);
  if (!found || found.columns.size < 2)
    return err({
      ...failure('noHeader', { sheet: def.sheet, headers: required.map(([, c]) => c.header) }),
      sheet: def.sheet,
    });
  const missing = required.filter(([key]) => !found.columns.has(key)).map(([, c]) => c.header);
  return err({
    ...failure('missingColumns', { sheet: def.sheet, headerRow: found.headerRow, headers: missing }),
    sheet: def.sheet,
  });
}

/**
 * Reads one ledger table from its sheet by header name: any column order, extra columns ignored,
 * title rows above the header allowed, blank rows skipped. A bad cell becomes a located problem;
 * a row with a bad required cell is left out of the check, a bad optional cell is read as empty. A
 * header written twice is read from its first column and reported (duplicateColumns.ts).
 */
export function readTable<D extends TableDef>(
  sheet: RawSheet,
  def: D,
  date1904: boolean,
): Result<TableRead<D>, LedgerReadFailure> {
  const located = locateHeader(sheet, def);
  if (!located.ok) return located;
  const { headerRow } = located.value;
  // 0-based positions in a row's cells, from the worksheet's 1-based columns.
  const positions = new Map([...located.value.columns].map(([key, column]) => [key, column - 1]));
  const columns = Object.entries(def.columns).filter(([key]) => positions.has(key)) as Array<[string, Column]>;
  const placeOf = (row: number, key: string): Place => {
    const index = positions.get(key);
    return {
      sheet: def.sheet,
      row,
      column: def.columns[key]?.header ?? key,
      cell: index === undefined ? '' : a1(row, index + 1),
    };
  };

  const uncalculatedProblems = (cells: NonNullable<RawSheet['rows'][number]>, rowNumber: number): Problem[] =>
    columns
      .filter(([key]) => cells[positions.get(key) as number]?.kind === 'uncalculated')
      .map(([key, column]) =>
        problemAt(
          'FORMULA_NO_RESULT',
          placeOf(rowNumber, key),
          { header: column.header },
          column.required ? 'error' : 'warning',
        ),
      );

  const keys = columns.map(([key]) => key);
  const defs = columns.map(([, column]) => column);
  const indexes = keys.map((key) => positions.get(key) as number);
  // Where each read column's value goes among all the table's columns (a column the sheet lacks stays undefined).
  const allKeys = Object.keys(def.columns);
  const slots = keys.map((key) => allKeys.indexOf(key));
  const rows: Array<Located<RowOf<D>>> = [];
  const leftOut: LeftOutRow[] = [];
  const problems: Problem[] = duplicateColumnProblems(sheet, def, located.value, date1904);
  const leaveOut = (row: number, cells: ReadonlyArray<Cell | undefined>) =>
    leftOut.push({
      row,
      text: Object.fromEntries(
        keys.map((key, k) => [key, cellText(cells[indexes[k] as number] ?? EMPTY_CELL) || undefined]),
      ),
    });
  // Every row object is made whole from the values, with `row` last: no row grows property by property
  // (on 200k contacts that was most of the garbage).
  const shape: Record<string, unknown> = Object.fromEntries([...keys.map((key) => [key, undefined]), ['row', 0]]);
  // A large table's own literal (columns.ts says why); the loop then stores into no row, as it reads
  // every table and stores into rows of each table's shape made V8 throw its compiled loop away.
  const newRow =
    (def.rowOf as RowMaker | undefined) ??
    ((values: readonly unknown[], row: number) => {
      const made = { ...shape };
      for (let k = 0; k < keys.length; k++) made[keys[k] as string] = values[slots[k] as number];
      made.row = row;
      return made;
    });
  // One array for every row's values, filled in place: the row is made from it once all are read.
  const values: unknown[] = allKeys.map(() => undefined);
  for (let index = headerRow; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (!cells) continue;
    const rowNumber = index + 1;
    let blank = true;
    // What zod would reject: an unreadable value, or a required one missing. Only such rows go through zod.
    let suspect = false;
    let uncalculated = false;
    for (let k = 0; k < keys.length; k++) {
      const column = defs[k] as Column;
      const cell = cells[indexes[k] as number] ?? EMPTY_CELL;
      const value = readCell(cell, column, date1904);
      if (value === NO_RESULT) uncalculated = true;
      else if (value !== undefined) blank = false;
      if (value instanceof Unreadable || (value === undefined && column.required)) suspect = true;
      values[slots[k] as number] = value;
    }
    if (blank) {
      // Nothing but formulas never calculated (a template's pre-filled rows): whether the row holds
      // anything is unknown, so each formula is reported, and nothing is said about the other cells.
      if (uncalculated) problems.push(...uncalculatedProblems(cells, rowNumber));
      continue;
    }
    const prepared = newRow(values, rowNumber);
    const parsed = suspect ? def.schema.safeParse(prepared) : undefined;
    if (parsed && !parsed.success) {
      let keepRow = true;
      for (const key of new Set(parsed.error.issues.map((issue) => String(issue.path[0])))) {
        const column = def.columns[key] as Column;
        const cell = cells[positions.get(key) ?? -1] ?? EMPTY_CELL;
        problems.push(cellProblem(cell, prepared[key], column, placeOf(rowNumber, key), date1904));
        if (column.required) keepRow = false;
        prepared[key] = undefined;
      }
      if (!keepRow || !def.schema.safeParse(prepared).success) {
        leaveOut(rowNumber, cells);
        continue;
      }
    }
    // zod only validates here (the schemas transform nothing), so the prepared object is the row.
    rows.push(prepared as Located<RowOf<D>>);
  }
  return ok({ def, rows, leftOut, problems, placeOf });
}
