/**
 * Reading one ledger table from a sheet into typed rows: the header row is found by name, every
 * cell is checked against its column, and whatever cannot be read becomes a located problem.
 */
import { duplicateColumnProblems } from './duplicateColumns';
import { failure } from './failures';
import { findHeaderRow, headerKey, type HeaderRow } from './headerRow';
import type { Place, Problem } from './problems';
import { type LedgerReadFailure, type RawSheet } from './rawWorkbook';
import { err, ok, type Result } from './result';
import type { RowOf, TableDef } from './schema/columns';
import { type LeftOutRow, placeIn, readRows, type RowSink, tablePlan } from './tableRows';

/** A row read from a table, with its worksheet row number (1-based) so problems can point at it. */
export type Located<T> = T & { readonly row: number };

export type { LeftOutRow };

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
  const plan = tablePlan(def, positions, date1904);
  const sink: RowSink = {
    rows: [],
    leftOut: [],
    problems: duplicateColumnProblems(sheet, def, located.value, date1904),
  };
  readRows(sheet, headerRow, plan, sink);
  const { rows, leftOut, problems } = sink;
  const placeOf = (row: number, key: string): Place => placeIn(plan, row, key);
  return ok({ def, rows: rows as Array<Located<RowOf<D>>>, leftOut, problems, placeOf });
}
