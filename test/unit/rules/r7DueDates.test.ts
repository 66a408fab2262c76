import type { CheckResult } from '../../../src/core/check/checkResult';
import { check, followUpItem, onlyProblem, problemsOf } from './fixture';

/**
 * R7's due dates (SPEC §3): 延期至 if set, else 办理期限, else 交办日期 + 办理期限天数; for an item
 * 重办中, 重办期限, else 反馈日期 + 重办期限天数. And the problems of those dates: 延期至 without
 * 延期原因 (error), an extension longer than 延期最长天数 (warning), 延期至 before the deadline it
 * extends, 重办中 with neither 重办期限 nor 反馈日期, 答复类别 outside A–D.
 */
const TODAY = { today: '2027-01-20' };
const overdueIds = (result: CheckResult) => result.overdueFollowUps.map((overdue) => [overdue.itemId, overdue.due]);
const codes = (result: CheckResult) => result.problems.map((problem) => problem.code);

describe('R7 an extension (延期至) moves the due date', () => {
  test('an item past its 办理期限 but extended beyond today is not overdue', () => {
    const extended = followUpItem('Y01', {
      dueOn: '2026-12-15',
      extendedTo: '2027-02-15',
      extensionReason: '需校务会研究',
    });
    expect(overdueIds(check({ followUps: [extended] }, TODAY))).toEqual([]);
  });

  test('an item past its 延期至 is overdue, due on the extended date', () => {
    const extended = followUpItem('Y01', {
      dueOn: '2026-11-15',
      extendedTo: '2027-01-10',
      extensionReason: '需校务会研究',
    });
    expect(overdueIds(check({ followUps: [extended] }, TODAY))).toEqual([['Y01', '2027-01-10']]);
  });

  test('延期至 also extends a deadline counted from 交办日期', () => {
    const extended = followUpItem('Y01', {
      assignedOn: '2026-11-01',
      extendedTo: '2027-01-25',
      extensionReason: '跨年度',
    });
    expect(check({ followUps: [extended] }, TODAY).dueSoonFollowUps.map((soon) => soon.due)).toEqual(['2027-01-25']);
  });
});

describe('R7 an item 重办中 is due on its 重办期限', () => {
  test('its 重办期限, not its old 办理期限', () => {
    const redo = followUpItem('Y01', {
      status: '重办中',
      dueOn: '2026-10-01',
      answeredOn: '2026-10-20',
      redoDue: '2027-01-15',
    });
    expect(overdueIds(check({ followUps: [redo] }, TODAY))).toEqual([['Y01', '2027-01-15']]);
    const later = { ...redo, redoDue: '2027-03-01' };
    expect(overdueIds(check({ followUps: [later] }, TODAY))).toEqual([]);
  });

  test('without 重办期限: 反馈日期 + 重办期限天数 (30 by default, or as 设置 says)', () => {
    const redo = followUpItem('Y01', { status: '重办中', dueOn: '2026-10-01', answeredOn: '2026-12-10' });
    expect(overdueIds(check({ followUps: [redo] }, TODAY))).toEqual([['Y01', '2027-01-09']]);
    const longer = { settings: [{ key: '重办期限天数', value: '60' }], followUps: [redo] };
    expect(overdueIds(check(longer, TODAY))).toEqual([]);
  });

  test('with neither 重办期限 nor 反馈日期 it is an error at 重办期限, and not overdue', () => {
    const result = check({ followUps: [followUpItem('Y01', { status: '重办中', dueOn: '2026-10-01' })] }, TODAY);
    expect(onlyProblem(result, 'FOLLOW_UP_REDO_NO_DATE')).toMatchObject({
      severity: 'error',
      rule: 'R7',
      sheet: '意见办理',
      row: 2,
      column: '重办期限',
      cell: 'P2',
      message: expect.stringContaining('请填写重办期限'),
    });
    expect(result.overdueFollowUps).toEqual([]);
  });

  test('with either date it is no problem', () => {
    const answered = followUpItem('Y01', { status: '重办中', answeredOn: '2027-01-10' });
    const dated = followUpItem('Y02', { status: '重办中', redoDue: '2027-02-10' });
    expect(problemsOf(check({ followUps: [answered, dated] }, TODAY), 'FOLLOW_UP_REDO_NO_DATE')).toEqual([]);
  });
});

