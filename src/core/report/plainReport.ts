import type { CheckResult } from '../check/checkResult';
import { SEVERITY_LABEL } from '../problems';
import { PAIRING_STATUS_LABEL, percent, schoolLeaderStatusLabel } from './labels';

export type ReportRow = ReadonlyArray<string | number>;

export const REPORT_SHEET = '覆盖检查';

/**
 * The check result as plain rows for the 覆盖检查 sheet: a title, then one block per finding, each
 * block a heading row, a header row and its lines.
 */
export function plainReportRows(result: CheckResult, pairingsPerSchoolLeader: number): ReportRow[] {
  const { semester, summary } = result;
  const rows: ReportRow[] = [
    [`联谊交友覆盖检查 · ${semester.name}`],
    [`学期 ${semester.start} 至 ${semester.end}；检查日期 ${result.today}`],
    [],
    ['在职党外代表人士', '已结对', '覆盖率', '应联系结对', '已联系', '待联系', '未完成'],
    [summary.figuresInService, summary.figuresCovered, percent(summary.figuresCovered, summary.figuresInService), summary.pairingsDue, summary.pairingsMet, summary.pairingsPending, summary.pairingsMissed],
    [],
    ['各单位'],
    ['单位', '在职人士', '已覆盖', '覆盖率', '结对', '已联系', '联系完成率'],
    ...result.units.map((unit) => [unit.unit, unit.figuresInService, unit.figuresCovered, percent(unit.figuresCovered, unit.figuresInService), unit.pairingsDue, unit.pairingsMet, percent(unit.pairingsMet, unit.pairingsDue)]),
    [],
    ['尚未完成联系的结对'],
    ['结对编号', '层级', '领导干部', '党外代表人士', '单位', '本学期联系次数', '状态'],
    ...result.pairings.filter((pairing) => pairing.status !== 'met').map((p) => [p.pairingId, p.level, p.leader, p.figure, p.unit, p.contacts, PAIRING_STATUS_LABEL[p.status]]),
    [],
    ['未结对的在职党外代表人士'],
    ['人士编号', '姓名', '所在单位'],
    ...result.uncoveredFigures.map((figure) => [figure.figureId, figure.name, figure.unit]),
    [],
    ['校级干部结对情况'],
    ['干部编号', '姓名', '结对数', '情况'],
    ...result.schoolLeaders.map((leader) => [leader.leaderId, leader.name, leader.pairings, schoolLeaderStatusLabel(leader.status, leader.pairings, pairingsPerSchoolLeader)]),
    [],
    ['逾期未办结的意见办理'],
    ['事项编号', '承办部门', '办理期限', '办理状态', '事项内容'],
    ...result.overdueFollowUps.map((item) => [item.itemId, item.department, item.due, item.status, item.content]),
    [],
    ['数据问题'],
    ['级别', '工作表', '单元格', '列', '说明'],
    ...result.problems.map((problem) => [SEVERITY_LABEL[problem.severity], problem.sheet, problem.cell, problem.column, problem.message]),
  ];
  return rows;
}
