import { runCheck } from '../../../src/core/check/runCheck';
import type { LocalDate } from '../../../src/core/localDate';
import { coverageReport } from '../../../src/core/report/coverageReport';
import { range, type SheetSpec, text } from '../../../src/core/sheet/sheetSpec';
import { columnWidthPoints } from '../../../src/workbook/office/specFormat';
import { mergeCommands, writeSheetSpec } from '../../../src/workbook/office/writeSheetSpecOffice';
import { rangeA1 } from '../../../src/core/sheet/a1Range';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';
import { contextOf, FakeWorkbook } from './fakeExcel';

const box = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' } as const;

const spec: SheetSpec = {
  name: '测试表',
  styles: {
    title: {
      font: { name: '方正小标宋简体', size: 20, bold: true },
      align: { horizontal: 'center', vertical: 'middle' },
    },
    cell: { font: { name: '仿宋_GB2312', size: 12 }, border: box, align: { vertical: 'top', wrap: true } },
    link: { font: { color: '0563C1', underline: true } },
    percent: { numberFormat: '0.0%', fill: 'C6EFCE' },
  },
  cells: [
    { row: 1, column: 1, content: text('标题'), style: 'title' },
    ...['=SUM(A1:A2)', '+86 571', '-无-', '@张三'].map((value, index) => ({
      row: 2,
      column: index + 1,
      content: text(value),
      style: 'cell',
    })),
    { row: 3, column: 1, content: { kind: 'number', value: 0.5 }, style: 'percent' },
    { row: 3, column: 2, content: { kind: 'date', date: '2026-09-15' as LocalDate } },
    { row: 3, column: 3, content: { kind: 'link', text: 'P01', to: { sheet: '结对关系', cell: 'A3' } }, style: 'link' },
    { row: 3, column: 4, content: { kind: 'number', value: 7 } },
  ],
  merges: [range(1, 1, 1, 4)],
  columns: [
    { index: 1, width: 18 },
    { index: 2, width: 26 },
    { index: 3, width: 26 },
  ],
  rows: [
    { index: 1, height: 40 },
    { index: 2, height: 30 },
    { index: 3, height: 30 },
  ],
  validations: [{ range: range(4, 1, 10, 1), values: ['是', '否'], strict: true }],
  highlights: [
    { kind: 'dataBar', range: range(3, 1), color: '63BE7B', min: 0, max: 1 },
    { kind: 'equals', range: range(2, 1, 2, 4), value: '未完成', fill: 'FFC7CE', fontColor: '9C0006' },
  ],
  page: {
    paper: 'A4',
    orientation: 'portrait',
    margins: { top: 1, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    fitToWidth: 1,
    fitToHeight: 0,
    centerHorizontally: true,
    printArea: range(1, 1, 3, 4),
    printTitleRows: { first: 1, last: 2 },
  },
  freeze: { rows: 2, columns: 1 },
  tabColor: 'C00000',
};

async function written(options: { date1904?: boolean } = {}) {
  const wb = new FakeWorkbook();
  wb.addSheet('台账');
  await writeSheetSpec(contextOf(wb), spec, options);
  return { wb, sheet: wb.sheet('测试表') };
}

describe('writing a sheet spec through Office.js', () => {
  it('writes text as text: the number format @ is set before the value, so = + - @ stay literal', async () => {
    const { sheet } = await written();
    for (let column = 1; column <= 4; column++) {
      const cell = sheet.peek(2, column);
      expect(cell?.history[0]).toBe('numberFormat:@');
      expect(cell?.history[1]).toMatch(/^values:/);
      expect(cell?.formula).toBeUndefined();
    }
    expect(sheet.shown(2, 1)).toEqual({ value: '=SUM(A1:A2)', type: 'String' });
    expect(sheet.shown(2, 4)).toEqual({ value: '@张三', type: 'String' });
  });

  it('writes numbers with their formats, dates as serials of the workbook’s date system, links as HYPERLINK formulas', async () => {
    const { sheet } = await written();
    expect(sheet.shown(3, 1).value).toBe(0.5);
    expect(sheet.numberFormatAt(3, 1)).toBe('0.0%');
    expect(sheet.shown(3, 2).value).toBe(46280);
    expect(sheet.numberFormatAt(3, 2)).toBe('yyyy-mm-dd');
    expect(sheet.peek(3, 3)?.formula).toBe('=HYPERLINK("#结对关系!A3","P01")'.replace('#结对关系', "#'结对关系'"));
    expect(sheet.shown(3, 3)).toEqual({ value: 'P01', type: 'String' });
    expect(sheet.numberFormatAt(3, 4)).toBe('General');
    expect((await written({ date1904: true })).sheet.shown(3, 2).value).toBe(46280 - 1462);
  });

  it('writes the values as one block, not cell by cell', async () => {
    const { wb, sheet } = await written();
    const count = (name: string) => wb.commandLog.filter((entry) => entry === name).length;
    expect([count('numberFormat'), count('values'), count('formulas')]).toEqual([1, 1, 1]);
    const cellsWithValues = [...sheet.cells.values()].filter((cell) =>
      cell.history.some((entry) => entry.startsWith('values:')),
    );
    expect(cellsWithValues.length).toBe(8);
  });

  it('translates styles, merges, sizes, dropdowns, highlights, page setup, panes and tab colour', async () => {
    const { sheet } = await written();
    expect(sheet.formatAt(1, 1, 'font.name')).toBe('方正小标宋简体');
    expect(sheet.formatAt(1, 1, 'font.bold')).toBe(true);
    expect(sheet.formatAt(1, 1, 'horizontalAlignment')).toBe('Center');
    expect(sheet.formatAt(1, 1, 'verticalAlignment')).toBe('Center');
    expect(sheet.formatAt(2, 3, 'wrapText')).toBe(true);
    expect(sheet.formatAt(2, 3, 'verticalAlignment')).toBe('Top');
    expect(sheet.formatAt(3, 3, 'font.color')).toBe('#0563C1');
    expect(sheet.formatAt(3, 3, 'font.underline')).toBe('Single');
    expect(sheet.formatAt(3, 1, 'fill.color')).toBe('#C6EFCE');
    // The four bordered cells of row 2 are one rectangle: its edges, and the lines between its cells.
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical'])
      expect(sheet.formatAt(2, 2, `border.${edge}.weight`)).toBe('Thin');
    expect(sheet.formatAt(2, 2, 'border.InsideHorizontal.weight')).toBeUndefined();
    expect(sheet.merges).toEqual(['A1:D1']);
    expect(sheet.columnWidths.get(1)).toBe(columnWidthPoints(18));
    expect(columnWidthPoints(18)).toBe(94.5);
    expect([sheet.rowHeights.get(1), sheet.rowHeights.get(2), sheet.rowHeights.get(3)]).toEqual([40, 30, 30]);
    expect(sheet.validations).toEqual(
      expect.arrayContaining([
        { address: 'A4:A10', property: 'rule', value: { list: { inCellDropDown: true, source: '是,否' } } },
        expect.objectContaining({
          address: 'A4:A10',
          property: 'errorAlert',
          value: expect.objectContaining({ showAlert: true, style: 'Stop' }),
        }),
      ]),
    );
    expect(sheet.conditionalFormats.map(({ address, type }) => `${type} ${address}`)).toEqual([
      'DataBar A3:A3',
      'CellValue A2:D2',
    ]);
    expect(sheet.conditionalFormats[0]?.details).toMatchObject({
      dataBar: {
        lowerBoundRule: { type: 'Number', formula: '0' },
        upperBoundRule: { type: 'Number', formula: '1' },
        positiveFormat: { fillColor: '#63BE7B', gradientFill: false },
      },
    });
    expect(sheet.conditionalFormats[1]?.details).toMatchObject({
      cellValue: {
        rule: { formula1: '="未完成"', operator: 'EqualTo' },
        format: { fill: { color: '#FFC7CE' }, font: { color: '#9C0006' } },
      },
    });
    expect(sheet.page).toEqual({
      paperSize: 'A4',
      orientation: 'Portrait',
      topMargin: 72,
      bottomMargin: 54,
      leftMargin: 36,
      rightMargin: 36,
      headerMargin: 21.6,
      footerMargin: 21.6,
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:D3',
      printTitleRows: '$1:$2',
    });
    expect(sheet.freeze).toEqual({ at: 'A1:A2' });
    expect(sheet.tabColor).toBe('#C00000');
  });

  it('writes the whole 覆盖检查 report of the sample in one sync, with calculation suspended', async () => {
    const { ledger, problems } = readOrThrow(sampleRaw());
    const result = runCheck(ledger, problems, { today: '2027-01-20' as LocalDate });
    if (!result.ok) throw new Error(result.error.message);
    const report = coverageReport(result.value, { checkedAt: '2027-01-20 10:30' });
    const wb = new FakeWorkbook();
    wb.addSheet('台账');
    await writeSheetSpec(contextOf(wb), report);
    expect(wb.syncs).toBe(1);
    expect(wb.suspendedSyncs).toBe(1);
    const split = new FakeWorkbook();
    split.addSheet('台账');
    await writeSheetSpec(contextOf(split), report, { budget: 20_000 });
    expect(split.syncs).toBeGreaterThan(3);
    expect(split.sheet('覆盖检查').cells).toEqual(wb.sheet('覆盖检查').cells);
    expect(Math.max(...split.requestSizes)).toBeLessThan(20_000 * 1.2);
  });

  it('merges rows merged alike in one command across, and every merge of the spec is made', async () => {
    const merges = [
      ...Array.from({ length: 50 }, (_, index) => range(index + 5, 2, index + 5, 6)),
      range(60, 2, 60, 4),
      range(61, 2, 61, 6),
      range(70, 1, 72, 1),
    ];
    const commands = mergeCommands(merges);
    expect(commands.map(({ range: merged, across }) => `${rangeA1(merged)} ${across}`)).toEqual([
      'B60:D60 false',
      'B5:F54 true',
      'B61:F61 false',
      'A70:A72 false',
    ]);
    const wb = new FakeWorkbook();
    wb.addSheet('台账');
    await writeSheetSpec(contextOf(wb), { ...spec, name: '合并', merges });
    expect([...wb.sheet('合并').merges].sort()).toEqual(merges.map(rangeA1).sort());
    expect(wb.commandLog.filter((command) => command === 'merge')).toHaveLength(4);
  });
});
