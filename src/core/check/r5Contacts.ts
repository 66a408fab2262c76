/**
 * R5: which contacts count. The gates on a contact's date live here once, so the check and the
 * 填报 form refuse the same contacts with the same problems.
 */
import { dayNumber, type LocalDate } from '../localDate';
import { contactColumns } from '../ledger/contactColumns';
import { inSomeSpan, pairingDaySpans, passesGates, semesterDaySpans } from '../ledger/daySpans';
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

/** What R5 finds, filled in as the contacts pass: every array is by 结对关系 row or by contact. */
interface Tally {
  readonly contacts: readonly Contact[];
  readonly semesterFirst: number;
  readonly semesterLast: number;
  /** Every semester's first and last day, side by side. */
  readonly spans: Float64Array;
  /** The index of each pairing's latest counting contact, and its day. */
  readonly latestIndex: Int32Array;
  readonly latestDay: Float64Array;
  readonly semesterByRow: Array<Contact[] | undefined>;
  readonly semesterRows: Contact[];
  readonly problems: Problem[];
  /**
   * The ledger, whose placeOf says where a contact's date is. Not a closure made per check: V8's code
   * for `count` held such a closure weakly, and every check's garbage collection threw that code away
   * (--trace-deopt: "weak objects" in each check), so every check ran its 200k contacts partly in the
   * interpreter again.
   */
  readonly ledger: Ledger;
  /** A group row's problems of its date alone and its place among S's rows, once per row: bits by row. */
  groupRowsSeen: Uint8Array;
}

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
  // Per pairing by its 结对关系 row (unique to it), in arrays sized from the start; dates as day numbers
  // (string comparisons were most of this loop's time). Each pairing's span and the semesters', once.
  const spans = pairingDaySpans(ledger.pairings);
  const rowCount = spans.first.length;
  const { contacts } = ledger;
  const tally: Tally = {
    contacts,
    semesterFirst: dayNumber(semester.start),
    semesterLast: dayNumber(semester.end),
    spans: semesterDaySpans(ledger.semesters),
    latestIndex: new Int32Array(rowCount).fill(-1),
    latestDay: new Float64Array(rowCount).fill(-Infinity),
    semesterByRow: new Array<Contact[] | undefined>(rowCount).fill(undefined),
    semesterRows: [],
    problems: [],
    ledger,
    // By worksheet row, sized for the last contact's (contacts come in row order; a later row makes room).
    groupRowsSeen: new Uint8Array(contacts.length === 0 ? 0 : (contacts[contacts.length - 1] as Contact).row + 1),
  };
  const todayDay = dayNumber(today);
  // The loop reads each contact's day and pairing row from arrays (contactColumns.ts says why); only
  // a contact that fails a gate is looked at more closely.
  const { days, pairingRows, grouped } = contactColumns(contacts);
  for (let index = 0; index < contacts.length; index++) {
    const day = days[index] as number;
    const row = pairingRows[index] as number;
    if (passesGates(spans, row, day, todayDay)) count(tally, index, day, row, grouped[index] === 1);
    else closerLook(tally, index, day, row, today);
  }
  const bySemesterPairing = new Map<Pairing, Contact[]>();
  const latest = new Map<Pairing, LocalDate>();
  for (const pairing of ledger.pairings) {
    const last = tally.latestIndex[pairing.row] as number;
    if (last >= 0) latest.set(pairing, (contacts[last] as Contact).date);
    const list = tally.semesterByRow[pairing.row];
    if (list) bySemesterPairing.set(pairing, list);
  }
  return { bySemesterPairing, latest, semesterRows: tally.semesterRows, problems: tally.problems };
}

/** Where a contact's date is. */
const datePlace = (tally: Tally, contact: Contact): Place => tally.ledger.placeOf('contacts', contact.row, 'date');

/** The first of a group row's contacts to meet `what`; the others are not told again. */
function firstOfGroup(tally: Tally, row: number, what: keyof typeof GROUP_BITS): boolean {
  if (row >= tally.groupRowsSeen.length) {
    const larger = new Uint8Array(2 * row + 1);
    larger.set(tally.groupRowsSeen);
    tally.groupRowsSeen = larger;
  }
  const seen = tally.groupRowsSeen[row] as number;
  if ((seen & GROUP_BITS[what]) !== 0) return false;
  tally.groupRowsSeen[row] = seen | GROUP_BITS[what];
  return true;
}

/**
 * A contact that failed a gate in day numbers: its gate problem (outside the span is said of each
 * pairing it concerns, after today once for the row), else it is counted as any other.
 */
function closerLook(tally: Tally, index: number, day: number, row: number, today: LocalDate): void {
  const contact = tally.contacts[index] as Contact;
  const failures = contactGates(contact.pairing, contact.date, today);
  if (failures.length === 0) {
    count(tally, index, day, row, contact.group !== undefined);
    return;
  }
  // Not destructured (an iterator per contact), nor indexed past the end of an empty list.
  const failure = failures[0] as ContactGateFailure;
  if (!contact.group || failure.code === 'CONTACT_OUTSIDE_PAIRING' || firstOfGroup(tally, contact.row, failure.code))
    tally.problems.push(gateProblem(failure, datePlace(tally, contact)));
}

/** A contact past the gates: in no semester it is a problem; else it counts, and in S among S's contacts. */
function count(tally: Tally, index: number, day: number, row: number, group: boolean): void {
  const inSemester = tally.semesterFirst <= day && day <= tally.semesterLast;
  if (!inSemester && !inSomeSpan(tally.spans, day)) {
    const contact = tally.contacts[index] as Contact;
    if (!group || firstOfGroup(tally, contact.row, 'CONTACT_IN_NO_SEMESTER'))
      tally.problems.push(problemAt('CONTACT_IN_NO_SEMESTER', datePlace(tally, contact), { date: contact.date }));
    return;
  }
  if (day > (tally.latestDay[row] as number)) {
    tally.latestDay[row] = day;
    tally.latestIndex[row] = index;
  }
  if (!inSemester) return;
  const contact = tally.contacts[index] as Contact;
  if (!group || firstOfGroup(tally, contact.row, 'inSemester')) tally.semesterRows.push(contact);
  const list = tally.semesterByRow[row];
  if (list) list.push(contact);
  else tally.semesterByRow[row] = [contact];
}
