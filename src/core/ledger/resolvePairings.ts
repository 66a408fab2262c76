/**
 * 结对关系 rows as read become pairings: each names its leader and figure by 编号 or a unique 姓名,
 * and a row that names no one who can be found, or ends before it starts, is unusable.
 */
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import type { LeftOutRow, Located, TableRead } from '../readTable';
import { figuresTable, leadersTable, type pairingsTable } from '../schema/index';
import type { PairingRow } from '../schema/pairings';
import type { Figure, Leader, Pairing, UnusablePairing } from './model';
import { personIndex, resolvePerson } from './resolvePerson';

/** The rows of a table left out for an error, by the key of one column's text (the first row of each). */
export function leftOutKeys(rows: readonly LeftOutRow[], column: string): Map<string, number> {
  const keys = new Map<string, number>();
  for (const { row, text } of rows) {
    const value = text[column];
    if (value !== undefined && !keys.has(matchKey(value))) keys.set(matchKey(value), row);
  }
  return keys;
}

/** The tables a pairing's people are found in: their rows kept and those left out for an error. */
export interface PeopleTables {
  readonly leaders: readonly Leader[];
  readonly figures: readonly Figure[];
  readonly leadersLeftOut: readonly LeftOutRow[];
  readonly figuresLeftOut: readonly LeftOutRow[];
}

// Made once, not per read: with a new function each read, V8 compiled it and personIndex's loop
// again at every read (--trace-opt).
const leaderIdOf = (leader: Leader): string => leader.leaderId;
const figureIdOf = (figure: Figure): string => figure.figureId;

/** The pairings of the rows kept (one per 结对编号), and the rows that cannot be used; problems go to `problems`. */
export function resolvePairings(
  table: TableRead<typeof pairingsTable>,
  rows: ReadonlyArray<Located<PairingRow>>,
  people: PeopleTables,
  problems: Problem[],
): { pairings: Pairing[]; unusable: UnusablePairing[] } {
  const leaderIndex = personIndex(people.leaders, leaderIdOf, leadersTable.sheet, {
    rows: people.leadersLeftOut,
    idKey: 'leaderId',
  });
  const figureIndex = personIndex(people.figures, figureIdOf, figuresTable.sheet, {
    rows: people.figuresLeftOut,
    idKey: 'figureId',
  });
  const pairings: Pairing[] = [];
  const unusable: UnusablePairing[] = [];
  const at = table.placeOf as (row: number, key: string) => Place;
  const leaderWhere = { at, idKey: 'leaderId', nameKey: 'leaderName' };
  const figureWhere = { at, idKey: 'figureId', nameKey: 'figureName' };
  for (const value of rows) {
    const { row } = value;
    const leader = resolvePerson(leaderIndex, value.leaderId, value.leaderName, row, leaderWhere, problems);
    const figure = resolvePerson(figureIndex, value.figureId, value.figureName, row, figureWhere, problems);
    const datesWrong = value.end !== undefined && value.end < value.start;
    if (datesWrong) problems.push(problemAt('PAIRING_DATES_INVALID', at(row, 'end'), { pairing: value.pairingId }));
    if (!leader || !figure || datesWrong) {
      unusable.push({ row, leaderId: value.leaderId, leaderName: value.leaderName });
      continue;
    }
    pairings.push({
      id: value.pairingId,
      level: value.level,
      leader,
      figure,
      unit: value.unit ?? figure.unit,
      start: value.start,
      end: value.end,
      changeReason: value.changeReason,
      handoverNote: value.handoverNote,
      filedOn: value.filedOn,
      row,
    });
  }
  unusable.unshift(
    ...table.leftOut.map(({ row, text }) => ({ row, leaderId: text.leaderId, leaderName: text.leaderName })),
  );
  return { pairings, unusable };
}

/**
 * The 结对关系 rows a contact may name that have an error, by 结对编号 key: left out for a bad cell, or
 * kept but not resolved to a pairing. A contact naming one says so, not that the pairing is missing.
 */
export function brokenPairingRows(
  table: TableRead<typeof pairingsTable>,
  rowOfKey: ReadonlyMap<string, number>,
): Map<string, number> {
  const broken = leftOutKeys(table.leftOut, 'pairingId');
  for (const [key, row] of rowOfKey) broken.set(key, row);
  return broken;
}
