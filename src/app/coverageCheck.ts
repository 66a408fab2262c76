/**
 * The ribbon's 覆盖检查 (no task pane): checks the semester containing today, rewrites the 覆盖检查
 * sheet and shows it; the outcome is one Chinese line, the summary or what to do.
 */
import type { CheckResult } from '../core/check/checkResult';
import { REPORT_SHEET } from '../core/report/coverageReport';
import { checkLedger } from './checkLedger';
import type { AppEnv, WorkbookSession } from './session';

/** The check in one line: coverage, contacts, problems, and where the report is. */
export function coverageSummary(result: CheckResult): string {
  const { summary, semester } = result;
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const open = [
    summary.pairingsPending > 0 ? `待联系 ${summary.pairingsPending}` : '',
    summary.pairingsMissed > 0 ? `未完成 ${summary.pairingsMissed}` : '',
  ]
    .filter(Boolean)
    .join('，');
  return (
    `${semester.name}：在职党外代表人士已结对 ${summary.figuresCovered}/${summary.figuresInService} 人，` +
    `结对已联系 ${summary.pairingsMet}/${summary.pairingsDue}${open ? `（${open}）` : ''}，` +
    `数据问题 ${result.problems.length} 条${errors > 0 ? `（错误 ${errors} 条）` : ''}；详见「${REPORT_SHEET}」工作表。`
  );
}

/** Runs the ribbon's check in one session. */
export async function runCoverageCheck(
  session: WorkbookSession,
  env: AppEnv,
): Promise<{ readonly ok: boolean; readonly message: string }> {
  const checked = await session((port) => checkLedger(port, env, { activate: true }));
  return checked.ok
    ? { ok: true, message: coverageSummary(checked.value) }
    : { ok: false, message: checked.error.message };
}
