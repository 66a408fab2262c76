import { loadLunarCalendar } from '../../../src/app/lunarCalendar';
import { academicYearFestivals, defaultFestivals, type LunarCalendar } from '../../../src/core/ledger/festivals';
import { academicYearSemesters } from '../../../src/core/ledger/semesters';
import { emptyLedgerContent } from '../../../src/core/template/ledgerTemplate';
import type { LocalDate } from '../../../src/core/localDate';

/** 重大节日: 中秋节 and 春节 from the Chinese calendar, against dates published in advance. */
describe('重大节日 from the Chinese calendar', () => {
  let calendar: LunarCalendar;
  beforeAll(async () => {
    calendar = await loadLunarCalendar();
  });

  test.each([
    [2025, '2025-10-06', '2026-02-17'],
    [2026, '2026-09-25', '2027-02-06'],
    [2027, '2027-09-15', '2028-01-26'],
    [2028, '2028-10-03', '2029-02-13'],
  ])('academic year %i: 中秋节 %s, 春节 %s', (year, midAutumn, springFestival) => {
    const [mid, spring] = academicYearFestivals(year, calendar);
    expect([mid?.name, mid?.date, spring?.name, spring?.date]).toEqual(['中秋节', midAutumn, '春节', springFestival]);
  });

  test('the visiting windows: 中秋 two weeks before to three days after, 春节 three weeks before to 元宵', () => {
    const [mid, spring] = academicYearFestivals(2026, calendar);
    expect(mid).toMatchObject({ windowStart: '2026-09-11', windowEnd: '2026-09-28', note: '农历八月十五' });
    expect(spring).toMatchObject({ windowStart: '2027-01-16', windowEnd: '2027-02-20', note: '农历正月初一' });
  });

  test('one 中秋节 and one 春节 for every academic year the semesters cover, in date order', () => {
    const semesters = [...academicYearSemesters(2026), ...academicYearSemesters(2027)];
    expect(defaultFestivals(semesters, calendar).map((festival) => `${festival.name} ${festival.date}`)).toEqual([
      '中秋节 2026-09-25',
      '春节 2027-02-06',
      '中秋节 2027-09-15',
      '春节 2028-01-26',
    ]);
  });

  test('a new ledger writes them with the default 考核指标; without a calendar it leaves 重大节日 empty', () => {
    const content = emptyLedgerContent('2027-01-20' as LocalDate, calendar);
    expect(content['重大节日']?.map((row) => row.date)).toEqual([
      '2026-09-25',
      '2027-02-06',
      '2027-09-15',
      '2028-01-26',
    ]);
    expect(content['考核指标']?.map((row) => row.maxScore)).toEqual(['25', '30', '15', '10', '10', '5', '5']);
    expect(emptyLedgerContent('2027-01-20' as LocalDate)['重大节日']).toEqual([]);
  });
});
