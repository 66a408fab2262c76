/** How a row names a person (编号, or a unique 姓名) becomes the person: one rule for leaders and figures. */
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import type { LeftOutRow } from '../readTable';
import { err, ok, type Result } from '../result';

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
      this.byName.set(nameKey, [...(this.byName.get(nameKey) ?? []), person]);
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
   * Resolves the (编号, 姓名) pair of a referencing row. A 编号 wins; a 姓名 that contradicts it
   * is a warning beside the resolved person.
   */
  resolve(
    reference: { id: string | undefined; name: string | undefined },
    places: { id: Place; name: Place },
  ): Result<{ person: P; warnings: Problem[] }, Problem> {
    const table = this.tableSheet;
    if (reference.id !== undefined) {
      const key = matchKey(reference.id);
      const person = this.byId.get(key);
      const leftOutRow = person ? undefined : this.leftOutById.get(key);
      if (leftOutRow !== undefined) return err(this.leftOutProblem(places.id, reference.id, leftOutRow));
      if (!person)
        return err(problemAt('REF_ID_MISSING', places.id, { header: places.id.column, value: reference.id, table }));
      const warnings =
        reference.name !== undefined && matchKey(reference.name) !== matchKey(person.name)
          ? [
              problemAt('REF_NAME_MISMATCH', places.name, {
                header: places.name.column,
                value: reference.name,
                expected: person.name,
              }),
            ]
          : [];
      return ok({ person, warnings });
    }
    if (reference.name === undefined)
      return err(problemAt('REF_EMPTY', places.id, { idHeader: places.id.column, nameHeader: places.name.column }));
    const candidates = this.named(reference.name);
    if (candidates.length === 1) return ok({ person: candidates[0] as P, warnings: [] });
    const leftOutRow = candidates.length === 0 ? this.leftOutByName.get(matchKey(reference.name)) : undefined;
    if (leftOutRow !== undefined) return err(this.leftOutProblem(places.name, reference.name, leftOutRow));
    if (candidates.length === 0)
      return err(
        problemAt('REF_NAME_MISSING', places.name, { header: places.name.column, value: reference.name, table }),
      );
    return err(
      problemAt('REF_NAME_AMBIGUOUS', places.name, { value: reference.name, table, count: candidates.length }),
    );
  }

  /** A reference to a row of this table left out for an error: that row is where to look. */
  private leftOutProblem(place: Place, value: string, row: number): Problem {
    return problemAt('REF_ROW_INVALID', place, { header: place.column, value, table: this.tableSheet, row });
  }
}
