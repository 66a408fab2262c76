/**
 * R5: which contacts count. The gates on a contact's date live here once, so the check and the
 * 填报 form refuse the same contacts with the same problems.
 */
import { dayNumber, type LocalDate } from '../localDate';
import { contactDays } from '../ledger/contactDays';
import { type Contact, isActiveOn, type Ledger, type Pairing, type Semester } from '../ledger/model';
import { type Place, type Problem, type ProblemParams, problemAt } from '../problems';

/** A gate a contact's date fails: the problem's code and parameters, to be located by the caller. */
export type ContactGateFailure =
  | { readonly code: 'CONTACT_AFTER_TODAY'; readonly params: ProblemParams<'CONTACT_AFTER_TODAY'> }
  | { readonly code: 'CONTACT_OUTSIDE_PAIRING'; readonly params: ProblemParams<'CONTACT_OUTSIDE_PAIRING'> };

/**
 * R5's gates that need no semester, most telling first: a contact dated after today does not count
 * yet, one outside its pairing's active span never. The check reports the first, the form all.
 * `pairing` is undefined when the form's 结对编号 names none: only the date gate applies then.
 */
export function contactGates(
  pairing: Pick<Pairing, 'id' | 'start' | 'end'> | undefined,
  date: LocalDate,
  today: LocalDate,
): readonly ContactGateFailure[] {
  // Nearly every contact passes: then no list is built (200k contacts are checked each time).
  if (date <= today && (!pairing || isActiveOn(pairing, date))) return PASSED;
  const failures: ContactGateFailure[] = [];
  if (date > today) failures.push({ code: 'CONTACT_AFTER_TODAY', params: { date, today } });
  if (pairing && !isActiveOn(pairing, date))
    failures.push({
      code: 'CONTACT_OUTSIDE_PAIRING',
      params: { date, pairing: pairing.id, span: `${pairing.start} 至 ${pairing.end ?? '今'}` },
    });
  return failures;
}

const PASSED: readonly ContactGateFailure[] = Object.freeze([]);

/** What a group row's contacts have once between them: a problem of its date alone, its place among S's rows. */
const GROUP_BITS = {
  CONTACT_AFTER_TODAY: 1,
  CONTACT_OUTSIDE_PAIRING: 2,
  CONTACT_IN_NO_SEMESTER: 4,
  inSemester: 8,
} as const;

/** A gate's failure as a problem at a cell. */
export const gateProblem = (failure: ContactGateFailure, place: Place): Problem =>
  problemAt(failure.code, place, failure.params);

/**
 * R5: a contact counts only if it is dated no later than today, inside its pairing's active span
 * and inside a semester. Returns the counting contacts of semester S by pairing, each pairing's
 * latest counting contact in any semester (the due list's 最近联系), the counting rows of S once
 * each (a group row counts for several pairings but is one row), and the problems.
 */
