/** R9 — 备案: a college's pairings are filed with the 统战部, in time. */
import { dayNumber, type LocalDate } from '../localDate';
import { isActiveOn, type Ledger, type Semester } from '../ledger/model';
import { type Problem, problemAt } from '../problems';

/**
 * R9: a 院级 pairing active on the reference day or started within S that has no 备案日期 is a
 * warning at that cell; one filed more than 备案期限天数 after its 开始日期 is info.
 */
export function pairingFiling(ledger: Ledger, semester: Semester, referenceDate: LocalDate): Problem[] {
  const limit = ledger.settings.filingDays;
  const problems: Problem[] = [];
  for (const pairing of ledger.pairings) {
    if (pairing.level !== '院级') continue;
    const startedInS = semester.start <= pairing.start && pairing.start <= semester.end;
    if (!startedInS && !isActiveOn(pairing, referenceDate)) continue;
    const place = ledger.placeOf('pairings', pairing.row, 'filedOn');
    if (pairing.filedOn === undefined) {
      problems.push(problemAt('PAIRING_NOT_FILED', place, { pairing: pairing.id, start: pairing.start }));
      continue;
    }
    const days = dayNumber(pairing.filedOn) - dayNumber(pairing.start);
    if (days > limit)
      problems.push(
        problemAt('PAIRING_FILED_LATE', place, {
          pairing: pairing.id,
          start: pairing.start,
          filedOn: pairing.filedOn,
          days,
          limit,
        }),
      );
  }
  return problems;
}
