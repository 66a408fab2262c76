/**
 * R8 — festival visits (重大节日走访): at each festival of the semester, every pairing active on the
 * festival day needs a visit in its window, of a 联系形式 named in 设置 节日走访形式.
 */
import { matchKey } from '../cellText';
import { type Contact, type Festival, isActiveOn, type Ledger, type Pairing, type Semester } from '../ledger/model';
import { contactColumns } from '../ledger/contactColumns';
import { semesterContaining } from '../ledger/semesters';
import { dayNumber, type LocalDate } from '../localDate';
import { LEVELS } from '../schema/valueLists';
import type { FestivalGap, FestivalResult } from './checkResult';
import { contactGates } from './r5Contacts';

/** Pairings that continue one another (same figure, same level) share their visits, as R1 shares contacts. */
// A number, not a string: a key is made for every pairing at every festival (tens of thousands).
const lineKey = (pairing: Pairing): number => pairing.figure.row * LEVELS.length + LEVELS.indexOf(pairing.level);

/** Whether a contact in a festival's window counts at all (R5's gates and a semester of its own) and is a visit. */
function isVisit(ledger: Ledger, contact: Contact, forms: ReadonlySet<string>, today: LocalDate) {
  return (
    // A form picked from the dropdown is its own key: folded only when typed otherwise.
    (forms.has(contact.form) || forms.has(matchKey(contact.form))) &&
    contactGates(contact.pairing, contact.date, today).length === 0 &&
    semesterContaining(ledger.semesters, contact.date) !== undefined
  );
}

/** The lines visited at each festival, in one pass over the contacts (a ledger has hundreds of thousands). */
function visitedLinesOf(
  ledger: Ledger,
  festivals: readonly Festival[],
  forms: ReadonlySet<string>,
  today: LocalDate,
): Array<Set<number>> {
  const visited = festivals.map(() => new Set<number>());
  // The windows in day numbers, and the contacts' days made once per ledger (contactColumns.ts says why).
  const starts = festivals.map((festival) => dayNumber(festival.windowStart));
  const ends = festivals.map((festival) => dayNumber(festival.windowEnd));
  // Plain loops: a closure per contact would be an allocation per contact.
  const { contacts } = ledger;
  const { days } = contactColumns(contacts);
  for (let at = 0; at < contacts.length; at++) {
    const day = days[at] as number;
    for (let index = 0; index < festivals.length; index++)
      if ((starts[index] as number) <= day && day <= (ends[index] as number)) {
        const contact = contacts[at] as Contact;
        if (isVisit(ledger, contact, forms, today)) visited[index]?.add(lineKey(contact.pairing));
      }
  }
  return visited;
}

/** The pairings a festival's visit is due for: those active on its 节日日期 (the 考核 counts the same). */
export const festivalDue = (ledger: Ledger, date: LocalDate): Pairing[] =>
  ledger.pairings.filter((pairing) => isActiveOn(pairing, date));

/**
 * R8: for each 重大节日 row whose 节日日期 lies in S and whose 走访开始 has come (≤ today), each
 * pairing active on 节日日期 is `visited` when it or a pairing it continues or hands over to has a
 * visit in 走访开始 … 走访结束; else `pending` while the window is open, `missed` after it.
 */
export function festivalVisits(ledger: Ledger, semester: Semester, today: LocalDate): FestivalResult[] {
  const festivals = ledger.festivals.filter(
    (festival) => semester.start <= festival.date && festival.date <= semester.end && festival.windowStart <= today,
  );
  if (festivals.length === 0) return [];
  const forms = new Set(ledger.settings.festivalForms.map(matchKey));
  const visited = visitedLinesOf(ledger, festivals, forms, today);
  return festivals.map((festival, index) => {
    const visitedLines = visited[index] ?? new Set<number>();
    const due = festivalDue(ledger, festival.date);
    const open = today <= festival.windowEnd;
    // One pass over the pairings due (every pairing at a festival still to come: tens of thousands).
    const notVisited: FestivalGap[] = [];
    for (const pairing of due) {
      if (visitedLines.has(lineKey(pairing))) continue;
      const { sheet, row, column, cell } = ledger.placeOf('pairings', pairing.row, 'pairingId');
      notVisited.push({
        pairingId: pairing.id,
        leader: pairing.leader.name,
        figure: pairing.figure.name,
        unit: pairing.unit,
        status: open ? 'pending' : 'missed',
        sheet,
        row,
        column,
        cell,
      });
    }
    return {
      name: festival.name,
      date: festival.date,
      windowStart: festival.windowStart,
      windowEnd: festival.windowEnd,
      pairingsDue: due.length,
      visited: due.length - notVisited.length,
      pending: open ? notVisited.length : 0,
      missed: open ? 0 : notVisited.length,
      notVisited,
      ...ledger.placeOf('festivals', festival.row, 'name'),
    };
  });
}
