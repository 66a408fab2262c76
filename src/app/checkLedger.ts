/**
 * Check + 覆盖检查: runs R1–R7 for a semester as of today and, when asked, replaces the workbook's
 * 覆盖检查 sheet with the report (the add-in always; the preview for its download; the command
 * line with --report).
 */
import type { CheckResult } from '../core/check/checkResult';
import { runCheck } from '../core/check/runCheck';
import type { Failure } from '../core/failures';
import { coverageReport, REPORT_SHEET } from '../core/report/coverageReport';
import type { Result } from '../core/result';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

/** What the user asks: a semester (default: the one containing today), and what to do with the report. */
export interface CheckRequest {
  readonly semesterId?: string;
  /** Write the 覆盖检查 sheet (default true). */
  readonly report?: boolean;
  /** Show the report afterwards (the ribbon's button). */
  readonly activate?: boolean;
}

/** The check of a semester; the 覆盖检查 sheet replaced when a report is asked for. */
export async function checkLedger(
  port: WorkbookPort,
  env: AppEnv,
  request: CheckRequest,
): Promise<Result<CheckResult, Failure>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const { ledger, problems } = read.value;
  const checked = runCheck(ledger, problems, { semesterId: request.semesterId, today: env.clock.today() });
  if (!checked.ok || request.report === false) return checked;
  const report = coverageReport(checked.value, { checkedAt: env.clock.now(), ledgerFile: env.ledgerFile });
  const remove = read.value.read.sheetNames.filter((name) => name.trim() === REPORT_SHEET);
  await port.replaceSheets({
    add: [{ kind: 'sheet', spec: report }],
    remove,
    ...(request.activate ? { activate: REPORT_SHEET } : {}),
  });
  return checked;
}
