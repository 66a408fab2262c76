import { checkSummaryText } from '../../../src/cli/checkSummary';
import { type CheckResult, checkPassed, checkVerdict } from '../../../src/core/check/checkResult';
import { coverageReport } from '../../../src/core/report/coverageReport';
import { VERDICT_LABEL } from '../../../src/core/report/labels';
import { check, contact, PAIRING, S1 } from './fixture';

/** One verdict for the terminal, the report's tab, the pane and the exit code: 通过 / 待完成 / 有缺口 / 有错误. */
const contacted = { contacts: [contact('C01', 'P01', '2026-10-10')] };
const hosts = (result: CheckResult) => ({
  label: VERDICT_LABEL[checkVerdict(result)],
  exitZero: checkPassed(result),
  tab: coverageReport(result, { checkedAt: '2027-01-20 09:30' }).tabColor,
  conclusion: checkSummaryText(result).trim().split('\n').at(-1),
});

describe('the check verdict', () => {
  test('passed: every rule holds and no problem is an error', () => {
    const result = check(contacted, { today: '2027-01-20' });
    expect(result.problems).toEqual([]);
    expect(checkVerdict(result)).toBe('passed');
    expect(hosts(result)).toEqual({
      label: '通过',
      exitZero: true,
      tab: '70AD47',
      conclusion: '结论：本学期全部结对已按要求联系，全覆盖，没有错误。',
    });
  });

  test('pendingOnly: the only gap is a pairing not yet contacted while the semester runs', () => {
    const result = check({}, { today: '2027-01-20' });
    expect(checkVerdict(result)).toBe('pendingOnly');
    expect(hosts(result)).toEqual({
      label: '待完成',
      exitZero: false,
      tab: 'FFC000',
      conclusion: '结论：还有 1 个结对本学期尚未联系，请在 2027-02-28 前完成。',
    });
  });

  test('gaps: a pairing missed once the semester is over (or a figure uncovered, a 校级 leader not ok, an item overdue)', () => {
    const result = check({}, { today: '2027-03-01', semesterId: S1 });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(checkVerdict(result)).toBe('gaps');
    expect(hosts(result)).toEqual({
      label: '有缺口',
      exitZero: false,
      tab: 'C00000',
      conclusion: '结论：存在缺口或错误，请按上面的提示补充或改正台账。',
    });
  });

  test('errors: any problem of severity error, whatever else holds', () => {
    const mismatch = { ...contacted, replace: { pairings: [{ ...PAIRING, level: '校级' }] } };
    const result = check(mismatch, { today: '2027-01-20' });
    expect(result.problems.map((problem) => [problem.severity, problem.code])).toEqual([
      ['error', 'PAIRING_LEVEL_MISMATCH'],
    ]);
    expect(checkVerdict(result)).toBe('errors');
    expect(hosts(result)).toEqual({
      label: '有错误',
      exitZero: false,
      tab: 'C00000',
      conclusion: '结论：存在缺口或错误，请按上面的提示补充或改正台账。',
    });
    expect(
      checkVerdict(
        check({ replace: { pairings: [{ ...PAIRING, level: '校级' }] } }, { today: '2027-03-01', semesterId: S1 }),
      ),
    ).toBe('errors');
  });

  test('R7: an item due soon or a 不满意 answer still passes; an overdue item is a gap; the terminal lists both and each 承办部门', () => {
    const item = { itemId: 'Y01', type: '意见建议', content: '增加访学名额', department: '人事处', status: '办理中' };
    const soon = check({ ...contacted, followUps: [{ ...item, dueOn: '2027-01-25' }] }, { today: '2027-01-20' });
    expect(hosts(soon)).toMatchObject({ label: '通过', exitZero: true });
    const unsatisfied = { ...item, itemId: 'Y02', status: '已答复', answeredOn: '2027-01-02', rating: '不满意' };
    expect(hosts(check({ ...contacted, followUps: [unsatisfied] }, { today: '2027-01-20' }))).toMatchObject({
      label: '通过',
    });
    const late = check({ ...contacted, followUps: [{ ...item, dueOn: '2027-01-19' }] }, { today: '2027-01-20' });
    expect(hosts(late)).toMatchObject({ label: '有缺口', exitZero: false, tab: 'C00000' });

    const text = checkSummaryText(soon);
    expect(text).toContain('即将到期的意见办理');
    expect(text).toMatch(/Y01\s+人事处\s+期限 2027-01-25\s+办理中/);
    expect(text).toMatch(/人事处\s+1\s+0\s+0（—）\s+0\s+0\s+0（—）/);
    expect(checkSummaryText(late)).toMatch(/逾期未办结的意见办理\n\s+Y01\s+人事处\s+期限 2027-01-19/);
  });
});
