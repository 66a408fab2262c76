/** From a workbook's raw cells to the `Ledger` the rules run on, with every problem met on the way. */
import { textCell } from '../cell';
import { failure } from '../failures';
import type { Place, Problem } from '../problems';
import { problemAt } from '../problems';
import { findSheet, type LedgerReadFailure, type RawWorkbook } from '../rawWorkbook';
import { type LeftOutRow, readTable, type TableRead } from '../readTable';
import { err, ok, type Result } from '../result';
import type { TableDef } from '../schema/columns';
import {
  contactsTable,
  festivalsTable,
  figuresTable,
  followUpsTable,
  indicatorsTable,
  leadersTable,
  OPTIONAL_TABLES,
  pairingsTable,
  semestersTable,
  settingsTable,
  unitsTable,
} from '../schema/index';
import { matchKey } from '../cellText';
import type { Figure, Leader, Ledger, Pairing, TableName, UnusablePairing } from './model';
import { PersonIndex } from './resolvePerson';
import { ContactResolver } from './resolveContacts';
import { readSemesters } from './semesters';
import { readSettings } from './settings';
import { uniqueRows } from './uniqueIds';

const TABLES = {
  settings: settingsTable,
  semesters: semestersTable,
  units: unitsTable,
  leaders: leadersTable,
  figures: figuresTable,
  pairings: pairingsTable,
  contacts: contactsTable,
  followUps: followUpsTable,
  festivals: festivalsTable,
  indicators: indicatorsTable,
} as const;

type Reads = { [K in TableName]: TableRead<(typeof TABLES)[K]> };

function readAll(workbook: RawWorkbook): Result<Reads, LedgerReadFailure> {
  const reads: Partial<Record<TableName, TableRead<TableDef>>> = {};
  for (const [name, def] of Object.entries(TABLES) as Array<[TableName, TableDef]>) {
    // A version-1 ledger has no 重大节日 or 考核指标: read as an empty table (the upgrade adds them).
    const sheet =
      findSheet(workbook, def.sheet) ??
      (OPTIONAL_TABLES.includes(def.sheet)
        ? { name: def.sheet, rows: [Object.values(def.columns).map((column) => textCell(column.header))] }
        : undefined);
    if (!sheet) return err({ ...failure('missingSheet', { sheet: def.sheet }), sheet: def.sheet });
    const read = readTable(sheet, def, workbook.date1904);
    if (!read.ok) return read;
    reads[name] = read.value;
  }
  return ok(reads as Reads);
}

/** A ledger and what reading it found wrong. */
export interface LedgerRead {
  readonly ledger: Ledger;
  /** Problems found while reading: cell values, duplicate 编号, references, semesters. */
  readonly problems: readonly Problem[];
}

/**
 * Reads the eight tables of a workbook into a `Ledger`. Fails only when the workbook is not a
 * ledger (a sheet or a required column is missing); a bad row is a problem, never a failure.
 */
