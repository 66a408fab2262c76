/** R2 — school leaders: each 校级 leader's number of pairings against 校级干部结对人数. */
import type { LocalDate } from '../localDate';
import { isActiveOn, type Ledger } from '../ledger/model';
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
