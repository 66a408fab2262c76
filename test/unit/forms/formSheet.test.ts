import type { LocalDate } from '../../../src/core/localDate';
import { renderForms } from '../../../src/core/forms/renderForms';
import { chooseSemester } from '../../../src/core/check/runCheck';
import type { CellSpec, SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { rangeA1 } from '../../../src/core/sheet/a1Range';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';

const today = '2027-01-20' as LocalDate;

function sampleForms(selection = {}): SheetSpec[] {
  const { ledger } = readOrThrow(sampleRaw());
  const semester = chooseSemester(ledger, { semesterId: '2026-2027-1', today });
  if (!semester.ok) throw new Error(semester.error.message);
  const forms = renderForms(ledger, semester.value, today, selection);
  if (!forms.ok) throw new Error(forms.error.message);
  return forms.value;
}

const cellAt = (sheet: SheetSpec, row: number, column: number): CellSpec | undefined =>
  sheet.cells.find((cell) => cell.row === row && cell.column === column);
const textAt = (sheet: SheetSpec, row: number, column: number): string | undefined => {
  const content = cellAt(sheet, row, column)?.content;
  return content?.kind === 'text' ? content.text : undefined;
};
const formOf = (forms: SheetSpec[], name: string): SheetSpec => forms.find((form) => form.name === name) as SheetSpec;

describe('the 登记表 as the attachment lays it out', () => {
  const forms = sampleForms();
  const form = formOf(forms, '登记表-王建国-林安');

  test('one form per pairing active in the semester, the ended one of a handover included', () => {
    expect(forms.map((sheet) => sheet.name)).toContain('登记表-孙志强-杨帆');
    expect(forms.map((sheet) => sheet.name)).toContain('登记表-刘文华-杨帆');
    expect(forms).toHaveLength(12);
  });

  test('a two-line title with the school from 设置, then 填表时间', () => {
    expect(textAt(form, 1, 1)).toBe('浙江外国语学院党员领导干部');
    expect(textAt(form, 2, 1)).toBe('与党外代表人士联谊交友情况登记表');
    expect(textAt(form, 3, 1)).toBe('填表时间：2027年1月20日');
    expect(form.styles[cellAt(form, 1, 1)?.style ?? '']?.font?.name).toBe('方正小标宋简体');
    expect(form.styles[cellAt(form, 4, 2)?.style ?? '']?.font?.name).toBe('仿宋_GB2312');
  });

  test('the four-column table: names and posts, then three merged boxes', () => {
    expect([1, 2, 3, 4].map((column) => textAt(form, 4, column))).toEqual([
      '领导干部姓名',
      '王建国',
      '职 务',
      '党委书记',
    ]);
    expect([1, 2, 3, 4].map((column) => textAt(form, 5, column))).toEqual(['联谊对象姓名', '林安', '职 务', '教授']);
    expect(form.merges.map(rangeA1)).toEqual(['A1:D1', 'A2:D2', 'A3:D3', 'B6:D6', 'B7:D7', 'B8:D8']);
    // P01's contacts in date order; the 座谈会 of P01、P02、P04 (C2026-029) is marked as a group activity.
    expect(textAt(form, 6, 2)).toBe(
      [
        '2026年9月10日，节日走访慰问：教师节走访慰问，交流学校国际化办学思路。',
        '2026年9月24日，节日走访慰问：中秋节走访慰问。',
        '2026年12月18日，座谈研讨：迎新年党外代表人士座谈会，通报学校年度工作，听取意见建议。（集体活动）',
      ].join('\n'),
    );
    expect(textAt(form, 8, 1)).toBe('备 注');
  });

  test('every cell of the table, merged ones included, has a border on all four sides', () => {
    for (let row = 4; row <= 8; row++) {
      for (let column = 1; column <= 4; column++) {
        expect(form.styles[cellAt(form, row, column)?.style ?? '']?.border).toEqual({
          top: 'thin',
          left: 'thin',
          bottom: 'thin',
          right: 'thin',
        });
      }
    }
    expect(form.styles[cellAt(form, 3, 1)?.style ?? '']?.border).toBeUndefined();
  });

  test('print-ready: A4 portrait, one page wide and tall, centred, print area over the form', () => {
    expect(form.page).toMatchObject({
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 1,
      centerHorizontally: true,
    });
    expect(rangeA1(form.page?.printArea ?? { top: 0, left: 0, bottom: 0, right: 0 })).toBe('A1:D8');
    expect(form.columns.map((column) => column.width)).toEqual([18, 26, 11, 26]);
  });

  test('意见建议 and 困难诉求 go to their box, notes and the handover to 备注, both ways', () => {
    const mali = formOf(forms, '登记表-周晓梅-马丽');
    expect(textAt(mali, 7, 2)).toBe(
      [
        '困难诉求（2026年9月23日）：子女明年入学，希望了解教职工子女入学政策并协调学位。',
        '困难诉求（2026年11月5日）：家属长期住院，希望协调工作量安排。',
      ].join('\n'),
    );
    const successor = formOf(forms, '登记表-刘文华-杨帆');
    expect(textAt(successor, 8, 2)).toMatch(
      /^交接：孙志强同志离任，由刘文华同志接续联系杨帆同志.*原结对 P03：孙志强，2026年10月15日结束，干部离任/,
    );
    const predecessor = formOf(forms, '登记表-孙志强-杨帆');
    expect(textAt(predecessor, 6, 2)).toContain('2026年9月20日，个别谈心');
    expect(textAt(predecessor, 8, 2)).toContain(
      '本结对于2026年10月15日结束（干部离任），由刘文华接续联系（结对 P04）。',
    );
  });

  test('a contact dated after the fill-in day or in another semester is not on the form', () => {
    // Only the 中秋 visit: not C2026-010 (the semester before) nor the 春节 visit planned for 2027-02-10.
    const liang = formOf(forms, '登记表-何静-梁静');
    expect(textAt(liang, 6, 2)).toBe('2026年9月26日，实地走访：中秋节前走访艺术学院工作室。');
  });

  test('--unit and --pairing choose the forms', () => {
    expect(sampleForms({ unit: '艺术学院' }).map((sheet) => sheet.name)).toEqual(['登记表-何静-梁静']);
    expect(sampleForms({ pairingIds: ['p01', 'P04'] }).map((sheet) => sheet.name)).toEqual([
      '登记表-王建国-林安',
      '登记表-刘文华-杨帆',
    ]);
  });
});
