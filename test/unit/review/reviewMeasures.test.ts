import type { LocalDate } from '../../../src/core/localDate';
import type { ReviewResult, UnitReview } from '../../../src/core/review/reviewResult';
import { reviewYear } from '../../../src/core/review/reviewYear';
import { contact, FIGURE, LEADER, ledgerOf, PAIRING, type Setup } from '../rules/fixture';

/**
 * 年度考核's seven measures (SPEC §5b), each on a small ledger built for it: one case with
 * something to measure (and a shortfall named), one without (rate null, full marks).
 */
function review(setup: Setup, today: string, year = '2026-2027'): ReviewResult {
  const { ledger, problems } = ledgerOf(setup);
  const result = reviewYear(ledger, problems, { year, today: today as LocalDate });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const unit = (result: ReviewResult, name = '英语学院'): UnitReview => {
  const found = result.units.find((entry) => entry.unit === name);
  if (!found) throw new Error(`no unit ${name}`);
  return found;
};
const measure = (result: ReviewResult, method: keyof UnitReview['measures'], name?: string) =>
  unit(result, name).measures[method];

const LEADER2 = { ...LEADER, leaderId: 'L02', name: '赵六' };
const FIGURE2 = { ...FIGURE, figureId: 'F02', name: '王五' };
const pairing = (id: string, extra: Record<string, string>) => ({ ...PAIRING, pairingId: id, ...extra });

describe('覆盖率: 在职 figures paired on the year’s last reference day', () => {
  test('one of two figures paired: 1/2, and the other is named', () => {
    const result = review({ figures: [FIGURE2] }, '2027-01-20');
    expect(measure(result, '覆盖率')).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(unit(result).deductions).toContain('F02 王五 未结对');
    expect(unit(result).scores.K1).toBe(12.5);
  });
  test('a unit with no figure 在职: nothing to measure, full marks', () => {
    const result = review({ replace: { figures: [{ ...FIGURE, status: '退休' }], pairings: [] } }, '2027-01-20');
    expect(measure(result, '覆盖率')).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(unit(result).scores.K1).toBe(25);
  });
});

describe('联系完成率: met pairings over due pairings, summed over the begun semesters', () => {
  test('met in the first semester, not yet in the second: 1/2', () => {
    const result = review({ contacts: [contact('C1', 'P01', '2026-10-10')] }, '2027-03-10');
    expect(measure(result, '联系完成率')).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(unit(result).deductions).toContain('P01 第二学期尚未联系');
    expect(unit(result).scores.K2).toBe(15);
  });
  test('missed in a semester that has ended: named as 未联系', () => {
    const result = review({}, '2027-03-10');
    expect(unit(result).deductions).toContain('P01 第一学期未联系');
  });
  test('no pairing due: nothing to measure', () => {
    expect(measure(review({ replace: { pairings: [] } }, '2027-01-20'), '联系完成率').rate).toBeNull();
  });
});

describe('节日走访率: visited over due (pairing, festival) pairs of festivals whose window began', () => {
  const midAutumn = { name: '中秋节', date: '2026-09-25', windowStart: '2026-09-15', windowEnd: '2026-10-05' };
  test('a visit in the window counts; none is named', () => {
    const visited = review(
      { festivals: [midAutumn], contacts: [contact('C1', 'P01', '2026-09-20', { form: '节日走访慰问' })] },
      '2027-01-20',
    );
    expect(measure(visited, '节日走访率')).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    const missed = review({ festivals: [midAutumn] }, '2027-01-20');
    expect(measure(missed, '节日走访率')).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(unit(missed).deductions).toContain('中秋节 P01 未走访');
  });
  test('no festival: nothing to measure', () => {
    expect(measure(review({}, '2027-01-20'), '节日走访率').rate).toBeNull();
  });
});

describe('备案及时率: 院级 pairings active in the year filed within 备案期限天数', () => {
  test('one filed in time, one never: 1/2, the unfiled named', () => {
    const result = review(
      { leaders: [LEADER2], pairings: [pairing('P02', { leaderId: 'L02', start: '2026-10-01', filedOn: '' })] },
      '2027-01-20',
    );
    expect(measure(result, '备案及时率')).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(unit(result).deductions).toContain('P02 未报备案');
  });
  test('filed late counts as not in time', () => {
    const result = review({ replace: { pairings: [pairing('P01', { filedOn: '2026-05-01' })] } }, '2027-01-20');
    expect(unit(result).deductions).toContain('P01 备案逾期');
  });
  test('no 院级 pairing: nothing to measure', () => {
    expect(measure(review({ replace: { pairings: [] } }, '2027-01-20'), '备案及时率').rate).toBeNull();
  });
});

describe('意见登记率: contacts with 意见建议 or 困难诉求 that a 意见办理 row names', () => {
  const said = contact('C1', 'P01', '2026-10-10', { suggestions: '希望增加科研经费' });
  test('registered: 1/1; not registered: 0/1 and named', () => {
    const item = { itemId: 'Y1', sourceContactId: 'C1', type: '意见建议', content: '科研经费', status: '已交办' };
    expect(measure(review({ contacts: [said], followUps: [item] }, '2027-01-20'), '意见登记率').rate).toBe(1);
    const result = review({ contacts: [said] }, '2027-01-20');
    expect(measure(result, '意见登记率')).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(unit(result).deductions).toContain('C1 意见诉求未登记办理');
  });
  test('suggestions written as 无 raise nothing: nothing to measure', () => {
    const none = contact('C1', 'P01', '2026-10-10', { suggestions: '无' });
    expect(measure(review({ contacts: [none] }, '2027-01-20'), '意见登记率').rate).toBeNull();
  });
});

describe('台账规范率: the unit’s pairing and contact rows of the year with no error', () => {
  test('a contact outside its pairing’s span is a row with an error: 2/3', () => {
    const result = review(
      {
        leaders: [LEADER2],
        pairings: [pairing('P02', { leaderId: 'L02', start: '2026-10-01' })],
        contacts: [contact('C1', 'P02', '2026-09-20')],
      },
      '2027-01-20',
    );
    expect(measure(result, '台账规范率')).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
    expect(unit(result).deductions).toContain('「联系记录」第 2 行有错误');
    expect(unit(result).scores.K6).toBe(3.3);
  });
  test('clean rows: all count', () => {
    expect(measure(review({}, '2027-01-20'), '台账规范率')).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });
});

describe('交接及时率: pairings ended in the year, figure still 在职, followed within 30 days', () => {
  const ended = pairing('P01', { end: '2026-12-31' });
  test('a successor of the same figure and level the next day: 1/1', () => {
    const next = pairing('P02', { leaderId: 'L02', start: '2027-01-01', filedOn: '2027-01-02' });
    const result = review({ leaders: [LEADER2], replace: { pairings: [ended, next] } }, '2027-03-10');
    expect(measure(result, '交接及时率')).toEqual({ numerator: 1, denominator: 1, rate: 1 });
  });
  test('none after 30 days: 0/1 and named; still within the 30 days: not counted yet', () => {
    const late = review({ replace: { pairings: [ended] } }, '2027-03-10');
    expect(measure(late, '交接及时率')).toEqual({ numerator: 0, denominator: 1, rate: 0 });
    expect(unit(late).deductions).toContain('P01 结束后 30 天内未交接');
    expect(measure(review({ replace: { pairings: [ended] } }, '2027-01-20'), '交接及时率').rate).toBeNull();
  });
});
