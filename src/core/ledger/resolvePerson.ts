/** How a row names a person (编号, or a unique 姓名) becomes the person: one rule for leaders and figures. */
import { groupInto } from '../groupInto';
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import type { LeftOutRow } from '../readTable';

/** Where a referencing row's 编号 and 姓名 cells are: one per referencing column pair, made once. */
export interface Where {
  readonly at: (row: number, key: string) => Place;
  readonly idKey: string;
  readonly nameKey: string;
}

/**
 * Looks people up by 编号 or, failing that, by a name that must be unique in its table. An object
 * literal read by the functions below, not a class: V8 keeps a class instance's layout only weakly,
 * and the compiled `resolvePerson` was thrown away with each read's index.
 */
export interface PersonIndex<P extends { readonly name: string }> {
  readonly tableSheet: string;
  readonly byId: ReadonlyMap<string, P>;
  readonly byName: ReadonlyMap<string, readonly P[]>;
  /** Rows of the table left out for an error, by 编号 key and by name key (the first of each). */
  readonly leftOutById: ReadonlyMap<string, number>;
  readonly leftOutByName: ReadonlyMap<string, number>;
}

export function personIndex<P extends { readonly name: string }>(
  people: readonly P[],
  idOf: (person: P) => string,
  tableSheet: string,
  /** The table's rows left out for an error, and the key of its 编号 column. */
  leftOut: { readonly rows: readonly LeftOutRow[]; readonly idKey: string } = { rows: [], idKey: '' },
): PersonIndex<P> {
  const byId = new Map<string, P>();
  const byName = new Map<string, P[]>();
  const leftOutById = new Map<string, number>();
  const leftOutByName = new Map<string, number>();
  for (const person of people) {
    byId.set(matchKey(idOf(person)), person);
    groupInto(byName, matchKey(person.name), person);
  }
  for (const { row, text } of leftOut.rows) {
    const id = text[leftOut.idKey];
    if (id !== undefined && !leftOutById.has(matchKey(id))) leftOutById.set(matchKey(id), row);
    if (text.name !== undefined && !leftOutByName.has(matchKey(text.name))) leftOutByName.set(matchKey(text.name), row);
  }
  return { tableSheet, byId, byName, leftOutById, leftOutByName };
}

/**
 * Resolves the (编号, 姓名) pair of a referencing row: the person, or undefined with the error in
 * `problems`. A 编号 wins; a 姓名 that contradicts it is a warning beside the resolved person.
 * Places are made only for a problem (a pairing's four were most of reading 结对关系's garbage).
 */
export function resolvePerson<P extends { readonly name: string }>(
  index: PersonIndex<P>,
  id: string | undefined,
  name: string | undefined,
  row: number,
  where: Where,
  problems: Problem[],
): P | undefined {
  const table = index.tableSheet;
  const idPlace = () => where.at(row, where.idKey);
  const namePlace = () => where.at(row, where.nameKey);
  if (id !== undefined) {
    const key = matchKey(id);
    const person = index.byId.get(key);
    const leftOutRow = person ? undefined : index.leftOutById.get(key);
    if (leftOutRow !== undefined) problems.push(leftOutProblem(index, idPlace(), id, leftOutRow));
    else if (!person)
      problems.push(problemAt('REF_ID_MISSING', idPlace(), { header: idPlace().column, value: id, table }));
    else if (name !== undefined && name !== person.name && matchKey(name) !== matchKey(person.name))
      problems.push(
        problemAt('REF_NAME_MISMATCH', namePlace(), {
          header: namePlace().column,
          value: name,
          expected: person.name,
        }),
      );
    return person;
  }
  if (name === undefined) {
    problems.push(problemAt('REF_EMPTY', idPlace(), { idHeader: idPlace().column, nameHeader: namePlace().column }));
    return undefined;
  }
  const candidates = index.byName.get(matchKey(name)) ?? [];
  if (candidates.length === 1) return candidates[0] as P;
  const leftOutRow = candidates.length === 0 ? index.leftOutByName.get(matchKey(name)) : undefined;
  if (leftOutRow !== undefined) problems.push(leftOutProblem(index, namePlace(), name, leftOutRow));
  else if (candidates.length === 0)
    problems.push(problemAt('REF_NAME_MISSING', namePlace(), { header: namePlace().column, value: name, table }));
  else problems.push(problemAt('REF_NAME_AMBIGUOUS', namePlace(), { value: name, table, count: candidates.length }));
  return undefined;
}

/** A reference to a row of a table left out for an error: that row is where to look. */
function leftOutProblem(
  index: PersonIndex<{ readonly name: string }>,
  place: Place,
  value: string,
  row: number,
): Problem {
  return problemAt('REF_ROW_INVALID', place, { header: place.column, value, table: index.tableSheet, row });
}
