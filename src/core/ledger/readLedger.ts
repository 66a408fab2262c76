/** From a workbook's raw cells to the `Ledger` the rules run on, with every problem met on the way. */
import { textCell } from '../cell';
import { failure } from '../failures';
import { type Problem, problemAt } from '../problems';
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
import { contactColumns } from './contactColumns';
import { followUpSources } from './followUpSources';
import type { Figure, FollowUp, Leader, Ledger, TableName } from './model';
import { resolveContacts } from './resolveContacts';
import { brokenPairingRows, leftOutKeys, resolvePairings } from './resolvePairings';
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
  problems.push(...unknownUnits(figures, reads.figures, unitNames));

  const { rows: pairingRows, rowOfKey: pairingRowById } = uniqueOf('pairings', 'pairingId');
  const { pairings, unusable } = resolvePairings(
    reads.pairings,
    pairingRows,
    { leaders, figures, leadersLeftOut: reads.leaders.leftOut, figuresLeftOut: reads.figures.leftOut },
    problems,
  );
  // Each 记录编号 kept once and each contact tied to its pairing, in one pass over the rows.
  const broken = brokenPairingRows(reads.pairings, pairingRowById);
  const resolved = resolveContacts(pairings, broken, reads.contacts.rows, reads.contacts.placeOf);
  problems.push(...resolved.problems);
  const contactIds = resolved.rowOfId;
  // Made with the ledger, as every host checks the ledger it reads: a ledger's first check would
  // otherwise pay for them (and a timing of later checks would leave them out).
  contactColumns(resolved.contacts);

  const followUps = unique('followUps', 'itemId');
  const sources = followUpSources(followUps, contactIds);
  problems.push(...sourceProblems(followUps, reads.followUps, sources, reads.contacts.leftOut));

  const placeOf = (table: TableName, row: number, key: string) =>
    (reads[table] as TableRead<TableDef>).placeOf(row, key);
  const ledger: Ledger = {
    settings,
    semesters,
    units,
    leaders,
    figures,
    pairings,
    unusablePairings: unusable,
    contacts: resolved.contacts,
    followUps,
    festivals: reads.festivals.rows,
    indicators: unique('indicators', 'indicatorId'),
    contactIds,
    placeOf,
  };
  return ok({ ledger, problems });
}

/** Figures whose 所在单位 is not in 单位. A loop of its own (as the two below): a loop inside the long
 * function above ran mostly in V8's interpreter on every read. */
function unknownUnits(
  figures: readonly Figure[],
  table: TableRead<typeof figuresTable>,
  unitNames: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const figure of figures)
    if (!unitNames.has(matchKey(figure.unit)))
      problems.push(problemAt('UNIT_UNKNOWN', table.placeOf(figure.row, 'unit'), { value: figure.unit }));
  return problems;
}

/** 意见办理 items whose 来源记录编号 names no contact, or a contact row with an error. */
function sourceProblems(
  items: readonly FollowUp[],
  table: TableRead<typeof followUpsTable>,
  sources: Int32Array,
  contactsLeftOut: readonly LeftOutRow[],
): Problem[] {
  const problems: Problem[] = [];
  let leftOut: Map<string, number> | undefined;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as FollowUp;
    if (item.sourceContactId === undefined || sources[index] !== 0) continue;
    const place = table.placeOf(item.row, 'sourceContactId');
    const row = (leftOut ??= leftOutKeys(contactsLeftOut, 'contactId')).get(matchKey(item.sourceContactId));
    problems.push(
      row === undefined
        ? problemAt('FOLLOW_UP_SOURCE_MISSING', place, { value: item.sourceContactId })
        : problemAt('FOLLOW_UP_SOURCE_INVALID', place, { value: item.sourceContactId, row }),
    );
  }
  return problems;
}
