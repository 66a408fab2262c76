import { join } from 'node:path';
import type { CheckResult } from '../../src/core/check/checkResult';
import { lianyi, tempDir } from '../support/cli';
import { writeVariant } from '../support/xlsxVariants';

/** What the sample ledger was designed to show for 2026-2027-1 (see src/core/sample/sampleLedger.ts). */
function expectDesignedResults(result: CheckResult, rowShift = 0, figureIdColumn = 'A') {
  expect(result.semester).toEqual({
    id: '2026-2027-1',
    name: '2026-2027学年第一学期',
    start: '2026-09-01',
    end: '2027-02-28',
  });
  expect(result.summary).toEqual({
    figuresInService: 11,
    figuresCovered: 10,
    pairingsDue: 11,
    pairingsMet: 10,
    pairingsPending: 1,
    pairingsMissed: 0,
  });
  const status = Object.fromEntries(result.pairings.map((pairing) => [pairing.pairingId, pairing.status]));
  expect(status).toEqual({
    P01: 'met',
    P02: 'met',
    P04: 'met',
    P11: 'met',
    P12: 'met',
    P13: 'met',
    P14: 'pending',
    P15: 'met',
    P16: 'met',
    P17: 'met',
    P18: 'met',
  });
  // The handover: 孙志强's two contacts before leaving (09-20, the 中秋 visit 09-21) count for 刘文华's
  // pairing with the same figure, beside the 座谈会 C2026-029 of P04 itself.
  expect(result.pairings.find((pairing) => pairing.pairingId === 'P04')).toMatchObject({
    leader: '刘文华',
    figure: '杨帆',
    contacts: 3,
    level: '校级',
  });
  // Group rows: the 座谈会 C2026-029 (P01、P02、P04) on 12-18 is each pairing's last contact; 冯涛's one
  // 中秋 row for 高原、曹阳 (C2026-023) counts for P15 and P16 beside each one's own contact.
  const contacts = Object.fromEntries(
    result.pairings.map((pairing) => [pairing.pairingId, [pairing.contacts, pairing.lastContact]]),
  );
  expect(contacts).toMatchObject({
    P01: [3, '2026-12-18'],
    P02: [3, '2026-12-18'],
    P04: [3, '2026-12-18'],
    P15: [2, '2026-11-12'],
    P16: [2, '2026-10-15'],
  });
  // 中秋节: all visited but P14 (唐宁 left in August, no handover); 春节's window opened on 01-16.
  expect(
    result.festivals.map((festival) => [
      festival.name,
      festival.date,
      festival.visited,
      festival.pending,
      festival.missed,
      festival.notVisited.filter((gap) => gap.status === 'missed').map((gap) => gap.pairingId),
    ]),
  ).toEqual([
    ['中秋节', '2026-09-25', 10, 0, 1, ['P14']],
    ['春节', '2027-02-06', 0, 11, 0, []],
  ]);
  // Placed at its 人士编号 cell, wherever that column is.
  expect(result.uncoveredFigures).toEqual([
    {
      figureId: 'F10',
      name: '宋雨',
      unit: '艺术学院',
      sheet: '党外代表人士',
      row: 11 + rowShift,
      column: '人士编号',
      cell: `${figureIdColumn}${11 + rowShift}`,
    },
  ]);
  expect(result.schoolLeaders.map((leader) => [leader.leaderId, leader.status])).toEqual([
    ['L01', 'ok'],
    ['L02', 'ok'],
    ['L03', 'ok'],
    ['L04', 'none'],
  ]);
  expect(result.overdueFollowUps.map((item) => [item.itemId, item.due])).toEqual([
    ['Y2026-03', '2026-12-15'],
    ['Y2026-04', '2026-12-08'],
  ]);
  // Y2026-05 is due 2027-01-25, within 催办提前天数 (7) of 2027-01-20.
  expect(result.dueSoonFollowUps.map((item) => [item.itemId, item.department, item.due])).toEqual([
    ['Y2026-05', '组织部', '2027-01-25'],
  ]);
  // 人事处: Y2026-04 (overdue) and Y2026-06 (answered 10-20, before its 10-28 due date, rated 不满意).
  expect(result.departments.find((department) => department.department === '人事处')).toEqual({
    department: '人事处',
    items: 2,
    answered: 1,
    answeredOnTime: 1,
    overdue: 1,
    rated: 1,
    satisfied: 0,
  });
  expect(result.units.find((unit) => unit.unit === '艺术学院')).toEqual({
    unit: '艺术学院',
    figuresInService: 2,
    figuresCovered: 1,
    pairingsDue: 1,
    pairingsMet: 1,
  });
  const problems = result.problems.map((problem) => [
    problem.severity,
    problem.code,
    problem.sheet,
    problem.row - rowShift,
  ]);
  expect(problems).toEqual([
    ['error', 'NOT_IN_LIST', '联系记录', 19],
    ['error', 'CONTACT_PAIRING_NOT_FOUND', '联系记录', 20],
    ['warning', 'PAIRING_NEEDS_HANDOVER', '结对关系', 9],
    ['warning', 'PAIRING_NOT_FILED', '结对关系', 11],
    ['warning', 'PAIRING_NEEDS_HANDOVER', '结对关系', 12],
    ['warning', 'CONTACT_AFTER_TODAY', '联系记录', 31],
    // Y2026-06 answered but rated 不满意: it needs 重办.
    ['warning', 'FOLLOW_UP_NEEDS_REDO', '意见办理', 7],
    ['info', 'SUGGESTION_UNREGISTERED', '联系记录', 18],
  ]);
}

