/** R4 — pairing health: pairings that outlived a party's service, or whose level is wrong. */
import type { Ledger } from '../ledger/model';
import { type Problem, problemAt } from '../problems';

/**
 * R4: a pairing whose leader has left (离任) or whose figure is no longer 在职 but that has no
 * 结束日期 needs a handover or closing (warning); a pairing whose 层级 differs from its leader's is
 * an error.
 */
export function pairingHealth(ledger: Ledger): Problem[] {
  const problems: Problem[] = [];
  for (const pairing of ledger.pairings) {
    const at = (key: string) => ledger.placeOf('pairings', pairing.row, key);
    if (pairing.end === undefined) {
      if (pairing.leader.status === '离任')
        problems.push(
          problemAt('PAIRING_NEEDS_HANDOVER', at('end'), {
            pairing: pairing.id,
            who: `干部“${pairing.leader.name}”`,
            state: '离任',
          }),
        );
      if (pairing.figure.status !== '在职')
        problems.push(
          problemAt('PAIRING_NEEDS_HANDOVER', at('end'), {
            pairing: pairing.id,
            who: `人士“${pairing.figure.name}”`,
            state: pairing.figure.status,
          }),
        );
    }
    if (pairing.level !== pairing.leader.level)
      problems.push(
        problemAt('PAIRING_LEVEL_MISMATCH', at('level'), {
          pairing: pairing.id,
          level: pairing.level,
          leader: pairing.leader.name,
          leaderLevel: pairing.leader.level,
        }),
      );
  }
  return problems;
}
