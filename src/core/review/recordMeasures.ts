/**
 * The measures of the year the semester checks do not count: 备案及时率, 意见登记率, 台账规范率 and
 * 交接及时率 (SPEC §5b), each case counted for the unit of its pairing and each shortfall named.
 */
import { registeredContactRows } from '../ledger/followUpSources';
import { addDays, dayNumber, type LocalDate } from '../localDate';
import { type Ledger, type Pairing } from '../ledger/model';
import { saysSomething } from '../noneText';
import type { Problem } from '../problems';
import { contactsTable } from '../schema/contacts';
import { pairingsTable } from '../schema/pairings';
import type { UnitTally } from './unitTally';

/** Days after a pairing ends within which the next pairing of the same figure and level must start. */
export const HANDOVER_DAYS = 30;

/** The year as measured: its first day and the last day measured (its end, or today if earlier). */
export interface YearSpan {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const activeIn = (pairing: Pairing, span: YearSpan): boolean =>
  pairing.start <= span.end && (pairing.end === undefined || pairing.end >= span.start);

/** 备案及时率: the unit's 院级 pairings active in the year, filed within 备案期限天数 of their start. */
function filing(tally: UnitTally, ledger: Ledger, span: YearSpan): void {
  const limit = ledger.settings.filingDays;
  for (const pairing of ledger.pairings) {
    if (pairing.level !== '院级' || !activeIn(pairing, span)) continue;
    const filed = pairing.filedOn;
    const inTime = filed !== undefined && dayNumber(filed) - dayNumber(pairing.start) <= limit;
    tally.count(pairing.unit, '备案及时率', inTime, `${pairing.id} ${filed === undefined ? '未报备案' : '备案逾期'}`);
  }
}

/** 意见登记率: the unit's contacts of the year with 意见建议 or 困难诉求 that a 意见办理 row names. */
function registration(tally: UnitTally, ledger: Ledger, span: YearSpan): void {
  const registered = registeredContactRows(ledger);
  for (const contact of ledger.contacts) {
    if (contact.date < span.start || contact.date > span.end) continue;
    if (!saysSomething(contact.suggestions) && !saysSomething(contact.difficulties)) continue;
    tally.count(
      contact.pairing.unit,
      '意见登记率',
      registered.has(contact.row),
      `${contact.contactId} 意见诉求未登记办理`,
    );
  }
}

/** 台账规范率: the unit's pairing rows active in the year and contact rows of the year with no error. */
function tidiness(tally: UnitTally, ledger: Ledger, span: YearSpan, problems: readonly Problem[]): void {
  const errorRows = (sheet: string) =>
    new Set(problems.filter((problem) => problem.severity === 'error' && problem.sheet === sheet).map((p) => p.row));
  const pairingErrors = errorRows(pairingsTable.sheet);
  const contactErrors = errorRows(contactsTable.sheet);
  for (const pairing of ledger.pairings)
    if (activeIn(pairing, span))
      tally.count(
        pairing.unit,
        '台账规范率',
        !pairingErrors.has(pairing.row),
        `「${pairingsTable.sheet}」第 ${pairing.row} 行有错误`,
      );
  for (const contact of ledger.contacts)
    if (contact.date >= span.start && contact.date <= span.end)
      tally.count(
        contact.pairing.unit,
        '台账规范率',
        !contactErrors.has(contact.row),
        `「${contactsTable.sheet}」第 ${contact.row} 行有错误`,
      );
}

/**
 * 交接及时率: the unit's pairings ended in the year whose figure is still 在职, followed within 30
 * days by a pairing of the same figure and level. An ending whose 30 days are still running, with no
 * successor yet, is not counted yet.
 */
function handovers(tally: UnitTally, ledger: Ledger, span: YearSpan, today: LocalDate): void {
  // The pairings of each figure at each level: a successor is looked for among a handful, not all.
  const lines = new Map<string, Pairing[]>();
  for (const pairing of ledger.pairings) {
    const key = `${pairing.figure.row}\u0000${pairing.level}`;
    lines.set(key, [...(lines.get(key) ?? []), pairing]);
  }
  for (const pairing of ledger.pairings) {
    const { end } = pairing;
    if (end === undefined || end < span.start || end > span.end || pairing.figure.status !== '在职') continue;
    const deadline = addDays(end, HANDOVER_DAYS);
    const followed = (lines.get(`${pairing.figure.row}\u0000${pairing.level}`) ?? []).some(
      (next) => next !== pairing && next.start > pairing.start && next.start <= deadline,
    );
    if (!followed && today <= deadline) continue;
    tally.count(pairing.unit, '交接及时率', followed, `${pairing.id} 结束后 ${HANDOVER_DAYS} 天内未交接`);
  }
}

/** 备案及时率, 意见登记率, 台账规范率 and 交接及时率 of every unit for the year. */
export function recordMeasures(
  tally: UnitTally,
  ledger: Ledger,
  span: YearSpan,
  today: LocalDate,
  problems: readonly Problem[],
): void {
  filing(tally, ledger, span);
  registration(tally, ledger, span);
  tidiness(tally, ledger, span, problems);
  handovers(tally, ledger, span, today);
}
