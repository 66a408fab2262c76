import { checkSummaryText } from '../../../src/cli/checkSummary';
import { runCheck } from '../../../src/core/check/runCheck';
import { type CheckResult } from '../../../src/core/check/checkResult';
import {
  nothingToCheck,
  staleText,
  SUMMARY_GROUP_TITLE,
  summaryGroups,
  unitSummary,
} from '../../../src/core/report/summaryFigures';
import type { LocalDate } from '../../../src/core/localDate';
import { baseContent, rawLedger, readOrThrow, sampleRaw } from '../../support/rawLedger';

const TODAY = '2027-01-20' as LocalDate;

function checked(raw = sampleRaw()): CheckResult {
  const { ledger, problems } = readOrThrow(raw);
  const result = runCheck(ledger, problems, { semesterId: '2026-2027-1', today: TODAY });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the head of a check in the pane', () => {
  test('people and pairings are two groups, worded as the terminal words them', () => {
    const result = checked();
    const groups = summaryGroups(result.summary);
    expect(groups.map((group) => group.title)).toEqual([SUMMARY_GROUP_TITLE.coverage, SUMMARY_GROUP_TITLE.contact]);
    expect(groups[0]?.figures.map((figure) => figure.label)).toEqual(['在职人士', '已覆盖', '覆盖率']);
    expect(groups[1]?.figures.map((figure) => figure.label)).toEqual(['应联系', '已联系', '待联系', '未完成']);
    // The 未完成 tile counts pairings missed, beside 待联系: the two are never one number under two names.
    const contact = Object.fromEntries(groups[1]?.figures.map((figure) => [figure.label, figure.value]) ?? []);
    expect(contact).toEqual({
      应联系: String(result.summary.pairingsDue),
      已联系: String(result.summary.pairingsMet),
      待联系: String(result.summary.pairingsPending),
      未完成: String(result.summary.pairingsMissed),
    });
    const text = checkSummaryText(result);
    expect(text).toContain(`已结对 ${result.summary.figuresCovered} 人`);
    expect(text).toContain('已覆盖');
  });

  test('one unit’s figures: its people from the unit table, its pairings’ statuses counted; none for an unknown unit', () => {
    const result = checked();
    const row = result.units.find((unit) => unit.unit === '国际商学院');
    const mine = unitSummary(result, '国际商学院');
    expect(mine).toMatchObject({ figuresInService: row?.figuresInService, figuresCovered: row?.figuresCovered });
    expect(mine?.pairingsDue).toBe(result.pairings.filter((pairing) => pairing.unit === '国际商学院').length);
    expect((mine?.pairingsMet ?? 0) + (mine?.pairingsPending ?? 0) + (mine?.pairingsMissed ?? 0)).toBe(
      mine?.pairingsDue,
    );
    // Matched as the check matches names: full-width and spaces folded.
    expect(unitSummary(result, ' 国际商学院 ')).toEqual(mine);
    expect(unitSummary(result, '另一所学校的学院')).toBeUndefined();
  });

  test('an empty ledger has nothing to check: not 通过, in the pane or in the terminal', () => {
    const empty = checked(rawLedger(baseContent()));
    expect(nothingToCheck(empty)).toBe(true);
    expect(checkSummaryText(empty).trim().split('\n').at(-1)).toBe(
      '结论：台账中还没有在职的党外代表人士和需要联系的结对，暂无可检查的内容。',
    );
    expect(nothingToCheck(checked())).toBe(false);
    // With errors the rows may be there but unreadable: the verdict 有错误 says what to do.
    const withError = {
      ...empty,
      problems: [
        {
          severity: 'error',
          rule: 'R6',
          code: 'REQUIRED_MISSING',
          sheet: '党外代表人士',
          row: 2,
          column: '姓名',
          cell: 'B2',
          message: '',
        },
      ],
    } as CheckResult;
    expect(nothingToCheck(withError)).toBe(false);
  });

  test('a result is out of date after the ledger changed or for another semester than the one chosen', () => {
    const fresh = { checkedSemester: '2026-2027-1', chosenSemester: '2026-2027-1', ledgerChanged: false };
    expect(staleText(fresh)).toBeUndefined();
    expect(staleText({ ...fresh, chosenSemester: '' })).toBeUndefined();
    expect(staleText({ ...fresh, chosenSemester: '2025-2026-2' })).toBe(
      '下面是 2026-2027-1 的检查结果，与所选学期 2025-2026-2 不符：请重新运行检查。',
    );
    expect(staleText({ ...fresh, ledgerChanged: true })).toMatch(/^台账在这次检查之后有改动/);
  });
});
