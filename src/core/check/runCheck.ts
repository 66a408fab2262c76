/**
 * The check: one semester's R1–R9 over a ledger already read, as one result every host (terminal,
 * report, pane) shows in its own way.
 */
import { matchKey } from '../cellText';
import { type Failure, failure } from '../failures';
import { dayNumber, type LocalDate, maxDate, minDate } from '../localDate';
import type { Ledger, Semester } from '../ledger/model';
import { semesterContaining } from '../ledger/semesters';
import type { Problem, Severity } from '../problems';
import { err, ok, type Result } from '../result';
import { LEDGER_TABLES } from '../schema/index';
import { semestersTable } from '../schema/semesters';
import type { CheckResult, CheckSummary, PairingResult } from './checkResult';
import { contactFrequency } from './r1ContactFrequency';
import { schoolLeaders, unreadPairingProblems } from './r2SchoolLeaders';
import { festivalVisits } from './r8Festivals';
import { pairingFiling } from './r9Filing';
import { figureCoverage } from './r3Coverage';
import { pairingHealth } from './r4PairingHealth';
import { countableContacts } from './r5Contacts';
import { followUps } from './r7FollowUps';
import { departmentFigures } from './r7Departments';

/** Which semester to check and the day to check it on (the core has no clock). */
export interface CheckOptions {
  /** 学期编号; when absent, the semester containing `today`. */
  readonly semesterId?: string;
  readonly today: LocalDate;
}

/**
 * Picks the semester to check: the named one, or the one containing today. When there is none, an
 * error found on 学期 while reading (a semester ending before it starts, a 学期编号 written twice)
 * is named in the failure: the semester the user means may be in a row left out for it.
 */
export function chooseSemester(
  ledger: Ledger,
  options: CheckOptions,
  readProblems: readonly Problem[] = [],
): Result<Semester, Failure<'noSuchSemester' | 'noCurrentSemester'>> {
  const known = ledger.semesters.map((semester) => semester.id);
  const trouble = readProblems.find(
    (problem) => problem.sheet === semestersTable.sheet && problem.severity === 'error',
  );
  const why = trouble ? { trouble: trouble.message } : {};
  if (options.semesterId !== undefined) {
    const wanted = matchKey(options.semesterId);
    const found = ledger.semesters.find((semester) => matchKey(semester.id) === wanted);
    return found ? ok(found) : err(failure('noSuchSemester', { semesterId: options.semesterId, known, ...why }));
  }
  const current = semesterContaining(ledger.semesters, options.today);
  return current ? ok(current) : err(failure('noCurrentSemester', { today: options.today, known, ...why }));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SHEET_ORDER = new Map<string, number>(LEDGER_TABLES.map((table, index) => [table.sheet, index]));

// Problems at the same cell (a group row's pairings, each outside its span on the row's date) are
// common: they are equal without a collation, which was most of sorting a ledger's thousands of problems.
const byPlace = (a: Problem, b: Problem): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  (SHEET_ORDER.get(a.sheet) ?? 99) - (SHEET_ORDER.get(b.sheet) ?? 99) ||
  a.row - b.row ||
  (a.cell === b.cell ? 0 : a.cell.localeCompare(b.cell));

function summarise(pairings: readonly PairingResult[], figuresInService: number, figuresCovered: number): CheckSummary {
  const count = (status: PairingResult['status']) => pairings.filter((pairing) => pairing.status === status).length;
  return {
    figuresInService,
    figuresCovered,
    pairingsDue: pairings.length,
    pairingsMet: count('met'),
    pairingsPending: count('pending'),
    pairingsMissed: count('missed'),
  };
}

/**
 * Runs R1–R7 for one semester as of `today`. `readProblems` are those found while reading the
 * workbook; they are reported with the rules' own, ordered by severity, sheet and row.
 */
export function runCheck(
  ledger: Ledger,
  readProblems: readonly Problem[],
  options: CheckOptions,
): Result<CheckResult, Failure<'noSuchSemester' | 'noCurrentSemester'>> {
  const chosen = chooseSemester(ledger, options, readProblems);
  if (!chosen.ok) return chosen;
  const semester = chosen.value;
  const { today } = options;
  const referenceDate = minDate(semester.end, today);

  const counted = countableContacts(ledger, semester, today);
  const pairings = contactFrequency(ledger, semester, today, referenceDate, counted.bySemesterPairing, counted.latest);
  const coverage = figureCoverage(ledger, referenceDate, pairings);
  const items = followUps(ledger, today, counted.semesterRows);
  const leaders = schoolLeaders(ledger, referenceDate);
  const problems = [
    ...readProblems,
    ...counted.problems,
    ...unreadPairingProblems(ledger, leaders),
    ...pairingHealth(ledger),
    ...pairingFiling(ledger, semester, referenceDate),
    ...items.problems,
  ].sort(byPlace);

  const inService = coverage.units.reduce((sum, unit) => sum + unit.figuresInService, 0);
  return ok({
    semester: { id: semester.id, name: semester.name, start: semester.start, end: semester.end },
    today,
    referenceDate,
    daysLeft: today > semester.end ? 0 : dayNumber(semester.end) - dayNumber(maxDate(today, semester.start)) + 1,
    semesterState: today < semester.start ? 'notStarted' : today > semester.end ? 'ended' : 'running',
    summary: summarise(pairings, inService, inService - coverage.uncoveredFigures.length),
    units: coverage.units,
    pairings,
    uncoveredFigures: coverage.uncoveredFigures,
    schoolLeaders: leaders,
    overdueFollowUps: items.overdue,
    dueSoonFollowUps: items.dueSoon,
    departments: departmentFigures(ledger, semester, referenceDate, today),
    festivals: festivalVisits(ledger, semester, today),
    problems,
  });
}
