/**
 * R8 — festival visits (重大节日走访): at each festival of the semester, every pairing active on the
 * festival day needs a visit in its window, of a 联系形式 named in 设置 节日走访形式.
 */
import { matchKey } from '../cellText';
import { type Contact, type Festival, isActiveOn, type Ledger, type Pairing, type Semester } from '../ledger/model';
import { semesterContaining } from '../ledger/semesters';
import type { LocalDate } from '../localDate';
import type { FestivalResult, FestivalVisitStatus } from './checkResult';
import { contactGates } from './r5Contacts';

/** Pairings that continue one another (same figure, same level) share their visits, as R1 shares contacts. */
const lineKey = (pairing: Pairing): string => `${pairing.figure.row}\u0000${pairing.level}`;

/** Whether a contact in a festival's window counts at all (R5's gates and a semester of its own) and is a visit. */
function isVisit(ledger: Ledger, contact: Contact, forms: ReadonlySet<string>, today: LocalDate) {
  return (
    forms.has(matchKey(contact.form)) &&
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
): Array<Set<string>> {
  const visited = festivals.map(() => new Set<string>());
  // Plain loops: a closure per contact would be an allocation per contact.
  for (const contact of ledger.contacts)
    for (let index = 0; index < festivals.length; index++) {
      const festival = festivals[index] as Festival;
      if (festival.windowStart <= contact.date && contact.date <= festival.windowEnd)
        if (isVisit(ledger, contact, forms, today)) visited[index]?.add(lineKey(contact.pairing));
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
    const visitedLines = visited[index] ?? new Set<string>();
    const due = festivalDue(ledger, festival.date);
    const statusOf = (pairing: Pairing): FestivalVisitStatus =>
      visitedLines.has(lineKey(pairing)) ? 'visited' : today <= festival.windowEnd ? 'pending' : 'missed';
    const statuses = due.map((pairing) => ({ pairing, status: statusOf(pairing) }));
    const count = (status: FestivalVisitStatus) => statuses.filter((entry) => entry.status === status).length;
    return {
      name: festival.name,
      date: festival.date,
      windowStart: festival.windowStart,
      windowEnd: festival.windowEnd,
      pairingsDue: due.length,
      visited: count('visited'),
      pending: count('pending'),
      missed: count('missed'),
      notVisited: statuses
        .filter((entry) => entry.status !== 'visited')
        .map(({ pairing, status }) => ({
          pairingId: pairing.id,
          leader: pairing.leader.name,
          figure: pairing.figure.name,
          unit: pairing.unit,
          status: status as Exclude<FestivalVisitStatus, 'visited'>,
          ...ledger.placeOf('pairings', pairing.row, 'pairingId'),
        })),
      ...ledger.placeOf('festivals', festival.row, 'name'),
    };
  });
}
