import type { CheckResult } from '../../../src/core/check/checkResult';
import { check, contact, onlyProblem, problemsOf, S1 } from './fixture';

/**
 * R7: a 意见办理 item not 已答复/已办结 whose 办理期限 (or 交办日期 + 办理期限天数) is before today is
 * overdue; a contact with 意见建议 or 困难诉求 and no item pointing at it is 未登记办理 (info).
 */
const item = (itemId: string, fields: Record<string, string>) => ({
  itemId,
  type: '意见建议',
  content: '建议增加青年教师访学名额',
  department: '人事处',
  status: '办理中',
  ...fields,
});
const overdueIds = (result: CheckResult) => result.overdueFollowUps.map((overdue) => [overdue.itemId, overdue.due]);

describe('R7 overdue follow-ups', () => {
  test('an open item past its 办理期限 is overdue, with department, due date, status and row', () => {
    const result = check({ followUps: [item('Y01', { dueOn: '2026-12-15' })] }, { today: '2027-01-20' });
    expect(result.overdueFollowUps).toEqual([
      {
        itemId: 'Y01',
        department: '人事处',
        due: '2026-12-15',
        status: '办理中',
        content: '建议增加青年教师访学名额',
        sheet: '意见办理',
        row: 2,
        column: '事项编号',
        cell: 'A2',
      },
    ]);
  });

  test('an item due today, or later, is not overdue yet', () => {
    const result = check(
      { followUps: [item('Y01', { dueOn: '2027-01-20' }), item('Y02', { dueOn: '2027-02-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.overdueFollowUps).toEqual([]);
  });

  test('without 办理期限, the due date is 交办日期 + 办理期限天数 (30 by default)', () => {
    const assigned = { followUps: [item('Y01', { assignedOn: '2026-12-01' })] };
    expect(overdueIds(check(assigned, { today: '2026-12-31' }))).toEqual([]);
    expect(overdueIds(check(assigned, { today: '2027-01-01' }))).toEqual([['Y01', '2026-12-31']]);
  });

  test('办理期限天数 from 设置 is used', () => {
    const result = check(
      { settings: [{ key: '办理期限天数', value: '10' }], followUps: [item('Y01', { assignedOn: '2026-12-01' })] },
      { today: '2026-12-20' },
    );
    expect(overdueIds(result)).toEqual([['Y01', '2026-12-11']]);
  });

  test('an explicit 办理期限 wins over 交办日期 + 办理期限天数', () => {
    const result = check(
      { followUps: [item('Y01', { assignedOn: '2026-10-01', dueOn: '2027-03-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.overdueFollowUps).toEqual([]);
  });

  test.each([['已答复'], ['已办结']])('a finished item (%s) is never overdue', (status) => {
    const result = check(
      { followUps: [item('Y01', { status, dueOn: '2026-10-01', assignedOn: '2026-09-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.overdueFollowUps).toEqual([]);
  });

  test.each([['待研究'], ['已交办']])('an item still %s is overdue like one 办理中', (status) => {
    expect(
      overdueIds(check({ followUps: [item('Y01', { status, dueOn: '2026-10-01' })] }, { today: '2027-01-20' })),
    ).toEqual([['Y01', '2026-10-01']]);
  });

  test('an item with neither 办理期限 nor 交办日期 has no due date and is not overdue', () => {
    expect(check({ followUps: [item('Y01', {})] }, { today: '2027-01-20' }).overdueFollowUps).toEqual([]);
  });
});

describe('R7 suggestions not registered (未登记办理)', () => {
  const withSuggestion = contact('C01', 'P01', '2026-10-10', { suggestions: '希望学校支持出国访学' });

  test('a contact with 意见建议 and no 意见办理 row is an info at its 意见建议 cell', () => {
    const problem = onlyProblem(
      check({ contacts: [withSuggestion] }, { today: '2027-01-20' }),
      'SUGGESTION_UNREGISTERED',
    );
    expect(problem).toMatchObject({
      severity: 'info',
      rule: 'R7',
      sheet: '联系记录',
      row: 2,
      column: '意见建议',
      cell: 'H2',
    });
    expect(problem.message).toContain('联系记录“C01”有意见建议或困难诉求');
    expect(problem.message).toContain('请登记办理');
  });

  test('a contact with only 困难诉求 points at 困难诉求', () => {
    const result = check(
      { contacts: [contact('C01', 'P01', '2026-10-10', { difficulties: '子女入学困难' })] },
      { today: '2027-01-20' },
    );
    expect(onlyProblem(result, 'SUGGESTION_UNREGISTERED')).toMatchObject({ column: '困难诉求', cell: 'I2' });
  });

  test('an item whose 来源记录编号 names the contact (any case) registers it', () => {
    const lowerCase = { ...withSuggestion, contactId: 'c01' };
    const result = check(
      { contacts: [lowerCase], followUps: [item('Y01', { sourceContactId: 'C01', dueOn: '2027-03-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.problems).toEqual([]);
  });

  test.each([['无'], ['暂无'], ['/']])('%s in 意见建议 means none: no item needed', (none) => {
    const result = check(
      { contacts: [contact('C01', 'P01', '2026-10-10', { suggestions: none, difficulties: '无' })] },
      { today: '2027-01-20' },
    );
    expect(problemsOf(result, 'SUGGESTION_UNREGISTERED')).toEqual([]);
  });

  test('a contact without suggestion or difficulty needs no item', () => {
    expect(
      problemsOf(
        check({ contacts: [contact('C01', 'P01', '2026-10-10')] }, { today: '2027-01-20' }),
        'SUGGESTION_UNREGISTERED',
      ),
    ).toEqual([]);
  });

  test('only contacts counted in the checked semester are listed', () => {
    const nextSemester = contact('C02', 'P01', '2027-03-10', { suggestions: '建议改善实验室条件' });
    const result = check({ contacts: [withSuggestion, nextSemester] }, { today: '2027-04-01', semesterId: S1 });
    expect(problemsOf(result, 'SUGGESTION_UNREGISTERED').map((problem) => problem.row)).toEqual([2]);
  });

  test('an item pointing at a contact that does not exist is a warning at 来源记录编号', () => {
    const result = check(
      { followUps: [item('Y01', { sourceContactId: 'C99', dueOn: '2027-03-01' })] },
      { today: '2027-01-20' },
    );
    expect(onlyProblem(result, 'FOLLOW_UP_SOURCE_MISSING')).toMatchObject({
      severity: 'warning',
      sheet: '意见办理',
      row: 2,
      cell: 'B2',
      message: expect.stringContaining('“C99”在「联系记录」中不存在'),
    });
  });
});

describe('R7 a source contact left out for an error', () => {
  test('the item is told which row of 联系记录 has the error', () => {
    const result = check(
      {
        contacts: [contact('C01', 'P01', '上周三')],
        followUps: [item('Y01', { sourceContactId: 'C01', dueOn: '2027-03-01' })],
      },
      { today: '2027-01-20' },
    );
    expect(onlyProblem(result, 'FOLLOW_UP_SOURCE_INVALID')).toMatchObject({
      severity: 'warning',
      sheet: '意见办理',
      cell: 'B2',
      message: expect.stringContaining('“C01”所在的「联系记录」第 2 行有错误'),
    });
    expect(problemsOf(result, 'FOLLOW_UP_SOURCE_MISSING')).toEqual([]);
  });
});
