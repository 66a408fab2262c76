/**
 * The check's findings as the pane lists them: one titled section per kind of finding, each line
 * in words with the unit it belongs to (when it belongs to one) and the cell it points at. Kept
 * here, not in the pane, so that choosing a unit or searching filters them by one rule.
 */
import { type CheckResult, dueList, type SchoolLeaderStatus } from '../check/checkResult';
import { matchKey } from '../cellText';
import { type Place, SEVERITY_LABEL, type Severity } from '../problems';
import {
  departmentLabel,
  FESTIVAL_STATUS_LABEL,
  festivalHeading,
  lastContactLabel,
  PAIRING_STATUS_LABEL,
  SECTION_LABEL,
} from './labels';
import { sameUnit } from './summaryFigures';

/** How loud a line's badge is. */
export type FindingTone = 'danger' | 'warning' | 'informative';

/** One line of a section; `key` is unique within its section. */
export interface FindingLine {
  readonly key: string;
  readonly text: string;
  readonly badge?: { readonly label: string; readonly tone: FindingTone };
  /** The unit the line is about; absent for what belongs to no unit (校级 leaders, 意见办理, data problems). */
  readonly unit?: string;
  /** The cell the line points at; absent when the check could not place it or it is a count. */
  readonly place?: { readonly sheet: string; readonly cell: string };
}

/** A titled list of lines; `perUnit` when every line carries its unit, so a unit filter applies. */
export interface FindingSection {
  readonly id: string;
  readonly title: string;
  readonly perUnit: boolean;
  readonly lines: readonly FindingLine[];
}

const cellOf = (place: Place): Pick<FindingLine, 'place'> =>
  place.cell ? { place: { sheet: place.sheet, cell: place.cell } } : {};
