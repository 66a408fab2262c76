import type { LocalDate } from '../localDate';
import type { Problem } from '../problems';
import type { Level } from '../schema/valueLists';

/** What a check finds: exactly what `lianyi check --json` prints (SPEC §4) plus row numbers to jump to. */
export type PairingStatus = 'met' | 'pending' | 'missed';
export type SchoolLeaderStatus = 'ok' | 'none' | 'tooFew' | 'tooMany';

export interface PairingResult {
  readonly pairingId: string;
  readonly level: Level;
  readonly leader: string;
  readonly figure: string;
  readonly unit: string;
  readonly contacts: number;
  readonly status: PairingStatus;
  readonly row: number;
}

export interface UnitResult {
  readonly unit: string;
  readonly figuresInService: number;
  readonly figuresCovered: number;
  readonly pairingsDue: number;
  readonly pairingsMet: number;
}

export interface UncoveredFigure {
  readonly figureId: string;
  readonly name: string;
  readonly unit: string;
  readonly row: number;
}

export interface SchoolLeaderResult {
  readonly leaderId: string;
  readonly name: string;
  readonly pairings: number;
  readonly status: SchoolLeaderStatus;
  readonly row: number;
}

export interface OverdueFollowUp {
  readonly itemId: string;
  readonly department: string;
  readonly due: LocalDate;
  readonly status: string;
  readonly content: string;
  readonly row: number;
}

export interface CheckSummary {
  readonly figuresInService: number;
  readonly figuresCovered: number;
  readonly pairingsDue: number;
  readonly pairingsMet: number;
  readonly pairingsPending: number;
  readonly pairingsMissed: number;
}

export interface CheckResult {
  readonly semester: { readonly id: string; readonly name: string; readonly start: LocalDate; readonly end: LocalDate };
  readonly today: LocalDate;
  /** min(semester end, today): the day pairings and coverage are judged on. */
  readonly referenceDate: LocalDate;
  readonly summary: CheckSummary;
  readonly units: readonly UnitResult[];
  readonly pairings: readonly PairingResult[];
  readonly uncoveredFigures: readonly UncoveredFigure[];
  readonly schoolLeaders: readonly SchoolLeaderResult[];
  readonly overdueFollowUps: readonly OverdueFollowUp[];
  readonly problems: readonly Problem[];
}

/**
 * The check in one word: `passed` when every rule holds and no problem is an error; `pendingOnly`
 * when the only gap is pairings not yet contacted in a semester still running; else `gaps`.
 */
export function checkVerdict(result: CheckResult): 'passed' | 'pendingOnly' | 'gaps' {
  const otherwiseFine =
    result.summary.pairingsMissed === 0 &&
    result.uncoveredFigures.length === 0 &&
    result.schoolLeaders.every((leader) => leader.status === 'ok') &&
    result.overdueFollowUps.length === 0 &&
    !result.problems.some((problem) => problem.severity === 'error');
  if (!otherwiseFine) return 'gaps';
  return result.summary.pairingsPending === 0 ? 'passed' : 'pendingOnly';
}

/** The CLI's exit code 0. A pairing still pending is a gap too: R1 does not hold for it yet. */
export const checkPassed = (result: CheckResult): boolean => checkVerdict(result) === 'passed';
