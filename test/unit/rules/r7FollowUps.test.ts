import { type CheckResult, checkVerdict } from '../../../src/core/check/checkResult';
import { check, contact, followUpItem, onlyProblem, problemsOf, S1 } from './fixture';

/**
 * R7: a 意见办理 item not 已答复/已办结 whose due date is before today is overdue, one due within
 * 催办提前天数 is due soon; an answered item rated 不满意 needs 重办; a contact with 意见建议 or 困难诉求
 * and no item pointing at it is 未登记办理 (info). Due dates with 延期 and 重办: r7DueDates.test.ts.
 */
const overdueIds = (result: CheckResult) => result.overdueFollowUps.map((overdue) => [overdue.itemId, overdue.due]);

describe('R7 overdue follow-ups', () => {
  test('an open item past its 办理期限 is overdue, with department, due date, status and row', () => {
    const result = check({ followUps: [followUpItem('Y01', { dueOn: '2026-12-15' })] }, { today: '2027-01-20' });
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
      { followUps: [followUpItem('Y01', { dueOn: '2027-01-20' }), followUpItem('Y02', { dueOn: '2027-02-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.overdueFollowUps).toEqual([]);
  });

  test('without 办理期限, the due date is 交办日期 + 办理期限天数 (30 by default)', () => {
    const assigned = { followUps: [followUpItem('Y01', { assignedOn: '2026-12-01' })] };
    expect(overdueIds(check(assigned, { today: '2026-12-31' }))).toEqual([]);
    expect(overdueIds(check(assigned, { today: '2027-01-01' }))).toEqual([['Y01', '2026-12-31']]);
  });

  test('办理期限天数 from 设置 is used', () => {
    const result = check(
      {
        settings: [{ key: '办理期限天数', value: '10' }],
        followUps: [followUpItem('Y01', { assignedOn: '2026-12-01' })],
      },
      { today: '2026-12-20' },
    );
    expect(overdueIds(result)).toEqual([['Y01', '2026-12-11']]);
  });

  test('an explicit 办理期限 wins over 交办日期 + 办理期限天数', () => {
    const result = check(
      { followUps: [followUpItem('Y01', { assignedOn: '2026-10-01', dueOn: '2027-03-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.overdueFollowUps).toEqual([]);
  });

  test.each([['已答复'], ['已办结']])('a finished item (%s) is never overdue', (status) => {
    const result = check(
      { followUps: [followUpItem('Y01', { status, dueOn: '2026-10-01', assignedOn: '2026-09-01' })] },
      { today: '2027-01-20' },
    );
    expect(result.overdueFollowUps).toEqual([]);
  });

  test.each([['待研究'], ['已交办']])('an item still %s is overdue like one 办理中', (status) => {
    expect(
      overdueIds(check({ followUps: [followUpItem('Y01', { status, dueOn: '2026-10-01' })] }, { today: '2027-01-20' })),
    ).toEqual([['Y01', '2026-10-01']]);
  });

  test('an item with neither 办理期限 nor 交办日期 has no due date and is not overdue', () => {
    expect(check({ followUps: [followUpItem('Y01', {})] }, { today: '2027-01-20' }).overdueFollowUps).toEqual([]);
  });
});

describe('R7 items due soon (催办提前天数)', () => {
  const dueSoon = (result: CheckResult) => result.dueSoonFollowUps.map((soon) => [soon.itemId, soon.due]);

  test('an open item due today or within 7 days is due soon, soonest first, with its place; not overdue', () => {
    const result = check(
      {
        followUps: [
          followUpItem('Y01', { dueOn: '2027-01-27' }),
          followUpItem('Y02', { dueOn: '2027-01-20' }),
          followUpItem('Y03', { dueOn: '2027-01-28' }),
        ],
      },
      { today: '2027-01-20' },
    );
    expect(dueSoon(result)).toEqual([
      ['Y02', '2027-01-20'],
      ['Y01', '2027-01-27'],
    ]);
    expect(result.dueSoonFollowUps[0]).toMatchObject({ department: '人事处', status: '办理中', cell: 'A3' });
    expect(result.overdueFollowUps).toEqual([]);
  });

  test('催办提前天数 from 设置 is used', () => {
    const setup = {
      settings: [{ key: '催办提前天数', value: '10' }],
      followUps: [followUpItem('Y01', { dueOn: '2027-01-30' })],
    };
    expect(dueSoon(check(setup, { today: '2027-01-20' }))).toEqual([['Y01', '2027-01-30']]);
    expect(dueSoon(check(setup, { today: '2027-01-19' }))).toEqual([]);
  });

  test('a finished item is never due soon, and being due soon alone does not change the verdict', () => {
    const finished = followUpItem('Y01', { status: '已办结', dueOn: '2027-01-22', answeredOn: '2027-01-15' });
    expect(dueSoon(check({ followUps: [finished] }, { today: '2027-01-20' }))).toEqual([]);
    const open = check({ followUps: [followUpItem('Y01', { dueOn: '2027-01-22' })] }, { today: '2027-01-20' });
    expect(checkVerdict(open)).toBe(checkVerdict(check({}, { today: '2027-01-20' })));
  });
});

describe('R7 an answer the figure was not satisfied with needs 重办', () => {
  test.each([['已答复'], ['已办结']])('%s rated 不满意 is a warning at 反馈评价', (status) => {
    const answered = followUpItem('Y01', { status, answeredOn: '2027-01-05', rating: '不满意' });
    const problem = onlyProblem(check({ followUps: [answered] }, { today: '2027-01-20' }), 'FOLLOW_UP_NEEDS_REDO');
    expect(problem).toMatchObject({ severity: 'warning', rule: 'R7', column: '反馈评价', cell: 'O2' });
    expect(problem.message).toContain(`事项“Y01”${status}，但反馈评价为“不满意”：请交承办部门重办`);
  });

  test.each([['满意'], ['基本满意']])('an answer rated %s needs nothing', (rating) => {
    const answered = followUpItem('Y01', { status: '已答复', answeredOn: '2027-01-05', rating });
    expect(check({ followUps: [answered] }, { today: '2027-01-20' }).problems).toEqual([]);
  });

  test('an item already 重办中 after a 不满意 needs no second reminder', () => {
    const redo = followUpItem('Y01', { status: '重办中', answeredOn: '2027-01-05', rating: '不满意' });
    expect(check({ followUps: [redo] }, { today: '2027-01-20' }).problems).toEqual([]);
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
      { contacts: [lowerCase], followUps: [followUpItem('Y01', { sourceContactId: 'C01', dueOn: '2027-03-01' })] },
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
      { followUps: [followUpItem('Y01', { sourceContactId: 'C99', dueOn: '2027-03-01' })] },
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
        followUps: [followUpItem('Y01', { sourceContactId: 'C01', dueOn: '2027-03-01' })],
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
