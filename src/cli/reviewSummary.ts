/** `lianyi review` in the terminal: one table of the units' scores, then each unit's shortfalls. */
import type { ReviewResult } from '../core/review/reviewResult';
import { textTable } from './textTable';

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const points = (value: number): string => value.toFixed(1);

/** The review as a Chinese text a 统战部 staff member reads in a terminal. */
export function reviewSummaryText(result: ReviewResult): string {
  const lines: string[] = [];
  lines.push(`${result.schoolName}${result.year}学年联谊交友工作考核（考核日期 ${result.today}）`);
  lines.push(`计入的学期：${result.semesters.map((semester) => semester.name).join('、')}`);
  if (result.notBegun.length > 0)
    lines.push(`尚未开始、不计入：${result.notBegun.map((semester) => semester.name).join('、')}`);
  lines.push('');
  lines.push('指标：');
  lines.push(
    ...textTable([
      ['编号', '名称', '计算方式', '满分'],
      ...result.indicators.map((indicator) => [indicator.id, indicator.name, indicator.measure, indicator.maxScore]),
    ]),
  );
  lines.push('');
  lines.push('各单位得分（括号内为完成率，— 表示无此项、得满分）：');
  lines.push(
    ...textTable([
      ['单位', ...result.indicators.map((indicator) => indicator.id), '总分'],
      ...result.units.map((unit) => [
        unit.unit,
        ...result.indicators.map(
          (indicator) => `${points(unit.scores[indicator.id] ?? 0)}(${percent(unit.measures[indicator.measure].rate)})`,
        ),
        points(unit.total),
      ]),
    ]),
  );
  const short = result.units.filter((unit) => unit.deductions.length > 0);
  if (short.length > 0) {
    lines.push('');
    lines.push('扣分说明：');
    for (const unit of short) lines.push(`  ${unit.unit}：${unit.deductions.join('；')}`);
  }
  if (result.departments.length > 0) {
    lines.push('');
    lines.push('意见办理（按承办部门）：');
    lines.push(
      ...textTable([
        ['承办部门', '事项', '已答复', '按期答复率', '逾期', '满意率'],
        ...result.departments.map((department) => [
          department.department || '（未填）',
          department.items,
          department.answered,
          percent(department.answered === 0 ? null : department.answeredOnTime / department.answered),
          department.overdue,
          percent(department.rated === 0 ? null : department.satisfied / department.rated),
        ]),
      ]),
    );
  }
  if (result.problems.length > 0) {
    lines.push('');
    lines.push('考核指标的问题：');
    for (const problem of result.problems) lines.push(`  ${problem.message}`);
  }
  if (result.ledgerErrors > 0) {
    lines.push('');
    lines.push(`台账中有 ${result.ledgerErrors} 处错误（运行 lianyi check 查看），改正前的得分可能偏低。`);
  }
  return `${lines.join('\n')}\n`;
}
