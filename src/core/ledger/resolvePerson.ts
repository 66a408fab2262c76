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

/** Looks people up by 编号 or, failing that, by a name that must be unique in its table. */
export class PersonIndex<P extends { readonly name: string }> {
  private readonly byId = new Map<string, P>();
  private readonly byName = new Map<string, P[]>();
  /** Rows of the table left out for an error, by 编号 key and by name key (the first of each). */
  private readonly leftOutById = new Map<string, number>();
  private readonly leftOutByName = new Map<string, number>();

  constructor(
    people: readonly P[],
    idOf: (person: P) => string,
    readonly tableSheet: string,
    /** The table's rows left out for an error, and the key of its 编号 column. */
    leftOut: { readonly rows: readonly LeftOutRow[]; readonly idKey: string } = { rows: [], idKey: '' },
  ) {
    for (const person of people) {
      this.byId.set(matchKey(idOf(person)), person);
      const nameKey = matchKey(person.name);
      groupInto(this.byName, nameKey, person);
    }
    for (const { row, text } of leftOut.rows) {
      const id = text[leftOut.idKey];
      if (id !== undefined && !this.leftOutById.has(matchKey(id))) this.leftOutById.set(matchKey(id), row);
      if (text.name !== undefined && !this.leftOutByName.has(matchKey(text.name)))
        this.leftOutByName.set(matchKey(text.name), row);
    }
  }

  /** Everyone of that name (compared without spaces). */
  named(name: string): readonly P[] {
    return this.byName.get(matchKey(name)) ?? [];
  }

  /**
   * Resolves the (编号, 姓名) pair of a referencing row: the person, or undefined with the error in
   * `problems`. A 编号 wins; a 姓名 that contradicts it is a warning beside the resolved person.
   * Places are made only for a problem (a pairing's four were most of reading 结对关系's garbage).
   */
  resolve(
    id: string | undefined,
    name: string | undefined,
    row: number,
    where: Where,
    problems: Problem[],
  ): P | undefined {
    const table = this.tableSheet;
    const idPlace = () => where.at(row, where.idKey);
    const namePlace = () => where.at(row, where.nameKey);
    if (id !== undefined) {
      const key = matchKey(id);
      const person = this.byId.get(key);
      const leftOutRow = person ? undefined : this.leftOutById.get(key);
      if (leftOutRow !== undefined) problems.push(this.leftOutProblem(idPlace(), id, leftOutRow));
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
    const candidates = this.named(name);
    if (candidates.length === 1) return candidates[0] as P;
    const leftOutRow = candidates.length === 0 ? this.leftOutByName.get(matchKey(name)) : undefined;
    if (leftOutRow !== undefined) problems.push(this.leftOutProblem(namePlace(), name, leftOutRow));
    else if (candidates.length === 0)
      problems.push(problemAt('REF_NAME_MISSING', namePlace(), { header: namePlace().column, value: name, table }));
    else problems.push(problemAt('REF_NAME_AMBIGUOUS', namePlace(), { value: name, table, count: candidates.length }));
    return undefined;
  }

  /** A reference to a row of this table left out for an error: that row is where to look. */
  private leftOutProblem(place: Place, value: string, row: number): Problem {
    return problemAt('REF_ROW_INVALID', place, { header: place.column, value, table: this.tableSheet, row });
  }
}
