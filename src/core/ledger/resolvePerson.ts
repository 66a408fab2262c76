/** How a row names a person (编号, or a unique 姓名) becomes the person: one rule for leaders and figures. */
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import { err, ok, type Result } from '../result';

/** Looks people up by 编号 or, failing that, by a name that must be unique in its table. */
export class PersonIndex<P extends { readonly name: string }> {
  private readonly byId = new Map<string, P>();
  private readonly byName = new Map<string, P[]>();

  constructor(
    people: readonly P[],
    idOf: (person: P) => string,
    readonly tableSheet: string,
  ) {
    for (const person of people) {
      this.byId.set(matchKey(idOf(person)), person);
      const nameKey = matchKey(person.name);
      this.byName.set(nameKey, [...(this.byName.get(nameKey) ?? []), person]);
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
      const person = this.byId.get(matchKey(reference.id));
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
    if (candidates.length === 0)
      return err(
        problemAt('REF_NAME_MISSING', places.name, { header: places.name.column, value: reference.name, table }),
      );
    return err(
      problemAt('REF_NAME_AMBIGUOUS', places.name, { value: reference.name, table, count: candidates.length }),
    );
  }
}
