import type { CheckResult } from '../../../src/core/check/checkResult';
import { runCheck } from '../../../src/core/check/runCheck';
import type { LocalDate } from '../../../src/core/localDate';
import { coverageReport } from '../../../src/core/report/coverageReport';
import { rangeA1 } from '../../../src/core/sheet/a1Range';
import type { CellContent, SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';

function sampleResult(today: string): CheckResult {
  const { ledger, problems } = readOrThrow(sampleRaw());
  const result = runCheck(ledger, problems, { semesterId: '2026-2027-1', today: today as LocalDate });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const report = (today = '2027-01-20', ledgerFile?: string) =>
  coverageReport(sampleResult(today), { checkedAt: `${today} 09:30`, ...(ledgerFile ? { ledgerFile } : {}) });
const rowOf = (sheet: SheetSpec, value: string) =>
  sheet.cells.find((cell) => cell.content?.kind === 'text' && cell.content.text === value)?.row ?? -1;
const at = (sheet: SheetSpec, row: number, column: number) =>
  sheet.cells.find((cell) => cell.row === row && cell.column === column);
const fillAt = (sheet: SheetSpec, row: number, column: number) =>
  sheet.styles[at(sheet, row, column)?.style ?? '']?.fill;
const linkAt = (sheet: SheetSpec, row: number, column: number) =>
  at(sheet, row, column)?.content as Extract<CellContent, { kind: 'link' }> | undefined;

describe('the 覆盖检查 sheet', () => {
  const sheet = report();

  test('a title with the semester and the time of the check', () => {
    expect(sheet.name).toBe('覆盖检查');
    expect(at(sheet, 1, 1)?.content).toEqual({ kind: 'text', text: '联谊交友覆盖检查 · 2026-2027学年第一学期' });
    const subtitle = at(sheet, 2, 1)?.content;
    expect(subtitle?.kind === 'text' && subtitle.text).toContain('检查日期 2027-01-20 · 生成于 2027-01-20 09:30');
  });

  test('units with coverage and completion as percentages, data bars and colours', () => {
    const art = rowOf(sheet, '艺术学院');
    expect(at(sheet, art, 4)?.content).toEqual({ kind: 'number', value: 0.5, format: '0.0%' });
    expect(fillAt(sheet, art, 4)).toBe('FFC7CE');
    expect(fillAt(sheet, rowOf(sheet, '英语语言文化学院'), 4)).toBe('C6EFCE');
    expect(
      sheet.highlights.filter((highlight) => highlight.kind === 'dataBar').map((highlight) => rangeA1(highlight.range)),
    ).toHaveLength(2);
  });

  // P14 (唐宁 left, never handed over) is the sample's one pairing not contacted this semester.
  test('pending pairings in amber; after the semester missed ones in red', () => {
    const p14 = sheet.cells.find((cell) => cell.content?.kind === 'link' && cell.content.text === 'P14')?.row ?? -1;
    expect(at(sheet, p14, 7)?.content).toEqual({ kind: 'text', text: '待联系' });
    expect(fillAt(sheet, p14, 7)).toBe('FFEB9C');
    const after = report('2027-03-05');
    const missed = after.cells.find((cell) => cell.content?.kind === 'link' && cell.content.text === 'P14')?.row ?? -1;
    expect(fillAt(after, missed, 7)).toBe('FFC7CE');
  });

  test('every problem links to its cell; from a separate report file, the link opens the ledger', () => {
    const first = rowOf(
      sheet,
      '「联系记录」F19：「联系形式」“喝茶聊天”不在可选范围内：请从下拉列表中选择（座谈研讨、个别谈心、实地走访、线上交流、节日走访慰问、困难慰问、参加活动、邀请参会调研、其他）。',
    );
    expect(linkAt(sheet, first, 3)).toEqual({ kind: 'link', text: 'F19', to: { sheet: '联系记录', cell: 'F19' } });
    expect(fillAt(sheet, first, 1)).toBe('FFC7CE');
    expect(sheet.merges.map(rangeA1)).toContain(`E${first}:H${first}`);
    const separate = report('2027-01-20', '台账.xlsx');
    expect(linkAt(separate, first, 3)?.to).toEqual({ sheet: '联系记录', cell: 'F19', file: '台账.xlsx' });
  });

  test('each gap links to its own ID cell, wherever its table keeps that column', () => {
    const result = sampleResult('2027-01-20');
    const linkTo = (spec: SheetSpec, id: string) =>
      (
        spec.cells.find((cell) => cell.content?.kind === 'link' && cell.content.text === id)?.content as
          Extract<CellContent, { kind: 'link' }> | undefined
      )?.to;
    const p14 = result.pairings.find((pairing) => pairing.pairingId === 'P14');
    expect(linkTo(sheet, 'P14')).toEqual({ sheet: '结对关系', cell: `A${p14?.row}` });
    expect(linkTo(sheet, 'F10')).toEqual({ sheet: '党外代表人士', cell: 'A11' });
    expect(linkTo(sheet, 'L04')).toEqual({ sheet: '领导干部', cell: expect.stringMatching(/^A\d+$/) });
    const moved = {
      ...result,
      pairings: result.pairings.map((pairing) =>
        pairing.pairingId === 'P14' ? { ...pairing, cell: `K${pairing.row}` } : pairing,
      ),
    };
    expect(linkTo(coverageReport(moved, { checkedAt: '2027-01-20 09:30' }), 'P14')).toEqual({
      sheet: '结对关系',
      cell: `K${p14?.row}`,
    });
  });

  test('uncovered figures, 校级 leaders and overdue items each have a section', () => {
    expect(rowOf(sheet, '宋雨')).toBeGreaterThan(0);
    expect(fillAt(sheet, rowOf(sheet, '没有结对（应为 1 个）'), 4)).toBe('FFC7CE');
    expect(rowOf(sheet, '人才培养方案增加跨学科实践课程学分')).toBeGreaterThan(0);
  });

  test('items due soon in amber, linked to their 事项编号; each 承办部门 with its figures and rates', () => {
    const result = sampleResult('2027-01-20');
    const [overdue] = result.overdueFollowUps;
    if (!overdue) throw new Error('the sample has an overdue item');
    const soon = { ...overdue, itemId: 'Y-SOON', due: '2027-01-25' as LocalDate, content: '尽快回复访学名额' };
    const departments = [
      { department: '教务处', items: 4, answered: 2, answeredOnTime: 1, overdue: 1, rated: 2, satisfied: 1 },
      { department: '', items: 1, answered: 0, answeredOnTime: 0, overdue: 0, rated: 0, satisfied: 0 },
    ];
    const spec = coverageReport(
      { ...result, dueSoonFollowUps: [soon], departments },
      { checkedAt: '2027-01-20 09:30' },
    );
    const soonRow = rowOf(spec, '尽快回复访学名额');
    expect(rowOf(spec, '即将到期的意见办理')).toBeLessThan(soonRow);
    expect(linkAt(spec, soonRow, 1)).toMatchObject({ text: 'Y-SOON', to: { sheet: '意见办理', cell: overdue.cell } });
    expect(at(spec, soonRow, 3)?.content).toEqual({ kind: 'date', date: '2027-01-25' });
    expect(fillAt(spec, soonRow, 3)).toBe('FFEB9C');

    const heading = rowOf(spec, '各承办部门办理情况');
    // 教务处 is in the overdue list above too: its department line is the one below the heading.
    const office =
      spec.cells.find((cell) => cell.row > heading && cell.content?.kind === 'text' && cell.content.text === '教务处')
        ?.row ?? -1;
    expect(heading).toBeGreaterThan(soonRow);
    expect(office).toBe(heading + 2);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((column) => at(spec, office, column)?.content)).toEqual([
      { kind: 'text', text: '教务处' },
      { kind: 'number', value: 4 },
      { kind: 'number', value: 2 },
      { kind: 'number', value: 1 },
      { kind: 'number', value: 0.5, format: '0.0%' },
      { kind: 'number', value: 1 },
      { kind: 'text', text: '1/2' },
      { kind: 'number', value: 0.5, format: '0.0%' },
    ]);
    expect(fillAt(spec, office, 6)).toBe('FFC7CE');
    // No answer yet: no rate rather than 0%.
    const none = rowOf(spec, '未填承办部门');
    expect(none).toBe(office + 1);
    expect(at(spec, none, 5)?.content).toBeUndefined();
  });

  test('without items due soon or departments, each section says so in a sentence', () => {
    const spec = coverageReport(
      { ...sampleResult('2027-01-20'), dueSoonFollowUps: [], departments: [] },
      { checkedAt: '2027-01-20 09:30' },
    );
    expect(rowOf(spec, '没有即将到期的事项。')).toBe(rowOf(spec, '即将到期的意见办理') + 1);
    expect(rowOf(spec, '没有意见办理事项。')).toBe(rowOf(spec, '各承办部门办理情况') + 1);
  });

  test('a problem or an overdue item of thousands of characters gets a row no taller than Excel allows (409 points)', () => {
    const result = sampleResult('2027-01-20');
    const long = '请在下学期之前落实并反馈办理结果，'.repeat(300);
    const [problem] = result.problems;
    const [overdue] = result.overdueFollowUps;
    const tall = coverageReport(
      {
        ...result,
        problems: problem ? [{ ...problem, message: long }] : [],
        overdueFollowUps: overdue ? [{ ...overdue, content: long }] : [],
      },
      { checkedAt: '2027-01-20 09:30' },
    );
    expect(problem && overdue).toBeTruthy();
    expect(Math.max(...tall.rows.map((row) => row.height))).toBe(409);
  });

  test('prints A4 landscape, one page wide, title rows on every page; the tab says red/amber/green', () => {
    expect(sheet.page).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: { first: 1, last: 2 },
    });
    expect(sheet.tabColor).toBe('C00000');
  });
});
