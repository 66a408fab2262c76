/**
 * The 填报 form's contact, checked by the rules the check applies to a row of 联系记录 before any
 * cell is written, so the ledger never gains a row the next check would refuse.
 */
import { toCell } from '../cell';
import { matchKey } from '../cellText';
import { type ContactGateFailure, contactGates, gateProblem } from '../check/r5Contacts';
import type { LocalDate } from '../localDate';
import { pairingsOfIdList } from '../ledger/groupContacts';
import { groupCellText, isListablePart } from '../ledger/groupList';
import type { Ledger, Pairing } from '../ledger/model';
import { type Place, type Problem, problemAt } from '../problems';
import { readTable } from '../readTable';
import { err, ok, type Result } from '../result';
import { type ContactRow, contactsTable } from '../schema/contacts';

/** A contact as the 填报 form collects it; text as typed. */
export interface ContactDraft {
  /**
   * The 结对编号 as typed (a list, too, read as the check reads the cell), or the 结对编号 of the
   * pairings of one leader that one 座谈会 or 活动 served: a group contact, written as one row.
   */
  readonly pairingId: string | readonly string[];
  readonly date: string;
  readonly form: string;
  readonly summary: string;
  readonly suggestions?: string;
  readonly difficulties?: string;
  readonly note?: string;
  readonly filedBy?: string;
}

/**
 * The next free 记录编号 of the year, in the sample's style: C2026-020. Two people entering at the
 * same moment read the same ledger and would both pick the same number; rather than making every
 * 编号 longer with a part for each writer (C2026-020-K7), the Excel host confirms after writing
 * that no row above holds its 编号 and renumbers the later row with this same function over every
 * 编号 it then sees (workbook/office/keyedAppend.ts). The check keeps the first row of a 编号, so
 * the later row yielding is what the check would ask for; 编号 stay short and in one sequence.
 */
export function nextContactId(existingKeys: Iterable<string>, today: LocalDate): string {
  const year = today.slice(0, 4);
  let highest = 0;
  for (const key of existingKeys) {
    const match = /^c(\d{4})-(\d+)$/i.exec(key);
    if (match && match[1] === year) highest = Math.max(highest, Number(match[2]));
  }
  return `C${year}-${String(highest + 1).padStart(3, '0')}`;
}

/**
 * Checks a contact before it is written, with the same rules the check applies to a row of 联系记录
 * (value lists, dates, the pairing and its active span, no date after today). Gives the row to
 * append, keyed by column, or the problems — each naming its column so the form can show it. A
 * group contact is written as the check reads one: its 结对编号 joined with 、, its one leader's
 * name, its figures' names joined the same way.
 */
export function prepareContact(ledger: Ledger, draft: ContactDraft, today: LocalDate): Result<ContactRow, Problem[]> {
  const contactId = nextContactId(ledger.contactIds.keys(), today);
  const chosen = typeof draft.pairingId === 'string' ? [draft.pairingId] : draft.pairingId;
  const pairingId = chosen.length === 1 ? (chosen[0] as string) : groupCellText(chosen);
  const values: Record<string, string | undefined> = { ...draft, pairingId, contactId, filedOn: today };
  const columns = Object.entries(contactsTable.columns);
  const sheet = {
    name: contactsTable.sheet,
    rows: [columns.map(([, column]) => toCell(column.header)), columns.map(([key]) => toCell(values[key]))],
  };
  const read = readTable(sheet, contactsTable, false);
  // Row 1 holds every header of the schema, so the header is always found: failing here is a bug.
  if (!read.ok)
    throw new Error(`Bug: the 联系记录 header row built from the schema did not read: ${read.error.message}`);
  const problems: Problem[] = [...read.value.problems];
  const place = (key: keyof ContactRow & string) => read.value.placeOf(2, key);
  // No pairing chosen is said as such, beside whatever else the form lacks, so one round shows it all.
  const unnamed = chosen.every((id) => id.trim() === '');
  if (unnamed) problems.unshift(problemAt('CONTACT_PAIRING_EMPTY', place('pairingId'), {}));
  const row = read.value.rows[0];
  if (!row) return err(problems);
  // An ID holding a separator would be read back as several: such a pairing is entered on its own.
  const unlistable = chosen.length > 1 ? chosen.filter((id) => !isListablePart(id)) : [];
  for (const value of unlistable)
    problems.push(problemAt('CONTACT_GROUP_ID_UNLISTABLE', place('pairingId'), { value }));
  const pairings =
    unlistable.length > 0 || unnamed ? [] : pairingsNamed(ledger, row.pairingId ?? '', place('pairingId'), problems);
  const leaders = [...new Set(pairings.map((pairing) => pairing.leader))];
  if (leaders.length > 1)
    problems.push(
      problemAt('CONTACT_GROUP_MIXED_LEADERS', place('pairingId'), { leaders: leaders.map((leader) => leader.name) }),
    );
  if (pairings.length === 0) problems.push(...contactGates(undefined, row.date, today).map(atDate(place)));
  for (const pairing of pairings) {
    // The date's own gate once; each pairing's span for each.
    const failures = contactGates(pairing, row.date, today);
    const own = pairing === pairings[0] ? failures : failures.filter((f) => f.code === 'CONTACT_OUTSIDE_PAIRING');
    problems.push(...own.map(atDate(place)));
  }
  if (problems.length > 0) return err(problems);
  const { row: _row, ...fields } = row;
  const [first] = pairings;
  return ok({
    ...fields,
    leaderName: first?.leader.name,
    figureName: groupCellText([...new Set(pairings.map((pairing) => pairing.figure.name))]),
  });
}

const atDate = (place: (key: 'date') => Place) => (failure: ContactGateFailure) => gateProblem(failure, place('date'));

/**
 * The pairings a 结对编号 cell names, found as the check finds them: the one pairing of that ID, or
 * each of a list's. What is unknown or written twice is added to `problems`.
 */
function pairingsNamed(ledger: Ledger, text: string, place: Place, problems: Problem[]): Pairing[] {
  const byKey = (id: string) => ledger.pairings.find((candidate) => matchKey(candidate.id) === matchKey(id));
  const single = byKey(text);
  if (single) return [single];
  const group = pairingsOfIdList(text, { pairingOf: byKey, brokenRowOf: () => undefined }, () => place);
  if (!group) {
    problems.push(problemAt('CONTACT_PAIRING_UNKNOWN', place, { value: text }));
    return [];
  }
  problems.push(...group.problems);
  return group.pairings;
}