const SEVERITY_TONE: Record<Severity, FindingTone> = { error: 'danger', warning: 'warning', info: 'informative' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Shorter than `schoolLeaderStatusLabel`: the line already names the leader. */
const LEADER_GAP: Record<Exclude<SchoolLeaderStatus, 'ok'>, (pairings: number) => string> = {
  none: () => '没有有效结对',
  tooFew: (pairings) => `结对 ${pairings} 个，少于「设置」中的要求`,
  tooMany: (pairings) => `结对 ${pairings} 个，多于「设置」中的要求`,
};

/** Every section of the check's findings, in the terminal's order; empty sections included (the pane skips them). */
export function findingSections(result: CheckResult): FindingSection[] {
  const pairings: FindingLine[] = dueList(result).map((pairing) => ({
    key: pairing.pairingId,
    text: `${pairing.pairingId} ${pairing.leader} — ${pairing.figure}（${pairing.unit}，${pairing.level}）本学期联系 ${pairing.contacts} 次，最近联系：${lastContactLabel(pairing.lastContact, result.today)}`,
    badge: { label: PAIRING_STATUS_LABEL[pairing.status], tone: pairing.status === 'missed' ? 'danger' : 'warning' },
    unit: pairing.unit,
    ...cellOf(pairing),
  }));
  const festivals = result.festivals.map((festival): FindingSection => ({
    id: `festival-${festival.name}-${festival.date}`,
    title: festivalHeading(festival),
    perUnit: true,
    lines: festival.notVisited.map((gap) => ({
      key: gap.pairingId,
      text: `${gap.pairingId} ${gap.leader} — ${gap.figure}（${gap.unit}）`,
      badge: { label: FESTIVAL_STATUS_LABEL[gap.status], tone: gap.status === 'missed' ? 'danger' : 'warning' },
      unit: gap.unit,
      ...cellOf(gap),
    })),
  }));
  const followUp = (item: CheckResult['overdueFollowUps'][number]) =>
    `${item.itemId} ${item.content}（${departmentLabel(item.department)}，期限 ${item.due}，${item.status}）`;
  const problemsOf = (severity: Severity): FindingLine[] =>
    result.problems
      .filter((problem) => problem.severity === severity)
      .map((problem, index) => ({
        key: `${problem.code}-${problem.sheet}-${problem.cell}-${index}`,
        text: problem.message,
        badge: { label: SEVERITY_LABEL[severity], tone: SEVERITY_TONE[severity] },
        ...(problem.cell ? { place: { sheet: problem.sheet, cell: problem.cell } } : {}),
      }));
  return [
    { id: 'pairings', title: SECTION_LABEL.openPairings, perUnit: true, lines: pairings },
    ...festivals,
    {
      id: 'uncovered',
      title: SECTION_LABEL.uncoveredFigures,
      perUnit: true,
      lines: result.uncoveredFigures.map((figure) => ({
        key: figure.figureId,
        text: `${figure.name}（${figure.unit}，${figure.figureId}）没有有效结对`,
        unit: figure.unit,
        ...cellOf(figure),
      })),
    },
    {
      id: 'leaders',
      title: '校级干部结对不符',
      perUnit: false,
      lines: result.schoolLeaders
        .filter((leader) => leader.status !== 'ok')
        .map((leader) => ({
          key: leader.leaderId,
          text: `${leader.name}：${LEADER_GAP[leader.status as Exclude<SchoolLeaderStatus, 'ok'>](leader.pairings)}`,
          ...cellOf(leader),
        })),
    },
    {
      id: 'overdue',
      title: SECTION_LABEL.overdueFollowUps,
      perUnit: false,
      lines: result.overdueFollowUps.map((item) => ({ key: item.itemId, text: followUp(item), ...cellOf(item) })),
    },
    {
      id: 'dueSoon',
      title: SECTION_LABEL.dueSoonFollowUps,
      perUnit: false,
      lines: result.dueSoonFollowUps.map((item) => ({
        key: item.itemId,
        text: followUp(item),
        badge: { label: '即将到期', tone: 'informative' },
        ...cellOf(item),
      })),
    },
    {
      id: 'departments',
      title: SECTION_LABEL.departments,
      perUnit: false,
      // Counts, not places: a line each, nothing to select.
      lines: result.departments.map((entry) => ({
        key: `department-${entry.department}`,
        text:
          `${departmentLabel(entry.department)}：事项 ${entry.items}，已答复 ${entry.answered}` +
          `（按期 ${entry.answeredOnTime}），逾期 ${entry.overdue}，满意 ${entry.satisfied}/${entry.rated}`,
        ...(entry.overdue > 0 ? { badge: { label: `逾期 ${entry.overdue}`, tone: 'danger' as const } } : {}),
      })),
    },
    ...SEVERITIES.map((severity) => ({
      id: `problems-${severity}`,
      title: `数据问题：${SEVERITY_LABEL[severity]}`,
      perUnit: false,
      lines: problemsOf(severity),
    })),
  ];
}

/** What the user narrowed the findings to: one unit ('' for all) and words to find ('' for none). */
export interface FindingFilter {
  readonly unit: string;
  readonly query: string;
}

/** Text as the search compares it: width, case and spaces folded as names are matched, so ｐ０１ finds P01. */
export const searchKey = matchKey;

/**
 * The sections narrowed to one unit (the sections whose lines carry a unit; the others belong to
 * no unit and stay whole) and to the lines containing the words searched for, in their section's
 * title or their own text.
 */
export function filterFindings(sections: readonly FindingSection[], filter: FindingFilter): FindingSection[] {
  const query = searchKey(filter.query);
  return sections.map((section) => {
    const inUnit =
      filter.unit === '' || !section.perUnit
        ? section.lines
        : section.lines.filter((line) => line.unit !== undefined && sameUnit(line.unit, filter.unit));
    const found =
      query === '' || searchKey(section.title).includes(query)
        ? inUnit
        : inUnit.filter((line) => searchKey(line.text).includes(query));
    return found === section.lines ? section : { ...section, lines: found };
  });
}
