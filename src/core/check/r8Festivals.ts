/**
 * R8 — festival visits (重大节日走访): at each festival of the semester, every pairing active on the
 * festival day needs a visit in its window, of a 联系形式 named in 设置 节日走访形式.
 */
import { matchKey } from '../cellText';
import { type Contact, type Festival, isActiveOn, type Ledger, type Pairing, type Semester } from '../ledger/model';
import { contactColumns } from '../ledger/contactColumns';
import { inSomeSpan, type PairingDaySpans, pairingDaySpans, passesGates, semesterDaySpans } from '../ledger/daySpans';
import { dayNumber, type LocalDate } from '../localDate';
import type { Place } from '../problems';
import { LEVELS } from '../schema/valueLists';
import type { FestivalGap, FestivalResult } from './checkResult';

const NONE: readonly number[] = [];

/** Pairings that continue one another (same figure, same level) share their visits, as R1 shares contacts. */
// A number, not a string: a key is made for every pairing at every festival (tens of thousands).
const lineKey = (pairing: Pairing): number => pairing.figure.row * LEVELS.length + LEVELS.indexOf(pairing.level);

/** Each day from the first window's start to the last one's end, with the festivals whose window holds it. */
interface WindowDays {
  readonly first: number;
  readonly last: number;
  readonly onDay: ReadonlyArray<readonly number[]>;
}

/** The festivals' windows by day, no further than the contacts' days go (a mistyped year stays small). */
function windowDays(festivals: readonly Festival[], days: Int32Array): WindowDays {
  let earliest = Infinity;
  let latest = -Infinity;
  for (let at = 0; at < days.length; at++) {
    const day = days[at] as number;
    if (day < earliest) earliest = day;
    if (day > latest) latest = day;
  }
  const starts = festivals.map((festival) => dayNumber(festival.windowStart));
  const ends = festivals.map((festival) => dayNumber(festival.windowEnd));
  const first = Math.max(Math.min(...starts), earliest);
  const last = Math.min(Math.max(...ends), latest);
  const onDay = new Array<readonly number[]>(Math.max(0, last - first + 1)).fill(NONE);
  festivals.forEach((_, index) => {
    for (let day = Math.max(starts[index] as number, first); day <= Math.min(ends[index] as number, last); day++)
      onDay[day - first] = [...(onDay[day - first] as number[]), index];
  });
  return { first, last, onDay };
}

/**
 * The lines visited at each festival, in one pass over the contacts (a ledger has hundreds of
 * thousands). A contact in a festival's window is a visit when its form is one of 节日走访形式 and it
 * counts at all: R5's gates (no later than today, inside its pairing's span) and a semester of its
 * own, compared in day numbers (contactColumns.ts says why). A contact's day finds its festivals in
 * one look-up, and its gates are asked once, not once per festival.
 */
function visitedLinesOf(
  ledger: Ledger,
  festivals: readonly Festival[],
  forms: ReadonlySet<string>,
  spans: PairingDaySpans,
  today: LocalDate,
): Array<Set<number>> {
  const visited = festivals.map(() => new Set<number>());
  const { contacts } = ledger;
  const { days, pairingRows } = contactColumns(contacts);
  const { first, last, onDay } = windowDays(festivals, days);
  const semesters = semesterDaySpans(ledger.semesters);
  const todayDay = dayNumber(today);
  const visitForms = new Map<string, boolean>();
  // Plain loops: a closure per contact would be an allocation per contact.
  for (let at = 0; at < contacts.length; at++) {
    const day = days[at] as number;
    // Bounds first: an index outside the array is a slow property look-up.
    if (day < first || day > last) continue;
    const held = onDay[day - first] as readonly number[];
    if (held.length === 0) continue;
    const row = pairingRows[at] as number;
    if (!passesGates(spans, row, day, todayDay)) continue;
    const contact = contacts[at] as Contact;
    // Whether a form is a visit, asked once per form (a ledger writes a handful, from the dropdown).
    let visit = visitForms.get(contact.form);
    if (visit === undefined) visitForms.set(contact.form, (visit = forms.has(matchKey(contact.form))));
    if (!visit || !inSomeSpan(semesters, day)) continue;
    const line = lineKey(contact.pairing);
    for (const index of held) visited[index]?.add(line);
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
  const spans = pairingDaySpans(ledger.pairings);
  const visited = visitedLinesOf(ledger, festivals, forms, spans, today);
  // A pairing missing several festivals is listed at the same cell each time: its place made once (by row).
  const places = new Array<Place | undefined>(spans.first.length).fill(undefined);
  const placeOfPairing = (pairing: Pairing): Place =>
    (places[pairing.row] ??= ledger.placeOf('pairings', pairing.row, 'pairingId'));
  return festivals.map((festival, index) => {
    const visitedLines = visited[index] ?? new Set<number>();
    const due = festivalDue(ledger, festival.date);
    const open = today <= festival.windowEnd;
    // One pass over the pairings due (every pairing at a festival still to come: tens of thousands).
    const notVisited: FestivalGap[] = [];
    for (const pairing of due) {
      if (visitedLines.has(lineKey(pairing))) continue;
      const { sheet, row, column, cell } = placeOfPairing(pairing);
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
