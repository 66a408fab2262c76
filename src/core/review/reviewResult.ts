/**
 * What the yearly 考核 finds: exactly what `lianyi review --json` prints (SPEC §5b). The terminal,
 * the 年度考核 sheet and the pane show it each in their own way.
 */
import type { DepartmentResult } from '../check/checkResult';
import type { LocalDate } from '../localDate';
import type { Problem } from '../problems';
import type { IndicatorMethod } from '../schema/valueLists';

/** A measure's fraction; `rate` is null where there is nothing to measure (no denominator). */
export interface MeasureValue {
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

/** One indicator as scored: its row of 考核指标 (or the default it stands for). */
export interface ReviewIndicator {
  readonly id: string;
  readonly name: string;
  readonly measure: IndicatorMethod;
  readonly maxScore: number;
}

/** One unit's year: each measure, each indicator's score, the total and the shortfalls in words. */
export interface UnitReview {
  readonly unit: string;
  readonly measures: Readonly<Record<IndicatorMethod, MeasureValue>>;
  /** By 指标编号: 满分 × rate rounded to 0.1; full marks where the measure has no denominator. */
  readonly scores: Readonly<Record<string, number>>;
  readonly total: number;
  /** Each shortfall named, e.g. `P12 第一学期未联系`, `F10 未结对`, `中秋节 P13 未走访`. */
  readonly deductions: readonly string[];
}

/** One 承办部门's 意见办理 items of the year: R7's department figures over the year's span. */
export type DepartmentReview = DepartmentResult;

/** The year's 考核 as of one day. */
export interface ReviewResult {
  /** The academic year, e.g. 2026-2027. */
  readonly year: string;
  /** 设置 学校名称, for the titles. */
  readonly schoolName: string;
  readonly today: LocalDate;
  /** The year's semesters that had begun by today, in order: the ones measured. */
  readonly semesters: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** The year's semesters that had not begun: left out, and the output says so. */
  readonly notBegun: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly indicators: readonly ReviewIndicator[];
  readonly units: readonly UnitReview[];
  readonly departments: readonly DepartmentReview[];
  /** Problems of 考核指标 itself (an unknown 计算方式, a 满分 that is no positive number, totals not 100). */
  readonly problems: readonly Problem[];
  /** How many errors the ledger's reading and checks found: figures on a ledger with errors may be off. */
  readonly ledgerErrors: number;
}