export function countableContacts(
  ledger: Ledger,
  semester: Semester,
  today: LocalDate,
): {
  bySemesterPairing: Map<Pairing, Contact[]>;
  latest: Map<Pairing, LocalDate>;
  semesterRows: Contact[];
  problems: Problem[];
} {
  // Per pairing by its 结对关系 row (unique to it): arrays, not maps keyed by the pairing, as each of
  // 200k contacts would look its pairing up three times; the maps are made once per pairing at the end.
  // Sized from the start: stores at scattered indexes of an empty array turn it into a dictionary.
  const rowCount = ledger.pairings.reduce((most, pairing) => Math.max(most, pairing.row), 0) + 1;
  const latestByRow: Array<LocalDate | undefined> = new Array<LocalDate | undefined>(rowCount).fill(undefined);
  const semesterByRow: Array<Contact[] | undefined> = new Array<Contact[] | undefined>(rowCount).fill(undefined);
  // Dates compared as day numbers: six comparisons of date strings per contact were most of this loop's
  // time (each a call into V8's string comparison). Each pairing's span and the semesters', once.
  const latestDay = new Float64Array(rowCount).fill(-Infinity);
  const firstDay = new Float64Array(rowCount);
  const lastDay = new Float64Array(rowCount);
  for (const pairing of ledger.pairings) {
    firstDay[pairing.row] = dayNumber(pairing.start);
    lastDay[pairing.row] = pairing.end === undefined ? Infinity : dayNumber(pairing.end);
  }
  const todayDay = dayNumber(today);
  const semesterFirst = dayNumber(semester.start);
  const semesterLast = dayNumber(semester.end);
  const spans = ledger.semesters.map((each) => ({ first: dayNumber(each.start), last: dayNumber(each.end) }));
  const inSomeSemester = (day: number): boolean => {
    for (const span of spans) if (span.first <= day && day <= span.last) return true;
    return false;
  };
  const semesterRows: Contact[] = [];
  const problems: Problem[] = [];
  const place = (contact: Contact) => ledger.placeOf('contacts', contact.row, 'date');
  // A group row's problems of its date alone (after today, in no semester) and its place among S's
  // rows are had once, by the first of its contacts that meets them; made when a group row comes.
  // Kept as one bit per kind and row (not a string key per group contact: tens of thousands of them).
  let groupRowsSeen: Map<number, number> | undefined;
  const firstOfGroup = (row: number, what: keyof typeof GROUP_BITS) => {
    const seen = (groupRowsSeen ??= new Map()).get(row) ?? 0;
    if ((seen & GROUP_BITS[what]) !== 0) return false;
    groupRowsSeen.set(row, seen | GROUP_BITS[what]);
    return true;
  };
  const { contacts } = ledger;
  const days = contactDays(contacts);
  for (let index = 0; index < contacts.length; index++) {
    const contact = contacts[index] as Contact;
    const { pairing, date } = contact;
    const { row } = pairing;
    const day = days[index] as number;
    // The gates in day numbers first: nearly every contact passes them, and only one that does not is
    // asked which (contactGates, in the words the 填报 form uses too).
    if (day > todayDay || day < (firstDay[row] as number) || day > (lastDay[row] as number)) {
      // Not destructured (an iterator per contact), nor indexed past the end of an empty list.
      const failures = contactGates(pairing, date, today);
      if (failures.length > 0) {
        const failure = failures[0] as ContactGateFailure;
        // Outside the span is said of each pairing it concerns; after today once for the row.
        if (!contact.group || failure.code === 'CONTACT_OUTSIDE_PAIRING' || firstOfGroup(contact.row, failure.code))
          problems.push(gateProblem(failure, place(contact)));
        continue;
      }
    }
    const inSemester = semesterFirst <= day && day <= semesterLast;
    if (!inSemester && !inSomeSemester(day)) {
      if (!contact.group || firstOfGroup(contact.row, 'CONTACT_IN_NO_SEMESTER'))
        problems.push(problemAt('CONTACT_IN_NO_SEMESTER', place(contact), { date }));
      continue;
    }
    if (day > (latestDay[row] as number)) {
      latestDay[row] = day;
      latestByRow[row] = date;
    }
    if (!inSemester) continue;
    if (!contact.group || firstOfGroup(contact.row, 'inSemester')) semesterRows.push(contact);
    const list = semesterByRow[row];
    if (list) list.push(contact);
    else semesterByRow[row] = [contact];
  }
  const bySemesterPairing = new Map<Pairing, Contact[]>();
  const latest = new Map<Pairing, LocalDate>();
  for (const pairing of ledger.pairings) {
    const last = latestByRow[pairing.row];
    if (last !== undefined) latest.set(pairing, last);
    const list = semesterByRow[pairing.row];
    if (list) bySemesterPairing.set(pairing, list);
  }
  return { bySemesterPairing, latest, semesterRows, problems };
}
