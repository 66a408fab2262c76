/**
 * The 登记表's content for one pairing and semester, counted with the check's own R1 and R5 so a
 * form never shows a contact the check would not count.
 */
import { pairingsByFigure, predecessorsInSemester } from '../check/r1ContactFrequency';
import { countableContacts } from '../check/r5Contacts';
import { formatChineseDate, type LocalDate } from '../localDate';
import type { Contact, Ledger, Pairing, Semester } from '../ledger/model';
import { saysSomething } from '../noneText';

/** What one 登记表 says: one pairing in one semester, as the policy's attachment lays it out. */
export interface RegistrationForm {
  readonly pairing: Pairing;
  readonly semester: Semester;
  readonly schoolName: string;
  readonly filledOn: LocalDate;
  readonly leader: { readonly name: string; readonly post: string };
  readonly figure: { readonly name: string; readonly post: string };
  /** 联系沟通情况: one line per contact — date, form, summary (a group contact marked as one). */
  readonly contactLines: readonly string[];
  /** 联谊对象提出的意见建议: every 意见建议 and 困难诉求 of those contacts. */
  readonly opinionLines: readonly string[];
  /** 备注: the contacts' notes and the handover, either way. */
  readonly noteLines: readonly string[];
}

const day = formatChineseDate;

function handoverNotes(pairing: Pairing, sameFigure: readonly Pairing[], semester: Semester): string[] {
  const notes = predecessorsInSemester(sameFigure, pairing, semester).map((previous) => {
    const how =
      pairing.handoverNote ??
      `原由${previous.leader.name}联系，${day(pairing.start)}起由${pairing.leader.name}接续联系。`;
    const reason = previous.changeReason ? `，${previous.changeReason}` : '';
    return `交接：${how}（原结对 ${previous.id}：${previous.leader.name}，${day(previous.end as LocalDate)}结束${reason}）`;
  });
  const successor = sameFigure.find(
    (other) => other.level === pairing.level && pairing.end !== undefined && other.start > pairing.end,
  );
  if (pairing.end !== undefined && pairing.end <= semester.end) {
    const reason = pairing.changeReason ? `（${pairing.changeReason}）` : '';
    const next = successor ? `，由${successor.leader.name}接续联系（结对 ${successor.id}）` : '';
    notes.push(`本结对于${day(pairing.end)}结束${reason}${next}。`);
  }
  return notes;
}

/** After a group row's line: the 座谈会 or 活动 served several pairings, this form's among them. */
const GROUP_MARK = '（集体活动）';

function contactNotes(contacts: readonly Contact[]): {
  contactLines: string[];
  opinionLines: string[];
  noteLines: string[];
} {
  const sorted = [...contacts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  return {
    contactLines: sorted.map(
      (contact) => `${day(contact.date)}，${contact.form}：${contact.summary}${contact.group ? GROUP_MARK : ''}`,
    ),
    opinionLines: sorted.flatMap((contact) => [
      ...(saysSomething(contact.suggestions) ? [`意见建议（${day(contact.date)}）：${contact.suggestions}`] : []),
      ...(saysSomething(contact.difficulties) ? [`困难诉求（${day(contact.date)}）：${contact.difficulties}`] : []),
    ]),
    noteLines: sorted.flatMap((contact) =>
      saysSomething(contact.note) ? [`${day(contact.date)}：${contact.note}`] : [],
    ),
  };
}

/**
 * The 登记表 of each given pairing for semester S, filled on `today` (填表时间). Contacts are those
 * the check counts for S: dated no later than today, within the pairing's span.
 */
export function registrationForms(
  ledger: Ledger,
  semester: Semester,
  pairings: readonly Pairing[],
  today: LocalDate,
): RegistrationForm[] {
  const { bySemesterPairing } = countableContacts(ledger, semester, today);
  const byFigure = pairingsByFigure(ledger.pairings);
  return pairings.map((pairing) => {
    const notes = contactNotes(bySemesterPairing.get(pairing) ?? []);
    return {
      pairing,
      semester,
      schoolName: ledger.settings.schoolName,
      filledOn: today,
      leader: { name: pairing.leader.name, post: pairing.leader.post },
      figure: { name: pairing.figure.name, post: pairing.figure.post ?? '' },
      contactLines: notes.contactLines,
      opinionLines: notes.opinionLines,
      noteLines: [...notes.noteLines, ...handoverNotes(pairing, byFigure.get(pairing.figure) ?? [], semester)],
    };
  });
}
