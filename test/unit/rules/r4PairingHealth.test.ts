import { check, FIGURE, LEADER, onlyProblem, PAIRING, problemsOf } from './fixture';

/**
 * R4: a pairing whose leader is 离任 or whose figure is not 在职 but that has no 结束日期 needs 交接
 * or closing (warning); a pairing whose 层级 differs from its leader's is an error.
 */
const today = { today: '2027-01-20' };
const r4 = (result: ReturnType<typeof check>) => result.problems.filter((problem) => problem.rule === 'R4');

describe('R4 pairing health', () => {
  test('a pairing of a serving leader and a figure in service, at the leader’s level, is healthy', () => {
    expect(r4(check({}, today))).toEqual([]);
  });

  test('a leader who has left (离任) with the pairing still open: a warning at 结束日期', () => {
    const result = check({ replace: { leaders: [{ ...LEADER, status: '离任', leftOn: '2026-12-01' }] } }, today);
    const problem = onlyProblem(result, 'PAIRING_NEEDS_HANDOVER');
    expect(problem).toMatchObject({
      severity: 'warning',
      rule: 'R4',
      sheet: '结对关系',
      row: 2,
      column: '结束日期',
      cell: 'I2',
    });
    expect(problem.message).toContain('「结对关系」I2');
    expect(problem.message).toContain('干部“张三”已离任');
    expect(problem.message).toContain('请填写结束日期');
    expect(problem.message).toContain('交接说明');
  });

  test('the same leader with the pairing closed is fine', () => {
    const result = check(
      {
        replace: {
          leaders: [{ ...LEADER, status: '离任', leftOn: '2026-12-01' }],
          pairings: [{ ...PAIRING, end: '2026-12-01', changeReason: '干部离任' }],
        },
      },
      today,
    );
    expect(r4(result)).toEqual([]);
  });

  test.each([['调离'], ['退休']])(
    'a figure no longer in service (%s) with the pairing still open: a warning',
    (status) => {
      const result = check({ replace: { figures: [{ ...FIGURE, status }] } }, today);
      const problem = onlyProblem(result, 'PAIRING_NEEDS_HANDOVER');
      expect(problem).toMatchObject({ severity: 'warning', sheet: '结对关系', row: 2, cell: 'I2' });
      expect(problem.message).toContain(`人士“李四”已${status}`);
    },
  );

  test('both the leader and the figure gone: two warnings, one for each', () => {
    const result = check(
      { replace: { leaders: [{ ...LEADER, status: '离任' }], figures: [{ ...FIGURE, status: '调离' }] } },
      today,
    );
    expect(problemsOf(result, 'PAIRING_NEEDS_HANDOVER').map((problem) => problem.message)).toEqual([
      expect.stringContaining('干部“张三”已离任'),
      expect.stringContaining('人士“李四”已调离'),
    ]);
  });

  test('a pairing whose 层级 differs from its leader’s: an error at 层级', () => {
    const result = check({ replace: { pairings: [{ ...PAIRING, level: '校级' }] } }, today);
    const problem = onlyProblem(result, 'PAIRING_LEVEL_MISMATCH');
    expect(problem).toMatchObject({
      severity: 'error',
      rule: 'R4',
      sheet: '结对关系',
      row: 2,
      column: '层级',
      cell: 'B2',
    });
    expect(problem.message).toContain('层级为“校级”');
    expect(problem.message).toContain('干部“张三”的层级是“院级”');
    expect(problem.message).toContain('请改正其中之一');
  });

  test('a mismatch on a later row points at that row', () => {
    const result = check(
      {
        pairings: [
          {
            pairingId: 'P02',
            level: '校级',
            leaderName: '张三',
            figureName: '李四',
            start: '2025-03-01',
            end: '2026-02-28',
          },
        ],
      },
      today,
    );
    expect(onlyProblem(result, 'PAIRING_LEVEL_MISMATCH')).toMatchObject({ row: 3, cell: 'B3' });
  });
});
