/** How results read in Chinese wherever a person sees them (terminal, report sheet, task pane). */
import type {
  CheckResult,
  CheckVerdict,
  FestivalResult,
  FestivalVisitStatus,
  PairingStatus,
  SchoolLeaderStatus,
  SemesterState,
} from '../check/checkResult';
import { dayNumber, type LocalDate } from '../localDate';

/** R1's statuses as the report and the pane show them. */
export const PAIRING_STATUS_LABEL: Record<PairingStatus, string> = {
  met: '已联系',
  pending: '待联系',
  missed: '未完成',
};

/** The check's verdict in two or three characters, for a heading or a badge. */
export const VERDICT_LABEL: Record<CheckVerdict, string> = {
  passed: '通过',
  pendingOnly: '待完成',
  gaps: '有缺口',
  errors: '有错误',
};

/** R2's status against the wanted number, e.g. 结对 2 个，多于 1 个. */
export function schoolLeaderStatusLabel(status: SchoolLeaderStatus, pairings: number, wanted: number): string {
  switch (status) {
    case 'ok':
      return '符合要求';
    case 'none':
      return `没有结对（应为 ${wanted} 个）`;
    case 'tooFew':
      return `结对 ${pairings} 个，少于 ${wanted} 个`;
    case 'tooMany':
      return `结对 ${pairings} 个，多于 ${wanted} 个`;
  }
}

/** A share as the summaries print it, one decimal; a dash when there is nothing to share. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;

/** The headings of the check's findings, the same in the terminal, the report sheet and the pane. */
export const SECTION_LABEL = {
  openPairings: '尚未完成联系的结对',
  uncoveredFigures: '未结对的在职党外代表人士',
  schoolLeaders: '校级干部结对',
  overdueFollowUps: '逾期未办结的意见办理',
  dueSoonFollowUps: '即将到期的意见办理',
  departments: '各承办部门办理情况',
} as const;

/** A 承办部门 as shown, or what stands for the items without one. */
export const departmentLabel = (department: string): string => department || '未填承办部门';

/** The semester's state on the check's day. */
export const SEMESTER_STATE_LABEL: Record<SemesterState, string> = {
  notStarted: '未开始',
  running: '进行中',
  ended: '已结束',
};

/** Where the semester stands, e.g. 学期进行中，还剩 45 天 / 学期未开始 / 学期已结束. */
export function semesterStateText(result: Pick<CheckResult, 'semesterState' | 'daysLeft'>): string {
  const state = `学期${SEMESTER_STATE_LABEL[result.semesterState]}`;
  return result.semesterState === 'ended' ? state : `${state}，还剩 ${result.daysLeft} 天`;
}

/** A pairing's last contact for the due list: 2026-10-10（98 天前）, or 从未联系. */
export function lastContactLabel(lastContact: LocalDate | null, today: LocalDate): string {
  if (lastContact === null) return '从未联系';
  const days = dayNumber(today) - dayNumber(lastContact);
  return `${lastContact}（${days === 0 ? '今天' : `${days} 天前`}）`;
}

/** R8's statuses as the terminal, the report and the pane show them. */
export const FESTIVAL_STATUS_LABEL: Record<FestivalVisitStatus, string> = {
  visited: '已走访',
  pending: '待走访',
  missed: '未走访',
};

/** A festival's heading with its figures, e.g. 中秋节 2026-09-25（走访 2026-09-11 至 2026-09-28）：应走访 12，已走访 9…. */
export function festivalHeading(festival: FestivalResult): string {
  return (
    `重大节日走访 · ${festival.name} ${festival.date}（走访 ${festival.windowStart} 至 ${festival.windowEnd}）：` +
    `应走访结对 ${festival.pairingsDue} 个，已走访 ${festival.visited} 个，待走访 ${festival.pending} 个，未走访 ${festival.missed} 个`
  );
}