export function readLedger(workbook: RawWorkbook): Result<LedgerRead, LedgerReadFailure> {
  const all = readAll(workbook);
  if (!all.ok) return all;
  const reads = all.value;
  const problems: Problem[] = [...Object.values(reads).flatMap((read) => read.problems)];
  const uniqueOf = <K extends 'semesters' | 'leaders' | 'figures' | 'pairings' | 'followUps' | 'indicators'>(
    name: K,
    key: Parameters<typeof uniqueRows<(typeof TABLES)[K]>>[1],
  ) => {
    const result = uniqueRows(reads[name] as TableRead<(typeof TABLES)[K]>, key);
    problems.push(...result.problems);
    return result;
  };
  const unique = <K extends 'semesters' | 'leaders' | 'figures' | 'followUps' | 'indicators'>(
    name: K,
    key: Parameters<typeof uniqueRows<(typeof TABLES)[K]>>[1],
  ) => uniqueOf(name, key).rows;

  const { settings, problems: settingProblems } = readSettings(reads.settings);
  const { semesters, problems: semesterProblems } = readSemesters({
    ...reads.semesters,
    rows: unique('semesters', 'semesterId'),
  });
  problems.push(...settingProblems, ...semesterProblems);

  const units = reads.units.rows;
  const unitNames = new Set(units.map((unit) => matchKey(unit.name)));
  const leaders: Leader[] = unique('leaders', 'leaderId');
  const figures: Figure[] = unique('figures', 'figureId');
  for (const figure of figures) {
    if (!unitNames.has(matchKey(figure.unit)))
      problems.push(problemAt('UNIT_UNKNOWN', reads.figures.placeOf(figure.row, 'unit'), { value: figure.unit }));
  }

  const { rows: pairingRows, rowOfKey: pairingRowById } = uniqueOf('pairings', 'pairingId');
  const { pairings, unusable } = resolvePairings(reads, pairingRows, leaders, figures, problems);
  // A contact naming a pairing row that has an error says so, whether the row was left out or did not resolve.
  const brokenPairingRows = leftOutKeys(reads.pairings.leftOut, 'pairingId');
  for (const [key, row] of pairingRowById) brokenPairingRows.set(key, row);
  // Each 记录编号 kept once and each contact tied to its pairing, in one pass over the rows.
  const resolved = new ContactResolver(pairings, brokenPairingRows, reads.contacts.rows.length);
  resolved.addAll(reads.contacts.rows, reads.contacts.placeOf);
  problems.push(...resolved.problems);
  const contactIds = resolved.rowOfId;

  const followUps = unique('followUps', 'itemId');
  const leftOutContacts = leftOutKeys(reads.contacts.leftOut, 'contactId');
  for (const item of followUps) {
    if (item.sourceContactId === undefined || contactIds.has(matchKey(item.sourceContactId))) continue;
    const place = reads.followUps.placeOf(item.row, 'sourceContactId');
    const row = leftOutContacts.get(matchKey(item.sourceContactId));
    problems.push(
      row === undefined
        ? problemAt('FOLLOW_UP_SOURCE_MISSING', place, { value: item.sourceContactId })
        : problemAt('FOLLOW_UP_SOURCE_INVALID', place, { value: item.sourceContactId, row }),
    );
  }

  const placeOf = (table: TableName, row: number, key: string) =>
    (reads[table] as TableRead<TableDef>).placeOf(row, key);
  const ledger: Ledger = {
    settings,
    semesters,
    units,
    leaders,
    figures,
    pairings,
    unusablePairings: [
      ...reads.pairings.leftOut.map(({ row, text }) => ({ row, leaderId: text.leaderId, leaderName: text.leaderName })),
      ...unusable,
    ],
    contacts: resolved.contacts,
    followUps,
    festivals: reads.festivals.rows,
    indicators: unique('indicators', 'indicatorId'),
    contactIds,
    placeOf,
  };
  return ok({ ledger, problems });
}

/** The rows of a table left out for an error, by the key of one column's text (the first row of each). */
function leftOutKeys(rows: readonly LeftOutRow[], column: string): Map<string, number> {
  const keys = new Map<string, number>();
  for (const { row, text } of rows) {
    const value = text[column];
    if (value !== undefined && !keys.has(matchKey(value))) keys.set(matchKey(value), row);
  }
  return keys;
}

function resolvePairings(
  reads: Reads,
  rows: ReturnType<typeof uniqueRows<typeof pairingsTable>>['rows'],
  leaders: Leader[],
  figures: Figure[],
  problems: Problem[],
): { pairings: Pairing[]; unusable: UnusablePairing[] } {
  const leaderIndex = new PersonIndex(leaders, (leader) => leader.leaderId, leadersTable.sheet, {
    rows: reads.leaders.leftOut,
    idKey: 'leaderId',
  });
  const figureIndex = new PersonIndex(figures, (figure) => figure.figureId, figuresTable.sheet, {
    rows: reads.figures.leftOut,
    idKey: 'figureId',
  });
  const pairings: Pairing[] = [];
  const unusable: UnusablePairing[] = [];
  const at = reads.pairings.placeOf as (row: number, key: string) => Place;
  const leaderWhere = { at, idKey: 'leaderId', nameKey: 'leaderName' };
  const figureWhere = { at, idKey: 'figureId', nameKey: 'figureName' };
  for (const value of rows) {
    const { row } = value;
    const leader = leaderIndex.resolve(value.leaderId, value.leaderName, row, leaderWhere, problems);
    const figure = figureIndex.resolve(value.figureId, value.figureName, row, figureWhere, problems);
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
  return { pairings, unusable };
}
