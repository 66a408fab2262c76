import type { LocalDate } from '../../../src/core/localDate';
import { indicatorScore, roundTenth } from '../../../src/core/review/indicatorScores';
import { reviewYear } from '../../../src/core/review/reviewYear';
import { contact, ledgerOf, type Setup } from '../rules/fixture';

/** Scoring (满分 × rate, 0.1), the school's own indicators, and the years a review refuses. */
const run = (setup: Setup, today: string, year = '2026-2027') => {
  const { ledger, problems } = ledgerOf(setup);
  return reviewYear(ledger, problems, { year, today: today as LocalDate });
};
const VERSION_2 = { key: '台账版本', value: '2' };
const indicator = (id: string, method: string, maxScore: string) => ({
  indicatorId: id,
  name: `指标${id}`,
  method,
  maxScore,
});

describe('scores', () => {
  test('满分 × rate rounded to 0.1, halves up and free of binary noise', () => {
    const k = { id: 'K', name: '', measure: '覆盖率', maxScore: 25 } as const;
    expect(indicatorScore(k, { numerator: 1, denominator: 3, rate: 1 / 3 })).toBe(8.3);
    expect(indicatorScore({ ...k, maxScore: 15 }, { numerator: 1, denominator: 3, rate: 1 / 3 })).toBe(5);
    expect(indicatorScore({ ...k, maxScore: 5 }, { numerator: 9, denominator: 20, rate: 0.45 })).toBe(2.3);
    expect(indicatorScore(k, { numerator: 0, denominator: 0, rate: null })).toBe(25);
    expect(roundTenth(0.15 + 0.1)).toBe(0.3);
  });

  test('a version-1 ledger is scored with the seven default indicators, 100 in all', () => {
    const result = run({ contacts: [contact('C1', 'P01', '2026-10-10')] }, '2027-01-20');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.indicators.map((i) => `${i.id}${i.measure}${i.maxScore}`)).toEqual([
      'K1覆盖率25',
      'K2联系完成率30',
      'K3节日走访率15',
      'K4备案及时率10',
      'K5意见登记率10',
      'K6台账规范率5',
      'K7交接及时率5',
    ]);
    expect(result.value.units[0]?.total).toBe(100);
  });
});

describe('the indicators are the school’s', () => {
  test('a deleted indicator is not scored; totals other than 100 are a warning at 满分', () => {
    const result = run(
      { settings: [VERSION_2], indicators: [indicator('K1', '覆盖率', '50'), indicator('K2', '联系完成率', '30')] },
      '2027-01-20',
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.value.units[0]?.scores ?? {})).toEqual(['K1', 'K2']);
    expect(result.value.problems).toEqual([
      expect.objectContaining({ code: 'INDICATOR_TOTAL_NOT_100', severity: 'warning', sheet: '考核指标', cell: 'D2' }),
    ]);
  });

  test('totals of 100 (full-width digits too): no problem', () => {
    const result = run(
      { settings: [VERSION_2], indicators: [indicator('K1', '覆盖率', '７０'), indicator('K2', '联系完成率', '30')] },
      '2027-01-20',
    );
    expect(result.ok && result.value.problems).toEqual([]);
  });

  test('a 满分 that is no positive number is an error and the row is not scored; an unknown 计算方式 is located', () => {
    const result = run(
      {
        settings: [VERSION_2],
        indicators: [
          indicator('K1', '覆盖率', '-5'),
          indicator('K2', '满意度', '30'),
          indicator('K3', '联系完成率', '100'),
        ],
      },
      '2027-01-20',
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.indicators.map((i) => i.id)).toEqual(['K3']);
    expect(result.value.problems.map((p) => [p.code, p.cell])).toEqual(
      expect.arrayContaining([
        ['INDICATOR_MAX_INVALID', 'D2'],
        ['NOT_IN_LIST', 'C3'],
      ]),
    );
  });
});

describe('意见办理 per 承办部门 over the year', () => {
  test('items, answered, on time, overdue, rated and satisfied; an item done before the year is not counted', () => {
    const item = (itemId: string, extra: Record<string, string>) => ({
      itemId,
      type: '意见建议',
      content: '事项',
      department: '教务处',
      ...extra,
    });
    const result = run(
      {
        followUps: [
          item('Y1', {
            assignedOn: '2026-09-10',
            dueOn: '2026-10-10',
            status: '已答复',
            answeredOn: '2026-10-01',
            rating: '满意',
          }),
          item('Y2', { assignedOn: '2026-11-01', dueOn: '2026-12-01', status: '办理中' }),
          item('Y3', { assignedOn: '2026-03-01', status: '已办结', answeredOn: '2026-04-01' }),
        ],
      },
      '2027-01-20',
    );
    expect(result.ok && result.value.departments).toEqual([
      { department: '教务处', items: 2, answered: 1, answeredOnTime: 1, overdue: 1, rated: 1, satisfied: 1 },
    ]);
  });
});

describe('the year', () => {
  test('a semester not begun is left out and named', () => {
    const result = run({}, '2026-12-01');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.semesters.map((s) => s.id)).toEqual(['2026-2027-1']);
    expect(result.value.notBegun.map((s) => s.id)).toEqual(['2026-2027-2']);
  });

  test.each([
    ['2026-2028', '2027-01-20', 'reviewYearInvalid', '2026-2027'],
    ['2030-2031', '2027-01-20', 'reviewNoSemesters', '2026-2027'],
    ['2026-2027', '2026-08-01', 'reviewNotBegun', '2026-09-01'],
  ])('year %s on %s: %s, with one line saying what to do', (year, today, kind, mentions) => {
    const result = run({}, today, year);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe(kind);
      expect(result.error.message).toContain(mentions);
    }
  });
});
