/** The check's findings as lists the user can act on: every gap and problem, each pointing at its cell. */
import { type CheckResult, dueList, type SchoolLeaderStatus } from '../../core/check/checkResult';
import { type Place, SEVERITY_LABEL, type Severity } from '../../core/problems';
import {
  departmentLabel,
  FESTIVAL_STATUS_LABEL,
  festivalHeading,
  lastContactLabel,
  PAIRING_STATUS_LABEL,
  SECTION_LABEL,
} from '../../core/report/labels';
import { useLayoutStyles } from './layout';
import { type CellPlace, type Finding, ResultSection } from './ResultSection';

interface Props {
  readonly result: CheckResult;
  readonly onLocate?: (place: CellPlace) => void;
}

/** A finding's own cell (its ID), as the check placed it; none when the ID column was not found. */
const cellOf = (place: Place): { place?: CellPlace } =>
  place.cell ? { place: { sheet: place.sheet, cell: place.cell } } : {};
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
/**
 * Shorter than `schoolLeaderStatusLabel` (which could now use `leader.wanted`): the pane's tests
 * assert this wording, so it stays until the pane's texts are revised together.
 */
const LEADER_GAP: Record<Exclude<SchoolLeaderStatus, 'ok'>, (pairings: number) => string> = {
  none: () => '没有有效结对',
  tooFew: (pairings) => `结对 ${pairings} 个，少于「设置」中的要求`,
  tooMany: (pairings) => `结对 ${pairings} 个，多于「设置」中的要求`,
};
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Every gap the check found, then the data problems grouped by severity; each points at its cell. */
export function CheckFindings({ result, onLocate }: Props) {
  const layout = useLayoutStyles();
  // Most overdue first: never contacted, then the longest ago.
  const pairings: Finding[] = dueList(result).map((pairing) => ({
    key: pairing.pairingId,
    text: `${pairing.pairingId} ${pairing.leader} — ${pairing.figure}（${pairing.unit}，${pairing.level}）本学期联系 ${pairing.contacts} 次，最近联系：${lastContactLabel(pairing.lastContact, result.today)}`,
    badge: { label: PAIRING_STATUS_LABEL[pairing.status], color: pairing.status === 'missed' ? 'danger' : 'warning' },
    ...cellOf(pairing),
  }));
  const festivals = result.festivals.map((festival) => ({
    title: festivalHeading(festival),
    findings: festival.notVisited.map((gap): Finding => ({
      key: `${festival.name}-${festival.date}-${gap.pairingId}`,
      text: `${gap.pairingId} ${gap.leader} — ${gap.figure}（${gap.unit}）`,
      badge: { label: FESTIVAL_STATUS_LABEL[gap.status], color: gap.status === 'missed' ? 'danger' : 'warning' },
      ...cellOf(gap),
    })),
  }));
  const figures: Finding[] = result.uncoveredFigures.map((figure) => ({
    key: figure.figureId,
    text: `${figure.name}（${figure.unit}，${figure.figureId}）没有有效结对`,
    ...cellOf(figure),
  }));
  const leaders: Finding[] = result.schoolLeaders
    .filter((leader) => leader.status !== 'ok')
    .map((leader) => ({
      key: leader.leaderId,
      text: `${leader.name}：${LEADER_GAP[leader.status as Exclude<SchoolLeaderStatus, 'ok'>](leader.pairings)}`,
      ...cellOf(leader),
    }));
  const overdue: Finding[] = result.overdueFollowUps.map((item) => ({
    key: item.itemId,
    text: `${item.itemId} ${item.content}（${departmentLabel(item.department)}，期限 ${item.due}，${item.status}）`,
    ...cellOf(item),
  }));
  const dueSoon: Finding[] = result.dueSoonFollowUps.map((item) => ({
    key: item.itemId,
    text: `${item.itemId} ${item.content}（${departmentLabel(item.department)}，期限 ${item.due}，${item.status}）`,
    badge: { label: '即将到期', color: 'informative' },
    ...cellOf(item),
  }));
  // The department figures are counts, not places: a line each, nothing to select.
  const departments: Finding[] = result.departments.map((entry) => ({
    key: `department-${entry.department}`,
    text:
      `${departmentLabel(entry.department)}：事项 ${entry.items}，已答复 ${entry.answered}` +
      `（按期 ${entry.answeredOnTime}），逾期 ${entry.overdue}，满意 ${entry.satisfied}/${entry.rated}`,
    ...(entry.overdue > 0 ? { badge: { label: `逾期 ${entry.overdue}`, color: 'danger' as const } } : {}),
  }));
  const problemsOf = (severity: Severity): Finding[] =>
    result.problems
      .filter((problem) => problem.severity === severity)
      .map((problem, index) => ({
        key: `${problem.code}-${problem.sheet}-${problem.cell}-${index}`,
        text: problem.message,
        badge: { label: SEVERITY_LABEL[severity], color: SEVERITY_COLOR[severity] },
        ...(problem.cell ? { place: { sheet: problem.sheet, cell: problem.cell } } : {}),
      }));

  return (
    <div className={layout.stack}>
      <ResultSection title="未完成联系的结对" findings={pairings} onLocate={onLocate} />
      {festivals.map((festival) => (
        <ResultSection key={festival.title} title={festival.title} findings={festival.findings} onLocate={onLocate} />
      ))}
      <ResultSection title={SECTION_LABEL.uncoveredFigures} findings={figures} onLocate={onLocate} />
      <ResultSection title="校级干部结对不符" findings={leaders} onLocate={onLocate} />
      <ResultSection title={SECTION_LABEL.overdueFollowUps} findings={overdue} onLocate={onLocate} />
      <ResultSection title={SECTION_LABEL.dueSoonFollowUps} findings={dueSoon} onLocate={onLocate} />
      <ResultSection title={SECTION_LABEL.departments} findings={departments} />
      {SEVERITIES.map((severity) => (
        <ResultSection
          key={severity}
          title={`数据问题：${SEVERITY_LABEL[severity]}`}
          findings={problemsOf(severity)}
          onLocate={onLocate}
        />
      ))}
    </div>
  );
}
