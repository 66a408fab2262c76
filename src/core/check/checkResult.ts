/**
 * What a check finds: exactly what `lianyi check --json` prints (SPEC §4). Every item carries its
 * place (sheet, row, column, cell of its ID) as a problem does, so the terminal, the report and the
 * pane point at it without knowing which sheet holds which table.
 */
import type { LocalDate } from '../localDate';
import type { Place, Problem } from '../problems';
import type { Level } from '../schema/valueLists';

/** R1's verdict on one pairing: contacted enough, not yet (semester running), or not and too late. */
export type PairingStatus = 'met' | 'pending' | 'missed';
/** R2's verdict on one 校级 leader's number of active pairings against 校级干部结对人数. */
export type SchoolLeaderStatus = 'ok' | 'none' | 'tooFew' | 'tooMany';

/** A pairing active on the reference day, with its contacts in the semester; placed at its 结对编号. */
export interface PairingResult extends Place {
  readonly pairingId: string;
  readonly level: Level;
  readonly leader: string;
  readonly figure: string;
  readonly unit: string;
  readonly contacts: number;
  readonly status: PairingStatus;
  /**
   * The latest countable contact of the pairing or of the pairings it continues (same figure, same
   * level, earlier), up to today and in any semester; null when there is none.
   */
  readonly lastContact: LocalDate | null;
}

/** 未开始, 进行中 or 已结束 on the check's day. */
export type SemesterState = 'notStarted' | 'running' | 'ended';

/** One unit's coverage (R3) and completion (R1) figures. */
export interface UnitResult {
  readonly unit: string;
  readonly figuresInService: number;
  readonly figuresCovered: number;
  readonly pairingsDue: number;
  readonly pairingsMet: number;
}

/** A 在职 figure with no active pairing (R3); placed at its 人士编号. */
export interface UncoveredFigure extends Place {
  readonly figureId: string;
  readonly name: string;
  readonly unit: string;
}

/** A 校级 leader 在任 and their active pairings (R2); placed at its 干部编号. */
export interface SchoolLeaderResult extends Place {
  readonly leaderId: string;
  readonly name: string;
  readonly pairings: number;
  /** 校级干部结对人数 as the ledger's 设置 said, so a reader can say what `status` is measured against. */
  readonly wanted: number;
  readonly status: SchoolLeaderStatus;
}

/** A 意见办理 item not done and past (overdue) or near (due soon) its due date (R7); placed at its 事项编号. */
export interface OverdueFollowUp extends Place {
  readonly itemId: string;
  readonly department: string;
  readonly due: LocalDate;
  readonly status: string;
  readonly content: string;
}
/** An open item due within 催办提前天数 (R7): the same facts as an overdue one. */
export type DueSoonFollowUp = OverdueFollowUp;

/** One 承办部门's items in the semester (R7): how many, answered, on time, overdue, rated, satisfied. */
export interface DepartmentResult {
  /** 承办部门 as first written; '' for the items without one. */
  readonly department: string;
  readonly items: number;
  /** 已答复 or 已办结. */
  readonly answered: number;
  /** Answered with a 反馈日期 on or before the due date (or with no due date to miss). */
  readonly answeredOnTime: number;
  readonly overdue: number;
  /** With a 反馈评价. */
  readonly rated: number;
  /** Rated 满意 or 基本满意. */
  readonly satisfied: number;
}

/** R8's verdict on one pairing at one festival. */
export type FestivalVisitStatus = 'visited' | 'pending' | 'missed';

/** A pairing not (yet) visited at a festival; placed at its 结对编号. */
export interface FestivalGap extends Place {
  readonly pairingId: string;
  readonly leader: string;
  readonly figure: string;
  readonly unit: string;
  readonly status: Exclude<FestivalVisitStatus, 'visited'>;
}

/** One festival of the semester whose window has opened (R8); placed at its 节日名称. */
export interface FestivalResult extends Place {
  readonly name: string;
  readonly date: LocalDate;
  readonly windowStart: LocalDate;
  readonly windowEnd: LocalDate;
  readonly pairingsDue: number;
  readonly visited: number;
  readonly pending: number;
  readonly missed: number;
  readonly notVisited: readonly FestivalGap[];
}

/** The semester's headline numbers. */
export interface CheckSummary {
  readonly figuresInService: number;
  readonly figuresCovered: number;
  readonly pairingsDue: number;
  readonly pairingsMet: number;
  readonly pairingsPending: number;
  readonly pairingsMissed: number;
}

/** Everything one check found for one semester as of one day. */
export interface CheckResult {
  readonly semester: { readonly id: string; readonly name: string; readonly start: LocalDate; readonly end: LocalDate };
  readonly today: LocalDate;
  /** min(semester end, today): the day pairings and coverage are judged on. */
  readonly referenceDate: LocalDate;
  /** Days from max(today, semester start) to the semester's end, both counted; 0 once it is over. */
  readonly daysLeft: number;
  /** Whether the semester has begun on today, is running, or is over. */
  readonly semesterState: SemesterState;
  readonly summary: CheckSummary;
  readonly units: readonly UnitResult[];
  readonly pairings: readonly PairingResult[];
  readonly uncoveredFigures: readonly UncoveredFigure[];
  readonly schoolLeaders: readonly SchoolLeaderResult[];
  readonly overdueFollowUps: readonly OverdueFollowUp[];
  /** R7: open items due within 催办提前天数 from today (information: they do not change the verdict). */
  readonly dueSoonFollowUps: readonly DueSoonFollowUp[];
  /** R7: per 承办部门, the items the department had in hand during the semester. */
  readonly departments: readonly DepartmentResult[];
  /** R8: the semester's festivals whose visiting window has opened by today. */
  readonly festivals: readonly FestivalResult[];
  readonly problems: readonly Problem[];
}

/**
 * The check in one word, the same for the terminal, the report and the pane (labels in
 * report/labels): 通过, 待完成, 有缺口 or 有错误.
 */
export type CheckVerdict = 'passed' | 'pendingOnly' | 'gaps' | 'errors';

/**
 * `errors` when any problem is an error (the ledger must be corrected before its figures can be
 * trusted); else `gaps` when a pairing is missed, a festival visit missed, a figure uncovered, a
 * 校级 leader not ok or an item overdue; else `pendingOnly` when pairings are still to be contacted in a running semester;
 * else `passed`.
 */
export function checkVerdict(result: CheckResult): CheckVerdict {
  if (result.problems.some((problem) => problem.severity === 'error')) return 'errors';
  const gaps =
    result.summary.pairingsMissed > 0 ||
    result.festivals.some((festival) => festival.missed > 0) ||
    result.uncoveredFigures.length > 0 ||
    result.schoolLeaders.some((leader) => leader.status !== 'ok') ||
    result.overdueFollowUps.length > 0;
  if (gaps) return 'gaps';
  return result.summary.pairingsPending === 0 ? 'passed' : 'pendingOnly';
}

/** The CLI's exit code 0. A pairing still pending is a gap too: R1 does not hold for it yet. */
export const checkPassed = (result: CheckResult): boolean => checkVerdict(result) === 'passed';

/**
 * The pairings still to contact, most overdue first: never contacted, then the longest ago; a
 * missed pairing before a pending one of the same date. The terminal and the pane list them so.
 */
export function dueList(result: CheckResult): PairingResult[] {
  return result.pairings
    .filter((pairing) => pairing.status !== 'met')
    .sort(
      (a, b) =>
        (a.lastContact ?? '').localeCompare(b.lastContact ?? '') ||
        (a.status === b.status ? 0 : a.status === 'missed' ? -1 : 1) ||
        a.row - b.row,
    );
}
