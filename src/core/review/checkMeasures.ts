/**
 * The measures the semester checks already count, summed over the year: 覆盖率 (on the year's last
 * reference day), 联系完成率 (every begun semester's due pairings) and 节日走访率 (every festival whose
 * window has opened), each shortfall named.
 */
import type { CheckResult } from '../check/checkResult';
import { festivalDue } from '../check/r8Festivals';
import { matchKey } from '../cellText';
import type { Ledger } from '../ledger/model';
import type { UnitTally } from './unitTally';

/** 第一学期 / 第二学期 from the 学期编号's last digit, else the semester's own name. */
export function semesterShort(semester: CheckResult['semester']): string {
  if (/-1$/.test(semester.id)) return '第一学期';
  if (/-2$/.test(semester.id)) return '第二学期';
  return semester.name;
}

/** 覆盖率, 联系完成率 and 节日走访率 of every unit, from the checks of the year's begun semesters. */
export function checkMeasures(tally: UnitTally, ledger: Ledger, checks: readonly CheckResult[]): void {
  const last = checks.at(-1);
  if (last) {
    for (const unit of last.units) tally.add(unit.unit, '覆盖率', unit.figuresCovered, unit.figuresInService);
    for (const figure of last.uncoveredFigures) tally.deduct(figure.unit, `${figure.figureId} ${figure.name} 未结对`);
  }
  const minimum = ledger.settings.minContactsPerSemester;
  for (const check of checks) {
    const term = semesterShort(check.semester);
    for (const pairing of check.pairings) {
      const shortfall =
        pairing.contacts === 0
          ? `${pairing.pairingId} ${term}${pairing.status === 'pending' ? '尚未联系' : '未联系'}`
          : `${pairing.pairingId} ${term}联系 ${pairing.contacts} 次，不足 ${minimum} 次`;
      tally.count(pairing.unit, '联系完成率', pairing.status === 'met', shortfall);
    }
    for (const festival of check.festivals) {
      const notVisited = new Map(festival.notVisited.map((gap) => [matchKey(gap.pairingId), gap]));
      for (const pairing of festivalDue(ledger, festival.date)) {
        const gap = notVisited.get(matchKey(pairing.id));
        const shortfall = `${festival.name} ${pairing.id} ${gap?.status === 'pending' ? '尚未走访' : '未走访'}`;
        tally.count(pairing.unit, '节日走访率', gap === undefined, shortfall);
      }
    }
  }
}
