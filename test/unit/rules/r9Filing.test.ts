import { check, onlyProblem, problemsOf, S1 } from './fixture';

/** R9: a 院级 pairing active on the reference day or started in S is filed (备案) with the 统战部, in time. */
const college = (extra: Record<string, string>) => ({
  pairingId: 'P02',
  level: '院级',
  leaderId: 'L01',
  figureId: 'F01',
  start: '2026-10-01',
  ...extra,
});
const today = { today: '2027-01-20' };

describe('R9 备案', () => {
  test('filed within 备案期限天数 of its start: no problem', () => {
    expect(problemsOf(check({ pairings: [college({ filedOn: '2026-10-20' })] }, today), 'PAIRING_FILED_LATE')).toEqual(
      [],
    );
  });

  test('without 备案日期: a warning at that cell', () => {
    expect(onlyProblem(check({ pairings: [college({})] }, today), 'PAIRING_NOT_FILED')).toMatchObject({
      severity: 'warning',
      rule: 'R9',
      sheet: '结对关系',
      row: 3,
      column: '备案日期',
      cell: 'L3',
      message: expect.stringContaining('院级结对“P02”（2026-10-01 起）还没有备案日期'),
    });
  });

  test('filed later than 备案期限天数 after its start: info with the days', () => {
    const problem = onlyProblem(check({ pairings: [college({ filedOn: '2026-11-15' })] }, today), 'PAIRING_FILED_LATE');
    expect(problem).toMatchObject({ severity: 'info', cell: 'L3' });
    expect(problem.message).toContain('2026-11-15 才备案（45 天，超过 30 天的期限）');
  });

  test('备案期限天数 is the school’s', () => {
    const result = check(
      { settings: [{ key: '备案期限天数', value: '60' }], pairings: [college({ filedOn: '2026-11-15' })] },
      today,
    );
    expect(problemsOf(result, 'PAIRING_FILED_LATE')).toEqual([]);
  });

  test('a 校级 pairing, or one ended before S without starting in it, is not asked for', () => {
    const school = { pairingId: 'P03', level: '校级', leaderId: 'L09', figureId: 'F01', start: '2026-10-01' };
    const leader = { leaderId: 'L09', name: '陈书记', post: '党委书记', level: '校级', status: '在任' };
    const ended = college({ start: '2025-03-01', end: '2026-06-30' });
    const result = check({ leaders: [leader], pairings: [school, ended] }, { ...today, semesterId: S1 });
    expect(problemsOf(result, 'PAIRING_NOT_FILED')).toEqual([]);
  });
});