describe('lianyi init --sample, then check', () => {
  const dir = tempDir();
  const ledger = join(dir, '台账.xlsx');

  beforeAll(async () => {
    const created = await lianyi(['init', ledger, '--sample']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
  });

  test('gives the results the sample was designed to produce, mid-semester', async () => {
    const run = await lianyi(['check', ledger, '--today', '2027-01-20', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as CheckResult;
    expectDesignedResults(result);
    expect(result.problems[0]).toMatchObject({ column: '联系形式', cell: 'F19' });
    expect(result.problems[0]?.message).toContain('请从下拉列表中选择');
  });

  test('once the semester is over, what is still not contacted is missed, and the planned visit counts', async () => {
    const run = await lianyi(['check', ledger, '--today', '2027-03-05', '--semester', '2026-2027-1', '--json']);
    const result = JSON.parse(run.stdout) as CheckResult;
    expect(result.summary).toMatchObject({ pairingsDue: 11, pairingsMet: 10, pairingsPending: 0, pairingsMissed: 1 });
    expect(
      result.pairings.filter((pairing) => pairing.status === 'missed').map((pairing) => pairing.pairingId),
    ).toEqual(['P14']);
    // 何静's 春节 visit planned for 2027-02-10 (C2027-001) counts once its day has passed: P18's second
    // contact and the only 春节 visit; the other ten pairings missed it.
    expect(result.pairings.find((pairing) => pairing.pairingId === 'P18')).toMatchObject({ contacts: 2 });
    const springFestival = result.festivals.find((festival) => festival.name === '春节');
    expect(springFestival).toMatchObject({ visited: 1, pending: 0, missed: 10 });
    expect(springFestival?.notVisited.map((gap) => gap.pairingId)).not.toContain('P18');
  });

  test('the previous semester is checked on its own contacts', async () => {
    const run = await lianyi(['check', ledger, '--today', '2026-11-23', '--semester', '2025-2026-2', '--json']);
    const result = JSON.parse(run.stdout) as CheckResult;
    expect(result.semester.id).toBe('2025-2026-2');
    expect(result.summary).toMatchObject({ pairingsDue: 11, pairingsMet: 10, pairingsMissed: 1 });
    expect(result.pairings.find((pairing) => pairing.status === 'missed')?.pairingId).toBe('P14');
  });

  test('the terminal summary is Chinese and names the gaps', async () => {
    const run = await lianyi(['check', ledger, '--today', '2027-01-20']);
    expect(run.stdout).toContain('2026-2027学年第一学期');
    expect(run.stdout).toContain('已结对 10 人');
    expect(run.stdout).toMatch(/F10\s+宋雨\s+艺术学院/);
    expect(run.stdout).toContain('L04  赵明远  没有结对');
    expect(run.stdout).toContain('中秋节 2026-09-25');
    expect(run.stdout).toMatch(/P14\s+郑丽君 — 唐宁\s+西方语言文化学院\s+未走访/);
  });

  test.each([
    [
      'columns reordered, an extra column, no table objects',
      { reorder: (_: string, n: number) => [...Array(n).keys()].reverse(), extraColumn: '我的备注' },
      0,
      'K',
    ],
    [
      'two title rows above every header, no table objects',
      { titleRows: ['浙江外国语学院联谊交友台账', '（统战部 2026 年 11 月导出）'] },
      2,
      'A',
    ],
  ])('the same ledger with %s gives the same results', async (_label, variant, rowShift, figureIdColumn) => {
    const reshaped = join(dir, `variant-${rowShift}.xlsx`);
    await writeVariant(ledger, reshaped, variant);
    const run = await lianyi(['check', reshaped, '--today', '2027-01-20', '--json']);
    expect(run.stderr).toBe('');
    expectDesignedResults(JSON.parse(run.stdout) as CheckResult, rowShift, figureIdColumn);
  });
});
