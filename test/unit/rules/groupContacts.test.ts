import type { CheckResult } from '../../../src/core/check/checkResult';
import { check, contact, LEADER, onlyProblem, PAIRING, problemsOf, S1, statuses } from './fixture';

/**
 * Group contacts (SPEC §2): one 座谈会 or 活动 serving several pairings is one 联系记录 row listing
 * several 结对编号, or one 干部姓名 and several 人士姓名. It counts for each pairing it resolves to,
 * and with 集体活动计入 = 否 for none of their R1 minimums (still on forms and in festivals).
 *
 * The fixture's 张三 (L01) is paired with 李四 (P01); here also with 王五 (P02) and 赵六 (P03). 孙七
 * (L02) is paired with 周八 (P04).
 */
const figure = (figureId: string, name: string) => ({ figureId, name, unit: '英语学院', status: '在职' });
const pairing = (pairingId: string, leaderId: string, figureId: string, extra: Record<string, string> = {}) => ({
  ...PAIRING,
  pairingId,
  leaderId,
  figureId,
  ...extra,
});
const group = {
  leaders: [{ ...LEADER, leaderId: 'L02', name: '孙七', post: '英语学院副院长' }],
  figures: [figure('F02', '王五'), figure('F03', '赵六'), figure('F04', '周八')],
  pairings: [pairing('P02', 'L01', 'F02'), pairing('P03', 'L01', 'F03'), pairing('P04', 'L02', 'F04')],
};
const today = { today: '2027-01-20' };
const seminar = (pairingId: string | undefined, extra: Record<string, string> = {}, date = '2026-10-15') =>
  contact('C01', pairingId, date, { form: '座谈研讨', summary: '学院党外人士座谈会', ...extra });
const notCounting = [{ key: '集体活动计入', value: '否' }];
const codes = (result: CheckResult) => result.problems.map((problem) => problem.code);

describe('a group row counts for each of its pairings', () => {
  test('three 结对编号 in one row: each pairing is met and has the 座谈会 as its last contact', () => {
    const result = check({ ...group, contacts: [seminar('P01、P02，P03')] }, today);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ P01: [1, 'met'], P02: [1, 'met'], P03: [1, 'met'], P04: [0, 'pending'] });
    expect(result.pairings.filter((p) => p.lastContact === '2026-10-15').map((p) => p.pairingId)).toEqual([
      'P01',
      'P02',
      'P03',
    ]);
  });

  test('one 干部姓名 and three 人士姓名 count the same', () => {
    const row = seminar(undefined, { leaderName: '张三', figureName: '李四、王五 赵六' });
    const result = check({ ...group, contacts: [row] }, today);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'], P02: [1, 'met'], P03: [1, 'met'] });
  });

  test('the row as the 填报 form writes it (IDs, the leader, the figures) reads back without a problem', () => {
    const row = seminar('P01、P02、P03', { leaderName: '张三', figureName: '李四、王五、赵六' });
    const result = check({ ...group, contacts: [row] }, today);
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatchObject({ pairingsMet: 3 });
  });

  test('集体活动计入 = 否: the row counts toward none of their minimums; a contact of one pairing still does', () => {
    const result = check(
      { ...group, settings: notCounting, contacts: [seminar('P01、P02、P03'), contact('C02', 'P02', '2026-11-02')] },
      today,
    );
    expect(statuses(result)).toEqual({
      P01: [0, 'pending'],
      P02: [1, 'met'],
      P03: [0, 'pending'],
      P04: [0, 'pending'],
    });
    // It was a contact all the same: the due list says when each was last met.
    expect(result.pairings.find((p) => p.pairingId === 'P01')?.lastContact).toBe('2026-10-15');
  });

  test('集体活动计入 = 否 concerns group rows only: a row of one pairing counts as before', () => {
    const result = check({ ...group, settings: notCounting, contacts: [seminar('P01')] }, today);
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'] });
  });
});

