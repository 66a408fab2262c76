/**
 * 汇总's second step: the candidates checked as the check would check them, in the ledger they
 * would join. The ledger's cells plus the candidates (below each table, where the host will put
 * them, contacts without 记录编号 numbered) are read and checked (readLedger, R4, R5's gates); a
 * candidate with an error at its row is rejected, with the cell in its own file; a unit's copy
 * may only add rows of its own pairings; a numbered contact that repeats an existing one (same
 * pairing, date, form and 联系沟通情况) is skipped. Rejecting a row can make another fail (a
 * contact of a rejected pairing), so this runs until nothing more is taken out.
 */
import { cleanText, matchKey } from '../cellText';
import { pairingHealth } from '../check/r4PairingHealth';
import { countableContacts } from '../check/r5Contacts';
import type { LocalDate } from '../localDate';
import type { Contact, Ledger, Semester } from '../ledger/model';
import { readLedger } from '../ledger/readLedger';
import { type Problem, problemAt, type ProblemCode } from '../problems';
import type { RawWorkbook } from '../rawWorkbook';
import { contactsTable } from '../schema/index';
import type { WrittenValue } from './cellValues';
import { joined, numbered } from './mergeJoin';
import { breakages, errorKey, problemText } from './mergeBreakage';
import { type Candidate, idKeyOf, type MergePlace, placeOn, type Side } from './mergeMatch';
import { type TableRows, textOf } from './tableRows';

/** A returned row not added, where it is in its file, and why (the check's words). */
export interface MergeRejection extends MergePlace {
  readonly code: ProblemCode;
  readonly message: string;
}

/** What became of the candidates: added (with the values written), rejected, or skipped as repeats. */
export interface Validated {
  readonly added: ReadonlyArray<{ readonly candidate: Candidate; readonly values: Record<string, WrittenValue> }>;
  readonly rejected: ReadonlyArray<{ readonly candidate: Candidate; readonly rejection: MergeRejection }>;
  readonly repeats: readonly Candidate[];
}

/** No semester: R5's gates then say of every contact only what needs none (and "in no semester" by the ledger's own). */
const NO_SEMESTER: Semester = {
  id: '',
  name: '',
  start: '0000-01-01' as LocalDate,
  end: '0000-01-01' as LocalDate,
  row: 0,
};

/** A candidate's side of a comparison: its file and table. */
export const sideOf = (candidate: Candidate): Side => ({
  file: candidate.from.file.name,
  csv: candidate.from.file.kind === 'csv',
  table: candidate.table,
  date1904: candidate.from.file.cells.date1904,
});

/** The pairing a candidate row names, when it resolved: its own (a pairing), its contact's, its source contact's. */
function namedPairing(ledger: Ledger, candidate: Candidate, row: number, contacts: ReadonlyMap<number, Contact>) {
  if (candidate.def.sheet === '结对关系') return ledger.pairings.find((pairing) => pairing.row === row);
  if (candidate.def.sheet === '联系记录') return contacts.get(row)?.pairing;
  if (candidate.def.sheet !== '意见办理') return undefined;
  const source = ledger.followUps.find((item) => item.row === row)?.sourceContactId;
  const contactRow = source === undefined ? undefined : ledger.contactIds.get(matchKey(source));
  return contactRow === undefined ? undefined : contacts.get(contactRow)?.pairing;
}

/** The column of a candidate that names its pairing, for a rejection's cell. */
const PAIRING_KEY: Readonly<Record<string, string>> = {
  结对关系: 'unit',
  联系记录: 'pairingId',
  意见办理: 'sourceContactId',
};

