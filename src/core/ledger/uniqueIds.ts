/** One row per 编号, so that every reference to a person, pairing or contact names a single row. */
import { matchKey } from '../cellText';
import { type Problem, problemAt } from '../problems';
import type { Located, TableRead } from '../readTable';
import type { RowOf, TableDef } from '../schema/columns';

/**
 * Keeps the first row of each 编号 (compared trimmed, case-insensitive); a later row with the same
 * 编号 is an error and is left out, so every reference resolves to one row.
 */
export function uniqueRows<D extends TableDef>(
  table: TableRead<D>,
  key: keyof RowOf<D> & keyof D['columns'] & string,
): {
  rows: Array<Located<RowOf<D>>>;
  problems: Problem[];
  /** The row of each 编号 kept, by its key: computed here once, for every look-up after. */
  rowOfKey: ReadonlyMap<string, number>;
} {
  const firstRowOf = new Map<string, number>();
  const rows: Array<Located<RowOf<D>>> = [];
  const problems: Problem[] = [];
  const header = table.def.columns[key]?.header ?? key;
  for (const parsed of table.rows) {
    const id = String(parsed[key]);
    const idKey = matchKey(id);
    const firstRow = firstRowOf.get(idKey);
    if (firstRow === undefined) {
      firstRowOf.set(idKey, parsed.row);
      rows.push(parsed);
    } else {
      problems.push(problemAt('DUPLICATE_ID', table.placeOf(parsed.row, key), { header, id, firstRow }));
    }
  }
  return { rows, problems, rowOfKey: firstRowOf };
}
