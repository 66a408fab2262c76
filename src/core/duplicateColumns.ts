/**
 * A table whose header row names a column twice (a copy kept "just in case", or a user's own 备注
 * beside the ledger's). The check reads the first of them, as the header search always did, and
 * never in silence: the second column is compared with the first row by row, and one problem at the
 * second header cell says what the check leaves unread. It is an error when the second column holds
 * a value the first does not (a date, a name the check would otherwise not see), a warning when it
 * only repeats the first or is empty. Nothing is guessed: which column is right is the user's call.
 */
import { a1, columnLetters } from './address';
import { EMPTY_CELL } from './cell';
import { readCell, sameValue } from './columnValue';
import type { HeaderRow } from './headerRow';
import { type Problem, problemAt } from './problems';
import type { RawSheet } from './rawWorkbook';
import type { Column, TableDef } from './schema/columns';

/** One problem per header written again in the header row, located at that second header cell. */
export function duplicateColumnProblems(
  sheet: RawSheet,
  def: TableDef,
  header: HeaderRow,
  date1904: boolean,
): Problem[] {
  return header.duplicates.map(({ key, first, column }) => {
    const definition = def.columns[key] as Column;
    let differing = 0;
    let example = '';
    for (let index = header.headerRow; index < sheet.rows.length; index++) {
      const cells = sheet.rows[index];
      if (!cells) continue;
      const theirs = readCell(cells[column - 1] ?? EMPTY_CELL, definition, date1904);
      if (theirs === undefined) continue;
      if (sameValue(readCell(cells[first - 1] ?? EMPTY_CELL, definition, date1904), theirs)) continue;
      differing++;
      if (example === '') example = a1(index + 1, column);
    }
    return problemAt(
      'DUPLICATE_HEADER',
      { sheet: def.sheet, row: header.headerRow, column: definition.header, cell: a1(header.headerRow, column) },
      {
        header: definition.header,
        first: columnLetters(first),
        second: columnLetters(column),
        differing,
        example,
      },
      differing > 0 ? 'error' : 'warning',
    );
  });
}
