/** `lianyi check`'s terminal output: the semester's figures, what is still open, and a one-line conclusion. */
import { type CheckResult, checkVerdict, dueList } from '../core/check/checkResult';
import { SEVERITY_LABEL } from '../core/problems';
import {
  departmentLabel,
  FESTIVAL_STATUS_LABEL,
  festivalHeading,
  lastContactLabel,
  PAIRING_STATUS_LABEL,
  percent,
  schoolLeaderStatusLabel,
  SECTION_LABEL,
  semesterStateText,
} from '../core/report/labels';
import { nothingToCheck } from '../core/report/summaryFigures';
import { textTable } from './textTable';

/** How many problems the terminal lists before saying "and N more" (the report has them all). */
const PROBLEM_LIMIT = 30;

/** The check result as a readable Chinese summary for a terminal. */
export function checkSummaryText(result: CheckResult): string {
  const { semester, summary } = result;
  const pendingNote = result.semesterState === 'ended' ? '' : '，尚未联系的结对记为“待联系”';
  const lines: string[] = [
    `联谊交友覆盖检查 · ${semester.name}（${semester.start} 至 ${semester.end}）`,
    `检查日期 ${result.today}（${semesterStateText(result)}${pendingNote}）`,
    '',
    `全覆盖：在职党外代表人士 ${summary.figuresInService} 人，已结对 ${summary.figuresCovered} 人（${percent(summary.figuresCovered, summary.figuresInService)}）`,
    `联系：应联系结对 ${summary.pairingsDue} 个，已联系 ${summary.pairingsMet} 个，待联系 ${summary.pairingsPending} 个，未完成 ${summary.pairingsMissed} 个`,
    '',
    '各单位',
    ...textTable([
      ['单位', '在职人士', '已覆盖', '结对', '已联系'],
      ...result.units.map((unit) => [
        unit.unit,
        unit.figuresInService,
        unit.figuresCovered,
        unit.pairingsDue,
        unit.pairingsMet,
      ]),
    ]),
  ];
  const open = dueList(result);
  if (open.length > 0) {
    lines.push('', `${SECTION_LABEL.openPairings}（最久未联系的在前）`);
    lines.push(
      ...textTable([
        ['结对编号', '层级', '领导干部 — 联谊对象', '单位', '本学期', '最近联系', '状态'],
        ...open.map((p) => [
          p.pairingId,
          p.level,
          `${p.leader} — ${p.figure}`,
          p.unit,
          `${p.contacts} 次`,
          lastContactLabel(p.lastContact, result.today),
          PAIRING_STATUS_LABEL[p.status],
        ]),
      ]),
    );
  }
  for (const festival of result.festivals) {
    lines.push('', festivalHeading(festival));
    if (festival.notVisited.length > 0)
      lines.push(
        ...textTable(
          festival.notVisited.map((gap) => [
            gap.pairingId,
            `${gap.leader} — ${gap.figure}`,
            gap.unit,
            FESTIVAL_STATUS_LABEL[gap.status],
          ]),
        ),
      );
  }
  if (result.uncoveredFigures.length > 0) {
    lines.push('', SECTION_LABEL.uncoveredFigures);
    lines.push(...textTable(result.uncoveredFigures.map((figure) => [figure.figureId, figure.name, figure.unit])));
  }
  const leaders = result.schoolLeaders.filter((leader) => leader.status !== 'ok');
  if (leaders.length > 0) {
    lines.push('', SECTION_LABEL.schoolLeaders);
    lines.push(
      ...textTable(
        leaders.map((leader) => [
          leader.leaderId,
          leader.name,
          schoolLeaderStatusLabel(leader.status, leader.pairings, leader.wanted),
        ]),
      ),
    );
  }
  if (result.overdueFollowUps.length > 0) {
    lines.push('', SECTION_LABEL.overdueFollowUps);
    lines.push(
      ...textTable(
        result.overdueFollowUps.map((item) => [
          item.itemId,
          departmentLabel(item.department),
          `期限 ${item.due}`,
          item.status,
        ]),
      ),
    );
  }
  if (result.dueSoonFollowUps.length > 0) {
    lines.push('', `${SECTION_LABEL.dueSoonFollowUps}（在「设置」的催办提前天数内到期）`);
    lines.push(
      ...textTable(
        result.dueSoonFollowUps.map((item) => [
          item.itemId,
          departmentLabel(item.department),
          `期限 ${item.due}`,
          item.status,
        ]),
      ),
    );
  }
  if (result.departments.length > 0) {
    lines.push('', SECTION_LABEL.departments);
    lines.push(
      ...textTable([
        ['承办部门', '事项', '已答复', '按期答复', '逾期', '已评价', '满意'],
        ...result.departments.map((entry) => [
          departmentLabel(entry.department),
          entry.items,
          entry.answered,
          `${entry.answeredOnTime}（${percent(entry.answeredOnTime, entry.answered)}）`,
          entry.overdue,
          entry.rated,
          `${entry.satisfied}（${percent(entry.satisfied, entry.rated)}）`,
        ]),
      ]),
    );
  }
  if (result.problems.length > 0) {
    const count = (severity: 'error' | 'warning' | 'info') =>
      result.problems.filter((problem) => problem.severity === severity).length;
    lines.push('', `数据问题（错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}）`);
    for (const problem of result.problems.slice(0, PROBLEM_LIMIT))
      lines.push(`  [${SEVERITY_LABEL[problem.severity]}] ${problem.message}`);
    if (result.problems.length > PROBLEM_LIMIT)
      lines.push(`  ……另有 ${result.problems.length - PROBLEM_LIMIT} 条，用 --report 或 --json 查看全部。`);
  }
  lines.push('', conclusion(result));
  return `${lines.join('\n')}\n`;
}

function conclusion(result: CheckResult): string {
  const verdict = checkVerdict(result);
  // An empty ledger "passes" only because nothing is in it: say so rather than reassure (as the pane does).
  if (nothingToCheck(result)) return '结论：台账中还没有在职的党外代表人士和需要联系的结对，暂无可检查的内容。';
  if (verdict === 'passed') return '结论：本学期全部结对已按要求联系，全覆盖，没有错误。';
  if (verdict === 'pendingOnly')
    return `结论：还有 ${result.summary.pairingsPending} 个结对本学期尚未联系，请在 ${result.semester.end} 前完成。`;
  return '结论：存在缺口或错误，请按上面的提示补充或改正台账。';
}
