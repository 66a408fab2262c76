import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewResult } from '../../src/core/review/reviewResult';
import { lianyi, tempDir } from '../support/cli';
import { HAS_SOFFICE, NO_SOFFICE, pdfPages, sofficePdf } from '../support/soffice';
import { entryXml, rawEntries } from '../support/zipEntries';

/**
 * lianyi review on the sample ledger (SPEC §4 review, §5b): the year 2026-2027 as of 2027-08-31, a
 * table checked by hand for two units, the JSON, the two sheets and every refusal.
 */
const TODAY = '2027-08-31';

describe('lianyi review on the sample ledger', () => {
  const folder = tempDir();
  const sample = join(folder, '台账.xlsx');
  const out = join(folder, '考核.xlsx');
  let json: ReviewResult;

  beforeAll(async () => {
    expect((await lianyi(['init', sample, '--sample'], '2027-01-20')).code).toBe(0);
    const run = await lianyi(['review', sample, '--year', '2026-2027', '--json'], TODAY);
    expect(run.stderr).toBe('');
    json = JSON.parse(run.stdout) as ReviewResult;
  });

  test('the JSON of SPEC §5b: year, today, indicators, units, departments', () => {
    expect(Object.keys(json)).toEqual(['year', 'today', 'indicators', 'units', 'departments']);
    expect(json.indicators[0]).toEqual({ id: 'K1', name: '党外代表人士结对全覆盖', measure: '覆盖率', maxScore: 25 });
    expect(Object.keys(json.units[0] ?? {})).toEqual(['unit', 'measures', 'deductions', 'scores', 'total']);
  });

  // Checked by hand against the sample: 英语语言文化学院 has P11 and P12 (院级, filed), its three figures in
  // service (林安 through the 统战部's P01) all paired; in the first semester both met, both visited at 中秋
  // (C2026-020, C2026-021), neither at 春节; nothing in the second; both contacts with an 诉求 this year
  // (C2026-014, C2026-020) registered (Y2026-04, Y2026-06).
  test('英语语言文化学院: the figures by hand', () => {
    const unit = json.units.find((entry) => entry.unit === '英语语言文化学院');
    expect(unit?.measures['覆盖率']).toEqual({ numerator: 3, denominator: 3, rate: 1 });
    expect(unit?.measures['联系完成率']).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    expect(unit?.measures['节日走访率']).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    expect(unit?.measures['意见登记率']).toEqual({ numerator: 2, denominator: 2, rate: 1 });
    expect(unit?.measures['交接及时率']).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(unit?.scores).toEqual({ K1: 25, K2: 15, K3: 7.5, K4: 10, K5: 10, K6: 5, K7: 5 });
    expect(unit?.total).toBe(77.5);
    expect(unit?.deductions).toEqual([
      '春节 P11 未走访',
      '春节 P12 未走访',
      'P11 第二学期尚未联系',
      'P12 第二学期尚未联系',
    ]);
  });

  // 艺术学院: F09 paired (P18), F10 宋雨 not; P18 met in the first semester, visited at 中秋 (C2026-025, a
  // 实地走访, one of 节日走访形式) and at 春节 (C2027-001), not contacted in the second.
  test('艺术学院: the figures by hand', () => {
    const unit = json.units.find((entry) => entry.unit === '艺术学院');
    expect(unit?.measures['覆盖率']).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(unit?.measures['节日走访率']).toEqual({ numerator: 2, denominator: 2, rate: 1 });
    expect(unit?.scores).toEqual({ K1: 12.5, K2: 15, K3: 15, K4: 10, K5: 10, K6: 5, K7: 5 });
    expect(unit?.total).toBe(72.5);
    expect(unit?.deductions).toEqual(['F10 宋雨 未结对', 'P18 第二学期尚未联系']);
  });

  // 国际商学院: P16 never filed (R9) costs K4 a third; 冯涛's one 中秋 row visits P15 and P16 (C2026-023).
  test('国际商学院: the unfiled P16 and the group 中秋 visit', () => {
    const unit = json.units.find((entry) => entry.unit === '国际商学院');
    expect(unit?.measures['备案及时率']).toEqual({ numerator: 2, denominator: 3, rate: 2 / 3 });
    expect(unit?.measures['节日走访率']).toEqual({ numerator: 3, denominator: 6, rate: 0.5 });
    expect(unit?.deductions).toContain('P16 未报备案');
    expect(unit?.deductions).not.toContain('中秋节 P15 未走访');
    expect(unit?.deductions).not.toContain('中秋节 P16 未走访');
  });

  test('the terminal: a table of scores and each unit’s shortfalls; exit 1 while any unit falls short', async () => {
    const run = await lianyi(['review', sample, '--year', '2026-2027'], TODAY);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('浙江外国语学院2026-2027学年联谊交友工作考核（考核日期 2027-08-31）');
    expect(run.stdout).toMatch(/艺术学院\s+12\.5\(50\.0%\)/);
    expect(run.stdout).toContain('艺术学院：F10 宋雨 未结对');
  });

  test('a semester not begun is left out and said', async () => {
    const run = await lianyi(['review', sample, '--year', '2026-2027', '--today', '2026-12-01'], TODAY);
    expect(run.stdout).toContain('尚未开始、不计入：2026-2027学年第二学期');
  });

  test('--out writes 年度考核 (A4 landscape, data bars, 自评/审核 columns) and 意见办理统计', async () => {
    const run = await lianyi(['review', sample, '--year', '2026-2027', '--out', out], TODAY);
    expect(run.stdout).toContain(`考核表已写入：${out}`);
    const bytes = new Uint8Array(readFileSync(out));
    const sheets = [...rawEntries(bytes).keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).sort();
    const xml = sheets.map((name) => entryXml(bytes, name));
    const review = xml.find((text) => text.includes('dataBar'));
    expect(review).toContain('orientation="landscape"');
    expect(review?.match(/<dataBar/g)).toHaveLength(7);
    const strings = entryXml(bytes, 'xl/sharedStrings.xml');
    for (const text of [
      '浙江外国语学院2026-2027学年联谊交友工作考核汇总',
      '自评得分',
      '审核得分',
      '扣分说明',
      '浙江外国语学院2026-2027学年意见建议办理情况统计',
    ])
      expect(strings).toContain(text);
    if (HAS_SOFFICE) {
      const pages = pdfPages(sofficePdf(bytes));
      // One landscape page per sheet.
      expect(pages).toHaveLength(2);
      for (const page of pages) expect(page.width).toBeGreaterThan(page.height);
    } else console.warn(NO_SOFFICE);
  });

  test.each([
    [['review', 'x.xlsx'], '请用 --year 指定学年'],
    [['review', 'x.xlsx', '--year', '2026-2027', '--out', 'a.csv'], '--out 的文件名应以 .xlsx 结尾'],
  ])('%j is refused with one line, exit 2', async (args, says) => {
    const run = await lianyi(args, TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
  });

  test('a year the ledger does not have, or one written wrong: exit 2, one line naming what there is', async () => {
    const missing = await lianyi(['review', sample, '--year', '2030-2031'], TODAY);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('台账中有的学年是 2025-2026、2026-2027、2027-2028');
    const wrong = await lianyi(['review', sample, '--year', '2026'], TODAY);
    expect(wrong.stderr).toContain('请写成 2026-2027 这样相连的两个年份');
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
  });
});
