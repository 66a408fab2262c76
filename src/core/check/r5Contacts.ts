import type { LocalDate } from '../localDate';
import { type Contact, isActiveOn, type Ledger, type Pairing, type Semester } from '../ledger/model';
import { semesterContaining } from '../ledger/semesters';
import { type Problem, problemAt } from '../problems';

/**
 * R5: a contact counts only if it is dated no later than today, inside its pairing's active span
 * and inside a semester. Returns the counting contacts of semester S by pairing, and the problems.
 */
export function countableContacts(ledger: Ledger, semester: Semester, today: LocalDate): { bySemesterPairing: Map<Pairing, Contact[]>; problems: Problem[] } {
  const bySemesterPairing = new Map<Pairing, Contact[]>();
  const problems: Problem[] = [];
  for (const contact of ledger.contacts) {
    const place = () => ledger.placeOf('contacts', contact.row, 'date');
    const { pairing, date } = contact;
    if (date > today) {
      problems.push(problemAt('CONTACT_AFTER_TODAY', place(), { date, today }));
      continue;
    }
    if (!isActiveOn(pairing, date)) {
      problems.push(problemAt('CONTACT_OUTSIDE_PAIRING', place(), { date, pairing: pairing.id, span: `${pairing.start} 至 ${pairing.end ?? '今'}` }));
      continue;
    }
    const inSemester = semester.start <= date && date <= semester.end;
    if (!inSemester && !semesterContaining(ledger.semesters, date)) {
      problems.push(problemAt('CONTACT_IN_NO_SEMESTER', place(), { date }));
      continue;
    }
    if (!inSemester) continue;
    const list = bySemesterPairing.get(pairing);
    if (list) list.push(contact);
    else bySemesterPairing.set(pairing, [contact]);
  }
  return { bySemesterPairing, problems };
}
