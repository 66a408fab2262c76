/**
 * The 填报 form's contact, checked by the rules the check applies to a row of 联系记录 before any
 * cell is written, so the ledger never gains a row the next check would refuse.
 */
import { toCell } from '../cell';
import { matchKey } from '../cellText';
import { contactGates, gateProblem } from '../check/r5Contacts';
import type { LocalDate } from '../localDate';
import type { Ledger } from '../ledger/model';
import { type Problem, problemAt } from '../problems';
import { readTable } from '../readTable';
import { err, ok, type Result } from '../result';
import { type ContactRow, contactsTable } from '../schema/contacts';

/** A contact as the 填报 form collects it; text as typed. */
export interface ContactDraft {
  readonly pairingId: string;
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
 * append, keyed by column, or the problems — each naming its column so the form can show it.
 */
export function prepareContact(ledger: Ledger, draft: ContactDraft, today: LocalDate): Result<ContactRow, Problem[]> {
  const contactId = nextContactId(ledger.contactIds.keys(), today);
  const values: Record<string, string | undefined> = { ...draft, contactId, filedOn: today };
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
  const row = read.value.rows[0];
  if (!row) return err(problems);
  const place = (key: keyof ContactRow & string) => read.value.placeOf(2, key);
  const pairing = ledger.pairings.find((candidate) => matchKey(candidate.id) === matchKey(draft.pairingId));
  if (!pairing) problems.push(problemAt('CONTACT_PAIRING_UNKNOWN', place('pairingId'), { value: draft.pairingId }));
  for (const failure of contactGates(pairing, row.date, today)) problems.push(gateProblem(failure, place('date')));
  if (problems.length > 0) return err(problems);
  const { row: _row, ...fields } = row;
  return ok({ ...fields, leaderName: pairing?.leader.name, figureName: pairing?.figure.name });
}
