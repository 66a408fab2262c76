/**
 * Who a handover is about, as the user names them: a 编号 or a 姓名, the way a pairing row names a
 * person. A name two people share is refused rather than guessed.
 */
import { matchKey } from '../cellText';
import { type Failure, failure } from '../failures';
import type { Figure, Leader, Ledger } from '../ledger/model';
import { err, ok, type Result } from '../result';
import { figuresTable, leadersTable } from '../schema/index';

type PersonFailure = Failure<'handoverPersonUnknown' | 'handoverNameAmbiguous'>;

/** The one person a 编号 or a name means: the 编号 first, then a name only one person has. */
function findPerson<P extends { readonly name: string }>(
  people: readonly P[],
  idOf: (person: P) => string,
  sheet: string,
  who: string,
): Result<P, PersonFailure> {
  const key = matchKey(who);
  const byId = people.find((person) => matchKey(idOf(person)) === key);
  if (byId) return ok(byId);
  const named = people.filter((person) => matchKey(person.name) === key);
  if (named.length === 1) return ok(named[0] as P);
  if (named.length > 1) return err(failure('handoverNameAmbiguous', { sheet, name: who, ids: named.map(idOf) }));
  return err(failure('handoverPersonUnknown', { sheet, who }));
}

/**
 * The leader a 干部编号 or a unique 姓名 names.
 * @example findLeader(ledger, '许强') // ok(the row of L16)
 */
export const findLeader = (ledger: Ledger, who: string): Result<Leader, PersonFailure> =>
  findPerson(ledger.leaders, (leader) => leader.leaderId, leadersTable.sheet, who);

/** The figure a 人士编号 or a unique 姓名 names. */
export const findFigure = (ledger: Ledger, who: string): Result<Figure, PersonFailure> =>
  findPerson(ledger.figures, (figure) => figure.figureId, figuresTable.sheet, who);
