/**
 * 年度考核: the year's measures, scores and shortfalls per unit and the 承办部门 figures; when asked,
 * the 年度考核 and 意见办理统计 sheets replace those an earlier review wrote (the add-in, the
 * preview's download, the command line's --out).
 */
import type { Failure } from '../core/failures';
import type { Result } from '../core/result';
import type { ReviewResult } from '../core/review/reviewResult';
import { DEPARTMENTS_SHEET, departmentsSheet, REVIEW_SHEET, reviewSheet } from '../core/review/reviewSheets';
import { reviewYear } from '../core/review/reviewYear';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

/** What the user asks: the academic year, and whether to write the two sheets. */
export interface ReviewRequest {
  /** e.g. 2026-2027 */
  readonly year: string;
  /** Write 年度考核 and 意见办理统计 (default false). */
  readonly sheets?: boolean;
  /** Show 年度考核 afterwards (the pane). */
  readonly activate?: boolean;
}

/** The year's review as of the clock's today; the two sheets replaced when asked for. */
export async function reviewLedger(
  port: WorkbookPort,
  env: AppEnv,
  request: ReviewRequest,
): Promise<Result<ReviewResult, Failure>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const { ledger, problems } = read.value;
  const reviewed = reviewYear(ledger, problems, { year: request.year, today: env.clock.today() });
  if (!reviewed.ok || !request.sheets) return reviewed;
  const names = [REVIEW_SHEET, DEPARTMENTS_SHEET];
  await port.replaceSheets({
    add: [
      { kind: 'sheet', spec: reviewSheet(reviewed.value) },
      { kind: 'sheet', spec: departmentsSheet(reviewed.value) },
    ],
    remove: read.value.read.sheetNames.filter((name) => names.includes(name.trim())),
    ...(request.activate ? { activate: REVIEW_SHEET } : {}),
  });
  return reviewed;
}
