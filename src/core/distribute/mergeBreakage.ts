/**
 * Rows that would break the ledger's own rows: a new person whose name is already the name a
 * pairing names someone by (the name then tells two people apart no more), a new pairing of two
 * people a contact names by name (the contact then has two pairings to choose from). The check
 * would turn those existing rows into errors, so 汇总 does not add the rows that cause it, and says
 * which row of the ledger they would break.
 */
import { matchKey } from '../cellText';
import type { Ledger } from '../ledger/model';
import { type Problem, problemAt } from '../problems';
import type { Candidate } from './mergeMatch';
import { type TableRows, textOf } from './tableRows';

/** The key of an error for telling which errors adding rows made: sheet, row, code and column. */
export const errorKey = (problem: Problem): string =>
  [problem.sheet, problem.row, problem.code, problem.column].join('\u0000');

/** The text of a problem without its place. */
export const problemText = (problem: Problem): string => problem.message.replace(/^「[^」]*」[A-Z]*\d*：/, '');

/** What each candidate would break, from the errors at the ledger's own rows that were not there before. */
export function breakages(
  tables: ReadonlyMap<string, TableRows>,
  baseline: ReadonlySet<string>,
  errors: readonly Problem[],
  ledger: Ledger,
  live: readonly Candidate[],
  rowOf: ReadonlyMap<Candidate, number>,
): Map<Candidate, Problem[]> {
  const added = new Set(live.map((candidate) => `${candidate.def.sheet}\u0000${rowOf.get(candidate)}`));
  const blamed = new Map<Candidate, Problem[]>();
  const blame = (candidate: Candidate, key: string, broken: Problem) => {
    const place = { sheet: candidate.def.sheet, row: 0, column: candidate.def.columns[key]?.header ?? key, cell: '' };
    const problem = problemAt('MERGE_BREAKS_ROW', place, {
      sheet: broken.sheet,
      row: broken.row,
      problem: problemText(broken),
    });
    blamed.set(candidate, [...(blamed.get(candidate) ?? []), problem]);
  };
  const rawRow = (sheet: string, row: number) => tables.get(sheet)?.rows.find((candidate) => candidate.row === row);
  for (const error of errors) {
    if (baseline.has(errorKey(error)) || added.has(`${error.sheet}\u0000${error.row}`)) continue;
    if (error.code === 'REF_NAME_AMBIGUOUS' && error.sheet === '结对关系') {
      const key = error.column === '干部姓名' ? 'leaderName' : 'figureName';
      const name = matchKey(textOf(rawRow(error.sheet, error.row) ?? { row: 0, cells: {} }, key));
      const sheet = key === 'leaderName' ? '领导干部' : '党外代表人士';
      for (const candidate of live)
        if (candidate.def.sheet === sheet && matchKey(String(candidate.values.name ?? '')) === name)
          blame(candidate, 'name', error);
    }
    if (error.code === 'CONTACT_PAIRING_AMBIGUOUS' && error.sheet === '联系记录') {
      const contact = rawRow(error.sheet, error.row) ?? { row: 0, cells: {} };
      const people = [matchKey(textOf(contact, 'leaderName')), matchKey(textOf(contact, 'figureName'))].join('\u0000');
      for (const candidate of live) {
        if (candidate.def.sheet !== '结对关系') continue;
        const pairing = ledger.pairings.find((found) => found.row === rowOf.get(candidate));
        if (pairing && [matchKey(pairing.leader.name), matchKey(pairing.figure.name)].join('\u0000') === people)
          blame(candidate, 'pairingId', error);
      }
    }
  }
  return blamed;
}
