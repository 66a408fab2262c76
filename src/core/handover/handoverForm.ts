/**
 * What the 交接单 says about each pairing handed over: the figure, since when, the last contact and
 * how many this academic year (counted as the check counts them, predecessors included), the
 * 意见办理 items still open, and notes for whoever takes over.
 */
import { lastContactOf, pairingsByFigure } from '../check/r1ContactFrequency';
import { countableContacts } from '../check/r5Contacts';
import { followUpDue } from '../check/r7DueDates';
import { matchKey } from '../cellText';
import { academicYearOf, semesterContaining } from '../ledger/semesters';
import { formatChineseDate, type LocalDate } from '../localDate';
import type { Contact, Leader, Ledger, Pairing, Semester } from '../ledger/model';
import { FOLLOW_UP_DONE } from '../schema/valueLists';

/** One pairing's fate: taken over by a successor in a new pairing, or ended. */
export interface PairingHandover {
  readonly pairing: Pairing;
  readonly successor?: { readonly leader: Leader; readonly pairingId: string; readonly start: LocalDate };
}

/** An open 意见办理 item raised through the pairing's contacts. */
export interface OpenItem {
  readonly itemId: string;
  readonly content: string;
  readonly department: string;
  readonly due: LocalDate | undefined;
}

/** One pairing on the 交接单. */
export interface HandoverEntry extends PairingHandover {
  readonly lastContact: LocalDate | null;
  readonly contactsThisYear: number;
  readonly openItems: readonly OpenItem[];
  readonly notes: readonly string[];
}

/** The 交接单's content. */
export interface HandoverForm {
  readonly schoolName: string;
  readonly on: LocalDate;
  readonly reason: string;
  /** Who leaves: a leader (移交人) or a figure. */
  readonly leaving: {
    readonly role: 'leader' | 'figure';
    readonly name: string;
    readonly unit: string;
    readonly post: string;
    readonly status: string;
  };
  /** e.g. 2026-2027学年: the year `contactsThisYear` counts. */
  readonly academicYear: string;
  readonly entries: readonly HandoverEntry[];
}

/** The semesters of the academic year `date` falls in: by 学期编号 (2026-2027-1, -2), else by the calendar. */
function yearSemesters(ledger: Ledger, date: LocalDate): { name: string; semesters: Semester[] } {
  const containing = semesterContaining(ledger.semesters, date);
  const fromId = containing && /^\d{4}-\d{4}/.exec(containing.id)?.[0];
  const start = academicYearOf(date);
  const year = fromId ?? `${start}-${start + 1}`;
  return { name: `${year}学年`, semesters: ledger.semesters.filter((semester) => semester.id.startsWith(year)) };
}

/** Earlier pairings of the same figure at the same level: their history continues into `pairing`. */
const lineOf = (pairing: Pairing, sameFigure: readonly Pairing[]): Pairing[] => [
  pairing,
  ...sameFigure.filter((other) => other.level === pairing.level && other.start < pairing.start),
];

/** The 交接单's entries for the pairings handed over, counted up to `asOf` (the handover day, or today if earlier). */
export function handoverEntries(
  ledger: Ledger,
  handovers: readonly PairingHandover[],
  on: LocalDate,
  asOf: LocalDate,
): { academicYear: string; entries: HandoverEntry[] } {
  const year = yearSemesters(ledger, asOf);
  // Any semester gives every pairing's latest countable contact; without one there is none to count.
  const anySemester = year.semesters[0] ?? ledger.semesters[0];
  const counted = anySemester ? countableContacts(ledger, anySemester, asOf) : undefined;
  const latest = counted?.latest ?? new Map<Pairing, LocalDate>();
  const inYear = new Map<Pairing, Contact[]>();
  for (const semester of year.semesters)
    for (const [pairing, contacts] of countableContacts(ledger, semester, asOf).bySemesterPairing)
      inYear.set(pairing, [...(inYear.get(pairing) ?? []), ...contacts]);
  const byFigure = pairingsByFigure(ledger.pairings);
  const entries = handovers.map((handover): HandoverEntry => {
    const { pairing, successor } = handover;
    const line = lineOf(pairing, byFigure.get(pairing.figure) ?? []);
    const lastContact = lastContactOf(pairing, byFigure.get(pairing.figure) ?? [], latest);
    const contacts = ledger.contacts.filter((contact) => line.includes(contact.pairing));
    const sources = new Set(contacts.map((contact) => matchKey(contact.contactId)));
    const openItems = ledger.followUps
      .filter(
        (item) =>
          !FOLLOW_UP_DONE.includes(item.status) &&
          item.sourceContactId !== undefined &&
          sources.has(matchKey(item.sourceContactId)),
      )
      .map((item) => ({
        itemId: item.itemId,
        content: item.content,
        department: item.department ?? '',
        due: followUpDue(item, ledger.settings),
      }));
    const last = contacts.filter((contact) => contact.date === lastContact).at(-1);
    const day = formatChineseDate;
    const notes = [
      successor
        ? `自${day(successor.start)}起由${successor.leader.name}同志接续联系（新结对 ${successor.pairingId}）。`
        : `本结对于${day(on)}结束，不再接续。`,
      ...(last ? [`最近一次联系：${day(last.date)}，${last.form}：${last.summary}`] : []),
      ...(pairing.handoverNote ? [`原交接说明：${pairing.handoverNote}`] : []),
    ];
    return {
      ...handover,
      lastContact,
      contactsThisYear: line.reduce((sum, each) => sum + (inYear.get(each)?.length ?? 0), 0),
      openItems,
      notes,
    };
  });
  return { academicYear: year.name, entries };
}