describe('R5 on a group row, located at its cells', () => {
  test('a date outside one pairing’s span: an error naming that pairing; the others count', () => {
    const late = {
      ...group,
      pairings: [...group.pairings.slice(0, 1), pairing('P03', 'L01', 'F03', { start: '2026-11-01' })],
    };
    const result = check({ ...late, contacts: [seminar('P01、P02、P03')] }, today);
    const problem = onlyProblem(result, 'CONTACT_OUTSIDE_PAIRING');
    expect(problem).toMatchObject({ sheet: '联系记录', row: 2, column: '联系日期', cell: 'E2' });
    expect(problem.message).toContain('“P03”');
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'], P02: [1, 'met'], P03: [0, 'pending'] });
  });

  test('a date after today or in no semester is said once for the row, not once per pairing', () => {
    const future = check({ ...group, contacts: [seminar('P01、P02、P03', {}, '2027-02-10')] }, today);
    expect(onlyProblem(future, 'CONTACT_AFTER_TODAY').cell).toBe('E2');
    expect(future.summary).toMatchObject({ pairingsMet: 0 });
    const nowhere = check({ ...group, contacts: [seminar('P01、P02、P03', {}, '2026-08-20')] }, today);
    expect(onlyProblem(nowhere, 'CONTACT_IN_NO_SEMESTER').cell).toBe('E2');
  });

  test('a group row’s 意见建议 not registered is one item to register, not one per pairing', () => {
    const result = check({ ...group, contacts: [seminar('P01、P02、P03', { suggestions: '增加调研经费' })] }, today);
    expect(onlyProblem(result, 'SUGGESTION_UNREGISTERED').cell).toBe('H2');
  });
});

describe('bad group rows: each a located problem that says what to change; the check goes on', () => {
  test('an unknown 结对编号 in the list is an error naming it; the rest of the list counts', () => {
    const result = check({ ...group, contacts: [seminar('P01、P09、P02')] }, today);
    const problem = onlyProblem(result, 'CONTACT_GROUP_PART_UNKNOWN');
    expect(problem).toMatchObject({ severity: 'error', rule: 'R5', column: '结对编号', cell: 'B2' });
    expect(problem.message).toBe(
      '「联系记录」B2：「结对编号」所列的“P09”在「结对关系」中不存在：请改正或删去这一项；所列的其他结对照常计入。',
    );
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'], P02: [1, 'met'], P03: [0, 'pending'] });
  });

  test('a listed 结对编号 whose 结对关系 row has an error says which row to correct first', () => {
    const broken = pairing('P05', 'L01', 'F02', { start: '' });
    const result = check({ ...group, pairings: [...group.pairings, broken], contacts: [seminar('P01、P05')] }, today);
    const problem = onlyProblem(result, 'CONTACT_GROUP_PART_UNUSABLE');
    expect(problem.cell).toBe('B2');
    expect(problem.message).toContain('“P05”（「结对关系」第 6 行）');
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'] });
  });

  test('a 结对编号 listed twice is a warning; the pairing counts once', () => {
    const result = check({ ...group, contacts: [seminar('P01、P02、p01')] }, today);
    const problem = onlyProblem(result, 'CONTACT_GROUP_DUPLICATE');
    expect(problem).toMatchObject({ severity: 'warning', cell: 'B2' });
    expect(problem.message).toContain('“p01”列了不止一次');
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'], P02: [1, 'met'] });
  });

  test('a 人士姓名 listed twice is a warning at 人士姓名', () => {
    const row = seminar(undefined, { leaderName: '张三', figureName: '李四、王五、李四' });
    const problem = onlyProblem(check({ ...group, contacts: [row] }, today), 'CONTACT_GROUP_DUPLICATE');
    expect(problem).toMatchObject({ column: '人士姓名', cell: 'D2' });
  });

  test('人士姓名 naming a figure of another leader: an error naming both; the leader’s own figures count', () => {
    const row = seminar(undefined, { leaderName: '张三', figureName: '李四、周八' });
    const result = check({ ...group, contacts: [row] }, today);
    const problem = onlyProblem(result, 'CONTACT_GROUP_OTHER_LEADER');
    expect(problem).toMatchObject({ severity: 'error', column: '人士姓名', cell: 'D2' });
    expect(problem.message).toBe(
      '「联系记录」D2：人士“周八”在 2026-10-15 与干部“孙七”结对，不与本行的干部“张三”结对：请把与周八的联系另填一行（干部姓名填孙七），或从「人士姓名」中删去；所列的其他人士照常计入。',
    );
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'], P04: [0, 'pending'] });
  });

  test('two leaders in 干部姓名 mix their pairings: an error at 干部姓名, the row counts for none', () => {
    const row = seminar(undefined, { leaderName: '张三、孙七', figureName: '李四、周八' });
    const result = check({ ...group, contacts: [row] }, today);
    const problem = onlyProblem(result, 'CONTACT_GROUP_LEADERS');
    expect(problem).toMatchObject({ column: '干部姓名', cell: 'C2' });
    expect(problem.message).toContain('请按领导干部分成几行，或在「结对编号」中列出各结对的编号');
    expect(result.summary).toMatchObject({ pairingsMet: 0 });
  });

  test('a listed 人士姓名 with no pairing of that leader at all is an error naming it', () => {
    const row = seminar(undefined, { leaderName: '张三', figureName: '李四、钱九' });
    const result = check({ ...group, contacts: [row] }, today);
    expect(onlyProblem(result, 'CONTACT_GROUP_PART_NOT_FOUND').message).toContain(
      '所列的“钱九”在 2026-10-15 与干部“张三”没有有效结对',
    );
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'] });
  });

  test('names beside a 结对编号 list that are not its pairings’ are warnings; the IDs decide', () => {
    const row = seminar('P01、P02', { leaderName: '孙七', figureName: '李四、周八' });
    const result = check({ ...group, contacts: [row] }, today);
    expect(problemsOf(result, 'CONTACT_NAME_MISMATCH').map((p) => [p.cell, p.message.split('：')[1]])).toEqual([
      ['C2', '干部姓名“孙七”与结对中的“张三”不一致'],
      ['D2', '人士姓名“周八”与结对中的“李四、王五”不一致'],
    ]);
    expect(statuses(result)).toMatchObject({ P01: [1, 'met'], P02: [1, 'met'] });
  });

  test('a bad group row stops nothing: the rows after it are checked', () => {
    const result = check({ ...group, contacts: [seminar('P08、P09'), contact('C02', 'P04', '2026-11-01')] }, today);
    expect(codes(result)).toEqual(['CONTACT_GROUP_PART_UNKNOWN', 'CONTACT_GROUP_PART_UNKNOWN']);
    expect(statuses(result)).toMatchObject({ P04: [1, 'met'] });
  });
});

