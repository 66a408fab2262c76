import type { Problem } from '../../../src/core/problems';
import { check, contact, onlyProblem, PAIRING, problemsOf, S1, statuses } from './fixture';

/**
 * R5: a contact row whose pairing cannot be resolved, whose date is missing, unparseable, after
 * today, outside its pairing's active span, or in no semester counts toward nothing.
 */
const today = { today: '2027-01-20' };
const byNames = (contactId: string, date: string, leaderName = '张三', figureName = '李四') =>
  contact(contactId, undefined, date, { leaderName, figureName });

describe('R5 contacts', () => {
  test('a contact inside its pairing and the semester raises nothing and counts', () => {
    const result = check({ contacts: [contact('C01', 'P01', '2026-10-10')] }, today);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ P01: [1, 'met'] });
  });

  test('a contact dated after today is a warning at 联系日期 and does not count yet', () => {
    const result = check({ contacts: [contact('C01', 'P01', '2027-02-10')] }, today);
    const problem = onlyProblem(result, 'CONTACT_AFTER_TODAY');
    expect(problem).toMatchObject({
      severity: 'warning',
      rule: 'R5',
      sheet: '联系记录',
      row: 2,
      column: '联系日期',
      cell: 'E2',
    });
    expect(problem.message).toContain('2027-02-10 晚于今天（2027-01-20）');
    expect(problem.message).toContain('请改正');
    expect(statuses(result)).toEqual({ P01: [0, 'pending'] });
  });

  test('a contact before its pairing started is an error and does not count', () => {
    const result = check(
      { replace: { pairings: [{ ...PAIRING, start: '2026-11-01' }] }, contacts: [contact('C01', 'P01', '2026-10-15')] },
      today,
    );
    const problem = onlyProblem(result, 'CONTACT_OUTSIDE_PAIRING');
    expect(problem).toMatchObject({ severity: 'error', sheet: '联系记录', row: 2, cell: 'E2' });
    expect(problem.message).toContain('不在结对“P01”的有效期（2026-11-01 至 今）内');
    expect(problem.message).toContain('请核对日期或结对编号');
    expect(statuses(result)).toEqual({ P01: [0, 'pending'] });
  });

  test('a contact after its pairing ended is an error too', () => {
    const result = check(
      {
        replace: { pairings: [{ ...PAIRING, end: '2026-10-31' }] },
        pairings: [{ ...PAIRING, pairingId: 'P02', start: '2026-11-01' }],
        contacts: [contact('C01', 'P01', '2026-11-05')],
      },
      today,
    );
    expect(onlyProblem(result, 'CONTACT_OUTSIDE_PAIRING').message).toContain('（2026-03-01 至 2026-10-31）');
    expect(statuses(result)).toEqual({ P02: [0, 'pending'] });
  });

  test('a contact in the gap between two semesters belongs to no semester: an error, counted nowhere', () => {
    const semesters = [
      { semesterId: S1, name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-01-31' },
      { semesterId: '2026-2027-2', name: '2026-2027学年第二学期', start: '2027-03-01', end: '2027-08-31' },
    ];
    const result = check(
      { replace: { semesters }, contacts: [contact('C01', 'P01', '2027-02-10')] },
      { today: '2027-03-10', semesterId: S1 },
    );
    const problem = onlyProblem(result, 'CONTACT_IN_NO_SEMESTER');
    expect(problem).toMatchObject({ severity: 'error', sheet: '联系记录', row: 2, cell: 'E2' });
    expect(problem.message).toContain('2027-02-10 不属于任何学期');
    expect(problem.message).toContain('在「学期」工作表中补充学期');
    expect(onlyProblem(result, 'SEMESTER_GAP')).toMatchObject({
      severity: 'warning',
      sheet: '学期',
      row: 3,
      cell: 'C3',
    });
    expect(statuses(result)).toEqual({ P01: [0, 'missed'] });
  });

  test('a contact named by 干部姓名 + 人士姓名 resolves to the pairing active on its date', () => {
    const result = check({ contacts: [byNames('C01', '2026-10-10', ' 张 三 ', '李四')] }, today);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ P01: [1, 'met'] });
  });

  test('when the same two people were paired twice, names resolve to the pairing of the contact date', () => {
    const paired = {
      replace: { pairings: [{ ...PAIRING, end: '2026-10-31' }] },
      pairings: [{ ...PAIRING, pairingId: 'P02', start: '2026-11-01' }],
    };
    const result = check({ ...paired, contacts: [byNames('C01', '2026-11-10')] }, today);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ P02: [1, 'met'] });
  });

  test('names of two people not paired, or not paired on that date: an error at 干部姓名', () => {
    const result = check(
      { contacts: [byNames('C01', '2026-10-10', '张三', '钱六'), byNames('C02', '2026-02-10')] },
      today,
    );
    expect(problemsOf(result, 'CONTACT_PAIRING_NOT_FOUND').map((problem) => problem.cell)).toEqual(['C2', 'C3']);
    const problem = problemsOf(result, 'CONTACT_PAIRING_NOT_FOUND')[0] as Problem;
    expect(problem).toMatchObject({ severity: 'error', sheet: '联系记录', row: 2, column: '干部姓名', cell: 'C2' });
    expect(problem.message).toContain('没有干部“张三”与人士“钱六”的有效结对');
    expect(statuses(result)).toEqual({ P01: [0, 'pending'] });
  });

  test('names matching two active pairings are ambiguous: fill in 结对编号', () => {
    const result = check(
      { pairings: [{ ...PAIRING, pairingId: 'P02', start: '2026-09-01' }], contacts: [byNames('C01', '2026-10-10')] },
      today,
    );
    const problem = onlyProblem(result, 'CONTACT_PAIRING_AMBIGUOUS');
    expect(problem).toMatchObject({ severity: 'error', cell: 'C2' });
    expect(problem.message).toContain('请填写结对编号');
  });

  test('an unknown 结对编号 is an error at that cell, and a row with no reference at all asks for one', () => {
    const result = check(
      { contacts: [contact('C01', 'P99', '2026-10-10'), contact('C02', undefined, '2026-10-11')] },
      today,
    );
    expect(onlyProblem(result, 'CONTACT_PAIRING_UNKNOWN')).toMatchObject({
      severity: 'error',
      row: 2,
      column: '结对编号',
      cell: 'B2',
      message: expect.stringContaining('“P99”在「结对关系」中不存在'),
    });
    expect(onlyProblem(result, 'CONTACT_PAIRING_EMPTY')).toMatchObject({
      severity: 'error',
      row: 3,
      cell: 'B3',
      message: expect.stringContaining('同时填写「干部姓名」和「人士姓名」'),
    });
    expect(statuses(result)).toEqual({ P01: [0, 'pending'] });
  });

  test('a contact of a pairing that exists but cannot be read points at that pairing row, not at a missing 编号', () => {
    const broken = { pairingId: 'P02', level: '院级', leaderName: '王五', figureId: 'F01', start: '2026-03-01' };
    const result = check({ pairings: [broken], contacts: [contact('C01', 'P02', '2026-10-10')] }, today);
    expect(onlyProblem(result, 'REF_NAME_MISSING')).toMatchObject({ sheet: '结对关系', row: 3 });
    expect(onlyProblem(result, 'CONTACT_PAIRING_UNUSABLE')).toMatchObject({
      severity: 'error',
      row: 2,
      cell: 'B2',
      message: expect.stringContaining('第 3 行'),
    });
    expect(problemsOf(result, 'CONTACT_PAIRING_UNKNOWN')).toEqual([]);
  });

  test('a missing or unreadable 联系日期 is an error at that cell and the row counts for nothing', () => {
    const result = check({ contacts: [contact('C01', 'P01', undefined), contact('C02', 'P01', '上周三')] }, today);
    expect(onlyProblem(result, 'REQUIRED_MISSING')).toMatchObject({
      severity: 'error',
      sheet: '联系记录',
      row: 2,
      cell: 'E2',
      message: expect.stringContaining('「联系日期」不能为空'),
    });
    const invalid = onlyProblem(result, 'DATE_INVALID');
    expect(invalid).toMatchObject({ severity: 'error', sheet: '联系记录', row: 3, cell: 'E3' });
    expect(invalid.message).toContain('“上周三”不是有效日期：请写成 2026-09-15');
    expect(statuses(result)).toEqual({ P01: [0, 'pending'] });
  });

  test('dates typed as text (2026年10月10日, 2026/10/10) are read and count', () => {
    const result = check(
      {
        settings: [{ key: '每学期最少联系次数', value: '2' }],
        contacts: [contact('C01', 'P01', '2026年10月10日'), contact('C02', 'P01', '2026/11/5')],
      },
      today,
    );
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ P01: [2, 'met'] });
  });
});
