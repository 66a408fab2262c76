import type { CheckResult } from '../../../src/core/check/checkResult';
import { check, onlyProblem, problemsOf, S1 } from './fixture';

/** R2: each 校级 leader 在任 has exactly 校级干部结对人数 pairings active on min(S.end, today). */
const principal = { leaderId: 'L10', name: '陈书记', post: '党委书记', level: '校级', status: '在任' };
const figures = [
  { figureId: 'F10', name: '周教授', unit: '英语学院', status: '在职', categories: '政协委员' },
  { figureId: 'F11', name: '吴教授', unit: '英语学院', status: '在职', categories: '民主党派负责人' },
];
const schoolPairing = (pairingId: string, figureId: string, extra: Record<string, string> = {}) => ({
  pairingId,
  level: '校级',
  leaderId: 'L10',
  figureId,
  start: '2026-09-01',
  ...extra,
});

const leaderRows = (result: CheckResult) =>
  result.schoolLeaders.map(({ leaderId, pairings, status }) => [leaderId, pairings, status]);

describe('R2 school leaders', () => {
  test('a 校级 leader with one pairing is ok, and the row points at the leader', () => {
    const result = check(
      { leaders: [principal], figures, pairings: [schoolPairing('P10', 'F10')] },
      { today: '2027-01-20' },
    );
    expect(result.schoolLeaders).toEqual([
      {
        leaderId: 'L10',
        name: '陈书记',
        pairings: 1,
        wanted: 1,
        status: 'ok',
        sheet: '领导干部',
        row: 3,
        column: '干部编号',
        cell: 'A3',
      },
    ]);
  });

  test('a 校级 leader without a pairing is none', () => {
    expect(leaderRows(check({ leaders: [principal], figures }, { today: '2027-01-20' }))).toEqual([['L10', 0, 'none']]);
  });

  test('a 校级 leader with two pairings is tooMany when one is wanted', () => {
    const result = check(
      { leaders: [principal], figures, pairings: [schoolPairing('P10', 'F10'), schoolPairing('P11', 'F11')] },
      { today: '2027-01-20' },
    );
    expect(leaderRows(result)).toEqual([['L10', 2, 'tooMany']]);
  });

  test('with 校级干部结对人数 = 2, one pairing is tooFew and two are ok', () => {
    const settings = [{ key: '校级干部结对人数', value: '2' }];
    const one = check(
      { settings, leaders: [principal], figures, pairings: [schoolPairing('P10', 'F10')] },
      { today: '2027-01-20' },
    );
    expect(leaderRows(one)).toEqual([['L10', 1, 'tooFew']]);
    expect(one.schoolLeaders.map((leader) => leader.wanted)).toEqual([2]);
    const two = check(
      { settings, leaders: [principal], figures, pairings: [schoolPairing('P10', 'F10'), schoolPairing('P11', 'F11')] },
      { today: '2027-01-20' },
    );
    expect(leaderRows(two)).toEqual([['L10', 2, 'ok']]);
  });

  test('院级 leaders and 校级 leaders who have left (离任) are not listed', () => {
    const left = { ...principal, leaderId: 'L11', name: '前任书记', status: '离任', leftOn: '2026-07-01' };
    const result = check(
      { leaders: [principal, left], figures, pairings: [schoolPairing('P10', 'F10')] },
      { today: '2027-01-20' },
    );
    expect(result.schoolLeaders.map((leader) => leader.leaderId)).toEqual(['L10']);
  });

  test('a pairing that ended before the reference day no longer counts', () => {
    const ended = schoolPairing('P10', 'F10', { end: '2026-12-31' });
    expect(leaderRows(check({ leaders: [principal], figures, pairings: [ended] }, { today: '2027-01-20' }))).toEqual([
      ['L10', 0, 'none'],
    ]);
  });

  test('after the semester, pairings are judged on its last day, not on today', () => {
    const endedLater = schoolPairing('P10', 'F10', { end: '2027-03-15' });
    const result = check(
      { leaders: [principal], figures, pairings: [endedLater] },
      { today: '2027-04-01', semesterId: S1 },
    );
    expect(result.referenceDate).toBe('2027-02-28');
    expect(leaderRows(result)).toEqual([['L10', 1, 'ok']]);
  });

  test('a pairing that starts later in the semester is not counted yet', () => {
    const future = schoolPairing('P10', 'F10', { start: '2027-02-01' });
    expect(leaderRows(check({ leaders: [principal], figures, pairings: [future] }, { today: '2027-01-20' }))).toEqual([
      ['L10', 0, 'none'],
    ]);
  });
});

describe('R2 a school leader whose pairing row has an error', () => {
  test('the leader is still none, and told which 结对关系 row was not counted', () => {
    const broken = schoolPairing('P10', 'F10', { start: '下学期' });
    const result = check({ leaders: [principal], figures, pairings: [broken] }, { today: '2027-01-20' });
    expect(leaderRows(result)).toEqual([['L10', 0, 'none']]);
    expect(onlyProblem(result, 'LEADER_PAIRINGS_UNREAD')).toMatchObject({
      severity: 'warning',
      rule: 'R2',
      sheet: '领导干部',
      cell: 'A3',
      message: expect.stringContaining('干部“陈书记”在「结对关系」第 3 行的结对有错误'),
    });
  });

  test('a leader whose pairings are all sound gets no such note', () => {
    const result = check(
      { leaders: [principal], figures, pairings: [schoolPairing('P10', 'F10')] },
      { today: '2027-01-20' },
    );
    expect(problemsOf(result, 'LEADER_PAIRINGS_UNREAD')).toEqual([]);
  });
});