describe('group rows across a handover and at festivals', () => {
  // 李四's pairing passes from 张三 to 吴十 on 2026-11-01: P01 ends, P06 continues it.
  const handover = {
    ...group,
    leaders: [...group.leaders, { ...LEADER, leaderId: 'L03', name: '吴十', post: '英语学院党委副书记' }],
    replace: { pairings: [{ ...PAIRING, end: '2026-10-31' }] },
    pairings: [...group.pairings, pairing('P06', 'L03', 'F01', { start: '2026-11-01' })],
  };

  test('a group contact of the predecessor counts for the successor, as any contact does', () => {
    const result = check({ ...handover, contacts: [seminar('P01、P02')] }, { today: '2027-01-20', semesterId: S1 });
    expect(statuses(result)).toMatchObject({ P06: [1, 'met'], P02: [1, 'met'] });
    expect(result.pairings.find((p) => p.pairingId === 'P06')?.lastContact).toBe('2026-10-15');
  });

  test('with 集体活动计入 = 否 it counts for neither', () => {
    const result = check({ ...handover, settings: notCounting, contacts: [seminar('P01、P02')] }, today);
    expect(statuses(result)).toMatchObject({ P06: [0, 'pending'], P02: [0, 'pending'] });
  });

  test('a festival visit made as a group is a visit for each pairing, with 集体活动计入 = 否 too', () => {
    const midAutumn = { name: '中秋节', date: '2026-09-25', windowStart: '2026-09-11', windowEnd: '2026-09-28' };
    const visit = seminar('P01、P02', { form: '节日走访慰问' }, '2026-09-20');
    for (const settings of [[], notCounting]) {
      const result = check({ ...group, settings, festivals: [midAutumn], contacts: [visit] }, { today: '2026-10-10' });
      expect(result.festivals[0]).toMatchObject({ pairingsDue: 4, visited: 2, pending: 0, missed: 2 });
      expect(result.festivals[0]?.notVisited.map((gap) => gap.pairingId)).toEqual(['P03', 'P04']);
    }
  });
});
