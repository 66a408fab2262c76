/**
 * 年度考核 (SPEC §5b): for an academic year and a day, each unit's seven measures, the score of each
 * of the school's indicators, the total and the shortfalls in words; per 承办部门 the year's items.
 * Semesters of the year not begun by that day are left out and named.
 */
import type { CheckResult } from '../check/checkResult';
import { departmentFigures } from '../check/r7Departments';
import { runCheck } from '../check/runCheck';
import { type Failure, failure } from '../failures';
import type { Ledger } from '../ledger/model';
import { type LocalDate, minDate } from '../localDate';
import type { Problem } from '../problems';
import { err, ok, type Result } from '../result';
import { indicatorsTable } from '../schema/indicators';
import { checkMeasures } from './checkMeasures';
import { reviewIndicators, unitScores } from './indicatorScores';
import { recordMeasures } from './recordMeasures';
import type { ReviewResult } from './reviewResult';
import { UnitTally } from './unitTally';

/** The year to review and the day to review it on (the core has no clock). */
export interface ReviewOptions {
  /** The academic year, e.g. 2026-2027. */
  readonly year: string;
  readonly today: LocalDate;
}

type ReviewFailure = Failure<'reviewYearInvalid' | 'reviewNoSemesters' | 'reviewNotBegun'>;

/** 2026-2027: two years, the second the first's next. */
const validYear = (year: string): boolean => {
  const match = /^(\d{4})-(\d{4})$/.exec(year.trim());
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
};

/** The academic years the ledger's semesters belong to, for the failure that names them. */
const knownYears = (ledger: Ledger): string[] => [
  ...new Set(
    ledger.semesters.map((semester) => /^(\d{4}-\d{4})-/.exec(semester.id)?.[1]).filter((y) => y !== undefined),
  ),
];

/**
 * Reviews the year: runs the check of each of its begun semesters (R1–R9 as the semester check has
 * them), then counts the measures per unit and scores them with the school's indicators.
 */
export function reviewYear(
  ledger: Ledger,
  readProblems: readonly Problem[],
  options: ReviewOptions,
): Result<ReviewResult, ReviewFailure> {
  const year = options.year.trim();
  if (!validYear(year)) return err(failure('reviewYearInvalid', { year: options.year }));
  const { today } = options;
  const ofYear = ledger.semesters.filter((semester) => semester.id.startsWith(`${year}-`));
  const [first] = ofYear;
  if (!first) return err(failure('reviewNoSemesters', { year, years: knownYears(ledger) }));
  const begun = ofYear.filter((semester) => semester.start <= today);
  if (begun.length === 0) return err(failure('reviewNotBegun', { year, start: first.start, today }));

  const checks: CheckResult[] = [];
  for (const semester of begun) {
    const checked = runCheck(ledger, readProblems, { semesterId: semester.id, today });
    if (checked.ok) checks.push(checked.value);
  }
  const last = begun[begun.length - 1] ?? first;
  const span = { start: first.start, end: minDate(last.end, today) };
  // Each check repeats the reading's problems: a row's error is counted once whichever check found it.
  const problems = [...readProblems, ...checks.flatMap((check) => check.problems)];

  const tally = new UnitTally(ledger.units.map((unit) => unit.name));
  checkMeasures(tally, ledger, checks);
  recordMeasures(tally, ledger, span, today, problems);

  const { indicators, problems: indicatorProblems } = reviewIndicators(ledger);
  const units = tally.results().map((unit) => ({ ...unit, ...unitScores(indicators, unit.measures) }));
  const semesterOf = ({ id, name }: { id: string; name: string }) => ({ id, name });
  return ok({
    year,
    schoolName: ledger.settings.schoolName,
    today,
    semesters: begun.map(semesterOf),
    notBegun: ofYear.filter((semester) => semester.start > today).map(semesterOf),
    indicators,
    units,
    departments: departmentFigures(ledger, span, span.end, today),
    // The 考核指标 rows the reading left out (an unknown 计算方式, an empty 满分) are the review's problems too.
    problems: [...readProblems.filter((problem) => problem.sheet === indicatorsTable.sheet), ...indicatorProblems],
    ledgerErrors: new Set(
      problems.filter((problem) => problem.severity === 'error').map((p) => `${p.sheet}\u0000${p.cell}\u0000${p.code}`),
    ).size,
  });
}
