import type { CheckResult } from '../../core/check/checkResult';
import { REPORT_SHEET } from '../../core/report/coverageReport';
import { hostDeps, inExcel, type OfficeHostDeps } from './hostSupport';
import { checkAndReport } from './officeHost';

/**
 * The ribbon's 覆盖检查 button (ExecuteFunction, no task pane): one Excel.run that checks the
 * semester containing today, rewrites the 覆盖检查 sheet and activates it. The message is one
 * Chinese line: the summary, or what went wrong and what to do.
 */
export function coverageSummary(result: CheckResult): string {
  const { summary, semester } = result;
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const open = [summary.pairingsPending > 0 ? `待联系 ${summary.pairingsPending}` : '', summary.pairingsMissed > 0 ? `未完成 ${summary.pairingsMissed}` : ''].filter(Boolean).join('，');
  return (
    `${semester.name}：在职党外代表人士已结对 ${summary.figuresCovered}/${summary.figuresInService} 人，` +
    `结对已联系 ${summary.pairingsMet}/${summary.pairingsDue}${open ? `（${open}）` : ''}，` +
    `数据问题 ${result.problems.length} 条${errors > 0 ? `（错误 ${errors} 条）` : ''}；详见「${REPORT_SHEET}」工作表。`
  );
}

export async function runCoverageCheckCommand(overrides: Partial<OfficeHostDeps> = {}): Promise<{ ok: boolean; message: string }> {
  const deps = hostDeps(overrides);
  const checked = await inExcel(deps, (context) => checkAndReport(context, deps, {}, true));
  return checked.ok ? { ok: true, message: coverageSummary(checked.value) } : { ok: false, message: checked.error.message };
}
