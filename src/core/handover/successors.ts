/**
 * Who takes each pairing over when a leader leaves: one successor for all, or one per pairing (the
 * pane's choice), each checked against the pairing it takes — 在任, not the one leaving, of the
 * pairing's 层级, not already paired with that figure. A figure no longer 在职 gets no successor:
 * their pairing only ends.
 */
import { matchKey } from '../cellText';
import { type Failure, failure } from '../failures';
import { addDays, type LocalDate } from '../localDate';
import { isActiveOn, type Leader, type Ledger, type Pairing } from '../ledger/model';
import { err, ok, type Result } from '../result';
import { findLeader } from './handoverPeople';

/** Whom the user named: one successor for every pairing, and per 结对编号 another one or none (null). */
export interface SuccessorChoice {
  readonly on: LocalDate;
  readonly successor?: string;
  readonly successorByPairing?: Readonly<Record<string, string | null>>;
}

/** A leader able to take over from `leaving`: named, not the one leaving, 在任. */
function successorNamed(ledger: Ledger, who: string, leaving: Leader): Result<Leader, Failure> {
  const found = findLeader(ledger, who);
  if (!found.ok) return found;
  if (found.value === leaving) return err(failure('handoverSuccessorIsLeaver', { name: leaving.name }));
  if (found.value.status !== '在任') return err(failure('handoverSuccessorNotServing', { name: found.value.name }));
  return found;
}

/** The leaders who may take a pairing over from `leaving` (a picker's list): 在任, of the pairing's 层级. */
export const successorCandidates = (ledger: Ledger, pairing: Pairing, leaving: Leader): Leader[] =>
  ledger.leaders.filter((leader) => leader !== leaving && leader.status === '在任' && leader.level === pairing.level);

/** Each ending pairing's successor, or the first reason one cannot take it over. */
export function successorsFor(
  ledger: Ledger,
  leaving: Leader,
  ending: readonly Pairing[],
  choice: SuccessorChoice,
): Result<Map<Pairing, Leader>, Failure> {
  const byPairing = new Map(Object.entries(choice.successorByPairing ?? {}).map(([id, who]) => [matchKey(id), who]));
  // A successor for all is checked even when no pairing needs one: a mistyped name is said, not ignored.
  const everyone = choice.successor === undefined ? undefined : successorNamed(ledger, choice.successor, leaving);
  if (everyone && !everyone.ok) return everyone;
  const next = addDays(choice.on, 1);
  const chosen = new Map<Pairing, Leader>();
  for (const pairing of ending) {
    const who = byPairing.has(matchKey(pairing.id)) ? byPairing.get(matchKey(pairing.id)) : choice.successor;
    if (who === null || who === undefined || pairing.figure.status !== '在职') continue;
    const successor = successorNamed(ledger, who, leaving);
    if (!successor.ok) return successor;
    const leader = successor.value;
    if (leader.level !== pairing.level)
      return err(
        failure('handoverLevelMismatch', {
          successor: leader.name,
          successorLevel: leader.level,
          pairing: pairing.id,
          level: pairing.level,
        }),
      );
    const twin = ledger.pairings.find(
      (other) => other.leader === leader && other.figure === pairing.figure && isActiveOn(other, next),
    );
    if (twin)
      return err(
        failure('handoverAlreadyPaired', { successor: leader.name, figure: pairing.figure.name, pairing: twin.id }),
      );
    chosen.set(pairing, leader);
  }
  return ok(chosen);
}