describe('R7 the problems of an extension', () => {
  test('延期至 without 延期原因 is an error at 延期原因', () => {
    const result = check(
      { followUps: [followUpItem('Y01', { dueOn: '2027-01-10', extendedTo: '2027-02-10' })] },
      TODAY,
    );
    expect(onlyProblem(result, 'FOLLOW_UP_EXTENSION_NO_REASON')).toMatchObject({
      severity: 'error',
      column: '延期原因',
      cell: 'J2',
      message: expect.stringContaining('「意见办理」J2：事项“Y01”延期至 2027-02-10，但没有写延期原因'),
    });
  });

  test.each([['无'], ['/']])('a 延期原因 of %s says no reason either', (reason) => {
    const extended = followUpItem('Y01', { dueOn: '2027-01-10', extendedTo: '2027-02-10', extensionReason: reason });
    expect(codes(check({ followUps: [extended] }, TODAY))).toEqual(['FOLLOW_UP_EXTENSION_NO_REASON']);
  });

  test('延期至 with its reason, within 延期最长天数, is no problem', () => {
    const extended = followUpItem('Y01', {
      dueOn: '2027-01-10',
      extendedTo: '2027-04-10',
      extensionReason: '需跨部门协调',
    });
    expect(check({ followUps: [extended] }, TODAY).problems).toEqual([]);
  });

  test('an extension longer than 延期最长天数 (90 by default) is a warning at 延期至', () => {
    const extended = followUpItem('Y01', {
      dueOn: '2027-01-10',
      extendedTo: '2027-04-11',
      extensionReason: '需跨部门协调',
    });
    const problem = onlyProblem(check({ followUps: [extended] }, TODAY), 'FOLLOW_UP_EXTENSION_TOO_LONG');
    expect(problem).toMatchObject({ severity: 'warning', column: '延期至', cell: 'I2' });
    expect(problem.message).toContain('比原办理期限 2027-01-10 晚 91 天，超过「设置」中的延期最长天数（90 天）');
  });

  test('延期最长天数 from 设置, measured from 交办日期 + 办理期限天数 when there is no 办理期限', () => {
    const extended = followUpItem('Y01', {
      assignedOn: '2026-12-01',
      extendedTo: '2027-01-21',
      extensionReason: '寒假',
    });
    const setup = { settings: [{ key: '延期最长天数', value: '20' }], followUps: [extended] };
    expect(onlyProblem(check(setup, TODAY), 'FOLLOW_UP_EXTENSION_TOO_LONG').message).toContain('晚 21 天');
    const shorter = { ...setup, followUps: [{ ...extended, extendedTo: '2027-01-20' }] };
    expect(problemsOf(check(shorter, TODAY), 'FOLLOW_UP_EXTENSION_TOO_LONG')).toEqual([]);
  });

  test('延期至 earlier than the deadline it extends is an error at 延期至', () => {
    const extended = followUpItem('Y01', { dueOn: '2027-03-01', extendedTo: '2027-02-01', extensionReason: '提前' });
    expect(onlyProblem(check({ followUps: [extended] }, TODAY), 'FOLLOW_UP_EXTENSION_EARLIER')).toMatchObject({
      severity: 'error',
      column: '延期至',
      cell: 'I2',
      message: expect.stringContaining('延期至 2027-02-01 早于原办理期限 2027-03-01'),
    });
  });

  test('延期至 without a deadline to compare with is measured against nothing', () => {
    const extended = followUpItem('Y01', { extendedTo: '2027-12-01', extensionReason: '需立项' });
    expect(check({ followUps: [extended] }, TODAY).problems).toEqual([]);
  });
});

describe('R7 答复类别', () => {
  test.each([['A'], ['B'], ['C'], ['D']])('%s is an answer category', (category) => {
    const answered = followUpItem('Y01', { status: '已答复', answeredOn: '2027-01-05', answerCategory: category });
    expect(check({ followUps: [answered] }, TODAY).problems).toEqual([]);
  });

  test('a value outside A–D is a problem at its cell that names the choices; the item is still checked', () => {
    const result = check({ followUps: [followUpItem('Y01', { dueOn: '2026-12-01', answerCategory: 'E' })] }, TODAY);
    // An optional cell: read as empty, so a warning, and the rest of the row counts.
    expect(onlyProblem(result, 'NOT_IN_LIST')).toMatchObject({
      severity: 'warning',
      sheet: '意见办理',
      column: '答复类别',
      cell: 'L2',
      message: expect.stringContaining('「答复类别」“E”不在可选范围内：请从下拉列表中选择（A、B、C、D）'),
    });
    expect(overdueIds(result)).toEqual([['Y01', '2026-12-01']]);
  });
});
