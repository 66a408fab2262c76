/** R2 — school leaders: each 校级 leader's number of pairings against 校级干部结对人数. */
import { matchKey } from '../cellText';
import type { LocalDate } from '../localDate';
import { isActiveOn, type Ledger } from '../ledger/model';
import { type Problem, problemAt } from '../problems';
import type { SchoolLeaderResult } from './checkResult';

/** R2: each 校级 leader 在任 has exactly 校级干部结对人数 pairings active on the reference day. */
export function schoolLeaders(ledger: Ledger, referenceDate: LocalDate): SchoolLeaderResult[] {
  const wanted = ledger.settings.pairingsPerSchoolLeader;
  const activeCount = new Map<string, number>();
  for (const pairing of ledger.pairings) {
    if (isActiveOn(pairing, referenceDate))
      activeCount.set(pairing.leader.leaderId, (activeCount.get(pairing.leader.leaderId) ?? 0) + 1);
  }
  return ledger.leaders
    .filter((leader) => leader.level === '校级' && leader.status === '在任')
    .map((leader) => {
      const pairings = activeCount.get(leader.leaderId) ?? 0;
      const status = pairings === wanted ? 'ok' : pairings === 0 ? 'none' : pairings < wanted ? 'tooFew' : 'tooMany';
      return {
        leaderId: leader.leaderId,
        name: leader.name,
        pairings,
        wanted,
        status,
        ...ledger.placeOf('leaders', leader.row, 'leaderId'),
      };
    });
}

/**
 * R2's note beside a count that may be short: a 校级 leader with fewer pairings than wanted whom rows
 * of 结对关系 with an error name (by 编号, or by 姓名 without one). Those rows are not counted, so
 * the leader is told where they are rather than only "没有结对".
 */
export function unreadPairingProblems(ledger: Ledger, results: readonly SchoolLeaderResult[]): Problem[] {
  if (ledger.unusablePairings.length === 0) return [];
  return results.flatMap((result) => {
    if (result.pairings >= result.wanted) return [];
    const leader = ledger.leaders.find((candidate) => candidate.row === result.row);
    if (!leader) return [];
    const rows = ledger.unusablePairings
      .filter((pairing) =>
        pairing.leaderId !== undefined
          ? matchKey(pairing.leaderId) === matchKey(leader.leaderId)
          : pairing.leaderName !== undefined && matchKey(pairing.leaderName) === matchKey(leader.name),
      )
      .map((pairing) => pairing.row);
    return rows.length === 0
      ? []
      : [
          problemAt('LEADER_PAIRINGS_UNREAD', ledger.placeOf('leaders', leader.row, 'leaderId'), {
            leader: leader.name,
            rows,
          }),
        ];
  });
}
