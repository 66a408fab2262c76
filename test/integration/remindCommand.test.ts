import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textCell } from '../../src/core/cell';
import type { LocalDate } from '../../src/core/localDate';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { patchedXlsx } from '../../src/workbook/xlsx/patchedXlsx';
import { lianyi, tempDir } from '../support/cli';
import { HAS_SOFFICE, NO_SOFFICE, pdfPages, sofficePdf } from '../support/soffice';

/**
 * lianyi remind on the sample ledger (SPEC §4 `remind`): on 2027-01-20, late in 2026-2027-1, every
 * unit has something to chase — its 春节 visits (the window opened on 01-16), and for some a pairing
 * not yet contacted, a 中秋 visit missed, an item overdue or due soon — and gets one print-ready 催办单
 * that LibreOffice prints on one A4 page.
 */
const TODAY = '2027-01-20';
const UNITS = ['英语语言文化学院', '西方语言文化学院', '国际商学院', '艺术学院', '统战部'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A sheet's cells as text, row by row (a merged box once), for reading what the 催办单 says. */
const textOf = (sheet: ExcelJS.Worksheet): string => {
  const lines: string[] = [];
  sheet.eachRow((row) => {
    const values: string[] = [];
    row.eachCell((cell) => {
      if (cell.master.address === cell.address && cell.value != null) values.push(String(cell.value));
    });
    lines.push(values.join(' | '));
  });
  return lines.join('\n');
};

describe('lianyi remind writes one 催办单 per unit with something to chase', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  const out = join(dir, '催办单.xlsx');
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    const run = await lianyi(['remind', ledger, '--today', TODAY, '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`已生成 5 份催办单（2026-2027学年第一学期，截至 ${TODAY}）`);
    // 未走访 counts the 春节 visits still pending (every pairing's) and P14's missed 中秋 visit; the items are
    // those raised through the unit's contacts: Y2026-04 (P11's C2026-014) for 英语语言文化学院, Y2026-03
    // (P02's C2026-012) and Y2026-05 (the 座谈会 C2026-029) for the 统战部.
    expect(run.stdout.split('\n').slice(1)).toEqual([
      '  催办单-英语语言文化学院：未完成联系的结对 0 个，未走访 2 个，意见办理 1 项',
      '  催办单-西方语言文化学院：未完成联系的结对 1 个，未走访 3 个，意见办理 0 项',
      '  催办单-国际商学院：未完成联系的结对 0 个，未走访 3 个，意见办理 0 项',
      '  催办单-艺术学院：未完成联系的结对 0 个，未走访 1 个，意见办理 0 项',
      '  催办单-统战部：未完成联系的结对 0 个，未走访 3 个，意见办理 2 项',
      '',
    ]);
    bytes = new Uint8Array(readFileSync(out));
    workbook = await load(bytes);
  });

  test('one sheet per unit, in 单位 order, named 催办单-{单位}', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(UNITS.map((unit) => `催办单-${unit}`));
  });

  test('title, unit, date and days left, then what the unit has to chase', () => {
    // 西方语言文化学院: P14 (唐宁 left in August, never handed over) not contacted and missed at 中秋; 春节
    // pending for P13 and P14.
    const sheet = workbook.getWorksheet('催办单-西方语言文化学院') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('浙江外国语学院联谊交友工作提醒单');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 20 });
    expect(sheet.getCell('A2').value).toBe('单位：西方语言文化学院');
    expect(sheet.getCell('E2').value).toBe('日期：2027年1月20日');
    const text = textOf(sheet);
    expect(text).toContain('距学期结束还剩 40 天');
    expect(text).toContain('一、本学期尚未完成联系的结对（1 个）');
    expect(text).toContain('结对编号 | 领导干部 | 联谊对象 | 最近联系 | 本学期已联系次数 | 状态');
    expect(text).toContain('P14 | 郑丽君 | 唐宁 | 从未联系 | 0 次 | 待联系');
    expect(text).toContain('二、重大节日走访（尚未走访 3 个）');
    expect(text).toMatch(/P14 \| 郑丽君 \| 唐宁 \| 中秋节（2026年9月25日）\n走访：9月11日至9月28日 \| 未走访/);
    expect(text).toMatch(/P13 \| 郑丽君 \| 胡悦 \| 春节（2027年2月6日）\n走访：1月16日至2月20日 \| 待走访/);
    // The 统战部's items: the overdue one first, then the one due soon (Y2026-05, due 2027-01-25).
    const items = textOf(workbook.getWorksheet('催办单-统战部') as ExcelJS.Worksheet);
    expect(items).toContain(
      [
        '三、逾期或即将到期的意见建议办理（2 项）',
        '事项编号 | 事项内容 | 承办部门 | 办理期限 | 情况',
        'Y2026-03 | 人才培养方案增加跨学科实践课程学分 | 教务处 | 2026-12-15 | 逾期 36 天',
        'Y2026-05 | 加强党外代表人士参政议政能力培训 | 组织部 | 2027-01-25 | 5 天后到期',
      ].join('\n'),
    );
  });

  test('a pairing not yet contacted this semester shows its last contact and how long ago it was', async () => {
    // The sample's P14 was never contacted: a contact of the previous semester, added here below the
    // sample's 31 contacts, is its last one, and it is still to contact this semester.
    const added = await patchedXlsx(new Uint8Array(readFileSync(ledger)), [
      {
        kind: 'rows',
        sheet: '联系记录',
        headerRow: 1,
        firstRow: (sampleLedgerContent()['联系记录']?.length ?? 0) + 2,
        rows: [
          [
            [1, textCell('C2026-030')],
            [2, textCell('P14')],
            [5, { kind: 'date', date: '2026-06-10' as LocalDate }],
            [6, textCell('个别谈心')],
            [7, textCell('了解访学计划。')],
            [11, textCell('李娜')],
            [12, { kind: 'date', date: '2026-06-11' as LocalDate }],
          ],
        ],
      },
    ]);
    if (!added.ok) throw new Error(added.error.message);
    const earlier = join(dir, 'earlier.xlsx');
    writeFileSync(earlier, added.value);
    const reminders = join(dir, 'earlier-催办单.xlsx');
    const run = await lianyi(['remind', earlier, '--today', TODAY, '--unit', '西方语言文化学院', '--out', reminders]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const sheet = (await load(readFileSync(reminders))).getWorksheet('催办单-西方语言文化学院') as ExcelJS.Worksheet;
    // 2026-06-10 to 2027-01-20: 224 days.
    expect(textOf(sheet)).toContain('P14 | 郑丽君 | 唐宁 | 2026-06-10（224 天前） | 0 次 | 待联系');
  });

  test('a unit with nothing of a kind says so in that section', () => {
    const text = textOf(workbook.getWorksheet('催办单-统战部') as ExcelJS.Worksheet);
    expect(text).toContain('一、本学期尚未完成联系的结对（0 个）\n本学期各结对均已联系。');
    const western = textOf(workbook.getWorksheet('催办单-西方语言文化学院') as ExcelJS.Worksheet);
    expect(western).toContain('三、逾期或即将到期的意见建议办理（0 项）\n没有逾期或即将到期的事项。');
  });

  test('print-ready: A4 portrait, one page wide and tall, centred, print area over its six columns', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 1,
        horizontalCentered: true,
      });
      expect(sheet.pageSetup.printArea).toMatch(/^A1:F\d+$/);
    }
  });

  (HAS_SOFFICE ? test : test.skip)('LibreOffice prints each 催办单 on exactly one A4 portrait page', async () => {
    for (const name of UNITS.map((unit) => `催办单-${unit}`)) {
      const others = workbook.worksheets.map((sheet) => sheet.name).filter((other) => other !== name);
      const alone = await patchedXlsx(bytes, [{ kind: 'sheets', add: [], remove: others }]);
      if (!alone.ok) throw new Error(alone.error.message);
      const pages = pdfPages(sofficePdf(alone.value));
      expect([name, pages.length]).toEqual([name, 1]);
      expect(pages[0]?.width).toBeCloseTo(595.3, 0);
      expect(pages[0]?.height).toBeCloseTo(841.9, 0);
    }
  });
  if (!HAS_SOFFICE) test('LibreOffice print check skipped', () => console.warn(NO_SOFFICE));

  test('--unit, repeated, narrows the 催办单 to those units', async () => {
    const two = join(dir, 'two.xlsx');
    const run = await lianyi([
      'remind',
      ledger,
      '--today',
      TODAY,
      '--unit',
      '艺术学院',
      '--unit',
      '统战部',
      '--out',
      two,
    ]);
    expect(run.code).toBe(0);
    expect((await load(readFileSync(two))).worksheets.map((sheet) => sheet.name)).toEqual([
      '催办单-艺术学院',
      '催办单-统战部',
    ]);
  });

  test('an unknown unit, a missing --out or an unknown semester: exit 2, one line, nothing written', async () => {
    const none = join(dir, 'none.xlsx');
    for (const [args, says] of [
      [['--unit', '外星学院', '--out', none], '台账中没有单位“外星学院”：可选的单位有 英语语言文化学院、'],
      [[], '请用 --out 指定输出文件'],
      [['--semester', '2030-2031-1', '--out', none], '2030-2031-1'],
    ] as const) {
      const run = await lianyi(['remind', ledger, '--today', TODAY, ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(says);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(none)).toBe(false);
  });

  test('an existing output is kept without --force, replaced with it', async () => {
    const run = await lianyi(['remind', ledger, '--today', TODAY, '--out', out]);
    expect(run.code).toBe(2);
    expect(readFileSync(out).equals(Buffer.from(bytes))).toBe(true);
    expect((await lianyi(['remind', ledger, '--today', TODAY, '--out', out, '--force'])).code).toBe(0);
  });

  test('nothing to chase: says so, writes nothing, exit 0', async () => {
    const blank = join(dir, 'blank.xlsx');
    expect((await lianyi(['init', blank], TODAY)).code).toBe(0);
    const nothing = join(dir, 'nothing.xlsx');
    const run = await lianyi(['remind', blank, '--out', nothing], TODAY);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('2026-2027学年第一学期截至 2027-01-20，各单位没有需要催办的事项，没有写入文件。\n');
    expect(existsSync(nothing)).toBe(false);
  });
});
