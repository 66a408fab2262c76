/**
 * The head of a check as the pane shows it: the figures grouped and worded as the terminal prints
 * them (全覆盖 counts people, 联系 counts pairings), one unit's share of them, whether there was
 * anything to check at all, and when a result on screen no longer answers the question asked.
 */
import { matchKey } from '../cellText';
import type { CheckResult, CheckSummary } from '../check/checkResult';
import { percent } from './labels';

/** One figure of the summary: its label and the value shown. */
export interface SummaryFigure {
  readonly label: string;
  readonly value: string;
}

/** A group of figures under one heading, counting one kind of thing. */
export interface SummaryGroup {
  readonly title: string;
  readonly figures: readonly SummaryFigure[];
}

/** The group headings, the terminal's 全覆盖 and 联系 with what they count. */
export const SUMMARY_GROUP_TITLE = { coverage: '全覆盖（人）', contact: '联系（结对）' } as const;

/** The summary in two groups: people covered, then pairings contacted — never mixed in one grid. */
export function summaryGroups(summary: CheckSummary): SummaryGroup[] {
  const figure = (label: string, value: number | string): SummaryFigure => ({ label, value: String(value) });
  return [
    {
      title: SUMMARY_GROUP_TITLE.coverage,
      figures: [
        figure('在职人士', summary.figuresInService),
        figure('已覆盖', summary.figuresCovered),
        figure('覆盖率', percent(summary.figuresCovered, summary.figuresInService)),
      ],
    },
    {
      title: SUMMARY_GROUP_TITLE.contact,
      figures: [
        figure('应联系', summary.pairingsDue),
        figure('已联系', summary.pairingsMet),
        figure('待联系', summary.pairingsPending),
        figure('未完成', summary.pairingsMissed),
      ],
    },
  ];
}

/** Whether a unit name (as a figure's or pairing's row spells it) is the chosen unit, as the check matches units. */
export const sameUnit = (a: string, b: string): boolean => matchKey(a) === matchKey(b);

/**
 * One unit's summary: its figures from R3's unit table, its pairings' statuses from R1. Undefined
 * when the check knows no such unit (a unit remembered from another ledger).
 */
export function unitSummary(result: CheckResult, unit: string): CheckSummary | undefined {
  const row = result.units.find((entry) => sameUnit(entry.unit, unit));
  if (!row) return undefined;
  const pairings = result.pairings.filter((pairing) => sameUnit(pairing.unit, unit));
  return {
    figuresInService: row.figuresInService,
    figuresCovered: row.figuresCovered,
    pairingsDue: pairings.length,
    pairingsMet: pairings.filter((pairing) => pairing.status === 'met').length,
    pairingsPending: pairings.filter((pairing) => pairing.status === 'pending').length,
    pairingsMissed: pairings.filter((pairing) => pairing.status === 'missed').length,
  };
}

/**
 * A ledger with no figure in service and no pairing to contact has nothing the check could find
 * missing: saying it passed would reassure falsely. With errors, rows may be there but unreadable:
 * the verdict 有错误 then says what to do.
 */
export const nothingToCheck = (result: CheckResult): boolean =>
  result.summary.figuresInService === 0 &&
  result.summary.pairingsDue === 0 &&
  !result.problems.some((problem) => problem.severity === 'error');

/** What the pane says instead of a verdict when there is nothing to check yet. */
export const NOTHING_TO_CHECK =
  '台账中还没有在职的党外代表人士，也没有需要联系的结对，暂时没有可检查的内容：请先在「党外代表人士」「领导干部」「结对关系」中填写名单，再运行检查。';

/** Why a result on screen is out of date, if it is. */
export interface Staleness {
  /** The semester the result is for, and the one chosen now. */
  readonly checkedSemester: string;
  readonly chosenSemester: string;
  /** The ledger changed (填报, 新建, 升级, 汇总, 交接) after the check ran. */
  readonly ledgerChanged: boolean;
}

/** The sentence marking a result out of date, or undefined while it still answers what is asked. */
export function staleText({ checkedSemester, chosenSemester, ledgerChanged }: Staleness): string | undefined {
  if (ledgerChanged) return '台账在这次检查之后有改动（如刚填报的联系记录）：下面的结果已过期，请重新运行检查。';
  if (chosenSemester !== '' && chosenSemester !== checkedSemester)
    return `下面是 ${checkedSemester} 的检查结果，与所选学期 ${chosenSemester} 不符：请重新运行检查。`;
  return undefined;
}