/** Checks the candidates in the ledger they would join; see the module comment. */
export function validateCandidates(
  master: RawWorkbook,
  tables: ReadonlyMap<string, TableRows>,
  candidates: readonly Candidate[],
  today: LocalDate,
): Validated {
  const masterIds = new Set((tables.get('联系记录')?.rows ?? []).map((row) => matchKey(textOf(row, 'contactId'))));
  const rejected: Array<Validated['rejected'][number]> = [];
  const repeats: Candidate[] = [];
  // A value under a header the ledger's table lacks could not be written: the row is not added.
  let live = candidates.filter((candidate) => {
    const table = tables.get(candidate.def.sheet);
    const lacking = Object.keys(candidate.values).filter(
      (key) => candidate.values[key] !== undefined && !table?.header.columns.has(key),
    );
    if (lacking.length === 0) return true;
    const found = lacking.map((key) =>
      problemAt(
        'MERGE_COLUMN_MISSING',
        { sheet: candidate.def.sheet, row: 0, column: candidate.def.columns[key]?.header ?? key, cell: '' },
        { header: candidate.def.columns[key]?.header ?? key, sheet: candidate.def.sheet },
      ),
    );
    rejected.push({ candidate, rejection: rejectionOf(candidate, sideOf(candidate), found) });
    return false;
  });
  const errorsOf = (workbook: RawWorkbook) => {
    const read = readLedger(workbook);
    if (!read.ok) throw new Error(`Bug: the ledger stopped reading with rows added: ${read.error.message}`);
    const { ledger } = read.value;
    const problems = [
      ...read.value.problems,
      ...countableContacts(ledger, NO_SEMESTER, today).problems,
      ...pairingHealth(ledger),
    ].filter((problem) => problem.severity === 'error');
    return { ledger, problems };
  };
  // The ledger's own errors before anything is added: those the rows added do not make.
  const baseline = new Set(live.length > 0 ? errorsOf(master).problems.map(errorKey) : []);
  for (;;) {
    const ids = numbered(live, masterIds, today);
    const { workbook, rowOf, valuesOf } = joined(master, tables, live, ids);
    const { ledger, problems } = errorsOf(workbook);
    const broken = breakages(tables, baseline, problems, ledger, live, rowOf);
    const errorsAt = new Map<string, Problem[]>();
    for (const problem of problems) {
      const at = `${problem.sheet}\u0000${problem.row}`;
      errorsAt.set(at, [...(errorsAt.get(at) ?? []), problem]);
    }
    const contacts = new Map(ledger.contacts.map((contact) => [contact.row, contact]));
    const out = new Set<Candidate>();
    for (const candidate of live) {
      const row = rowOf.get(candidate) as number;
      const side = sideOf(candidate);
      const found = [...(errorsAt.get(`${candidate.def.sheet}\u0000${row}`) ?? []), ...(broken.get(candidate) ?? [])];
      const unit = candidate.from.unit;
      const pairing = unit === undefined ? undefined : namedPairing(ledger, candidate, row, contacts);
      if (unit !== undefined && pairing && matchKey(pairing.unit) !== matchKey(unit))
        found.push(
          problemAt(
            'MERGE_OTHER_UNIT',
            { sheet: candidate.def.sheet, row, column: '', cell: '' },
            {
              pairing: pairing.id,
              owner: pairing.unit,
              unit,
            },
          ),
        );
      if (found.length === 0) continue;
      out.add(candidate);
      rejected.push({ candidate, rejection: rejectionOf(candidate, side, found) });
    }
    // A contact numbered here that repeats one already in the ledger, or added before it, is skipped;
    // a group row only when it repeats one for each of its pairings (else some pairing would lose it).
    const seen = new Set<string>();
    const byRow = new Map([...rowOf].filter(([c]) => c.def === contactsTable).map(([c, row]) => [row, c]));
    const repeatedParts = new Map<Candidate, number>();
    for (const contact of ledger.contacts) {
      const candidate = byRow.get(contact.row);
      if (candidate && out.has(candidate)) continue;
      const signature = [matchKey(contact.pairing.id), contact.date, contact.form, cleanText(contact.summary)].join(
        '\u0000',
      );
      if (candidate && !candidate.keyed && seen.has(signature)) {
        const parts = (repeatedParts.get(candidate) ?? 0) + 1;
        repeatedParts.set(candidate, parts);
        if (parts < (contact.group?.length ?? 1)) continue;
        out.add(candidate);
        repeats.push(candidate);
      } else seen.add(signature);
    }
    if (out.size === 0)
      return {
        added: live.map((candidate) => ({ candidate, values: valuesOf.get(candidate) ?? {} })),
        rejected,
        repeats,
      };
    live = live.filter((candidate) => !out.has(candidate));
  }
}

/** One rejection for a row: the first error's cell in the returned file, every error's words. */
function rejectionOf(candidate: Candidate, side: Side, found: readonly Problem[]): MergeRejection {
  const keyOf = (problem: Problem) =>
    Object.entries(candidate.def.columns).find(([, column]) => column.header === problem.column)?.[0] ??
    PAIRING_KEY[candidate.def.sheet] ??
    idKeyOf(candidate.def);
  const [first] = found as [Problem];
  const place = placeOn(side, candidate.row.row, keyOf(first));
  const texts = found.map((problem) => {
    const at = placeOn(side, candidate.row.row, keyOf(problem)).cell;
    return found.length > 1 && at !== '' ? `${at}：${problemText(problem)}` : problemText(problem);
  });
  return { ...place, code: first.code, message: [...new Set(texts)].join('；') };
}
