import { strFromU8, unzipSync } from 'fflate';
import { columnLetters } from '../../../src/core/address';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { emptyLedgerContent, LAST_ROW, ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import { newWorkbookBytes } from '../../../src/workbook/xlsx/newWorkbook';
import { FakeWorkbook } from './fakeExcel';
import { fakeLedger, hostOn, TODAY } from './ledgerWorkbook';

/**
 * Microsoft's co-authoring guidance for rows written below a table with Range.values: no data
 * validation rule below the table that differs from the column's, i.e. dropdowns on whole columns.
 * Ours run from the row under the header to the sheet's last row (the header itself stays free
 * text), one rule per column, in every ledger the add-in and the command line make or upgrade.
 */
const template = ledgerTemplate(emptyLedgerContent(TODAY));
/** Every dropdown column of the template, as `sheet column-letter`. */
const listColumns = template.tables.flatMap((table) =>
  table.columns.flatMap((column, index) => (column.list ? [`${table.sheet} ${columnLetters(index + 1)}`] : [])),
);

describe('dropdowns below a ledger table cover whole columns', () => {
  it('in a ledger the add-in creates: one rule per dropdown column, from row 2 to the last row', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    await hostOn(wb).createLedger({ sample: false });
    const rules = wb.sheets.flatMap((sheet) =>
      sheet.validations.filter((rule) => rule.property === 'rule').map((rule) => `${sheet.name} ${rule.address}`),
    );
    expect(rules.sort()).toEqual(listColumns.map((column) => `${column}2:${column.split(' ')[1]}${LAST_ROW}`).sort());
  });

  it('in a column the add-in adds to an older ledger, from below its header (here in row 3) to the last row', async () => {
    const content = sampleLedgerContent();
    const wb = fakeLedger(content);
    const followUps = wb.sheet('意见办理');
    // An older 意见办理 without its last two columns, 反馈评价 (O) and 重办期限 (P), under a title and a blank row.
    const cells = [...followUps.cells.entries()].filter(([key]) => !key.endsWith(',15') && !key.endsWith(',16'));
    followUps.cells.clear();
    for (const [key, cell] of cells) {
      const [row, column] = key.split(',').map(Number) as [number, number];
      followUps.cells.set(`${row + 2},${column}`, cell);
    }
    followUps.fill([['意见办理台账']]);
    const table = wb.tables.find((candidate) => candidate.name === 'tblFollowUps');
    if (table) table.bounds = { top: 3, left: 1, bottom: table.bounds.bottom + 2, right: 14 };
    const upgraded = await hostOn(wb).upgradeLedger();
    expect(upgraded.ok && upgraded.value.addedColumns).toEqual([
      { sheet: '意见办理', header: '反馈评价' },
      { sheet: '意见办理', header: '重办期限' },
    ]);
    expect(followUps.shown(3, 15).value).toBe('反馈评价');
    expect(followUps.validations.filter((rule) => rule.property === 'rule').map((rule) => rule.address)).toEqual([
      `O4:O${LAST_ROW}`,
    ]);
  });

  it('in a ledger the command line writes: one rule per column in the sheet XML, never one per cell', async () => {
    const bytes = await newWorkbookBytes(template.tables.map((table) => ({ kind: 'table', table })));
    const sheets = Object.entries(unzipSync(bytes)).filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    const byTitle = new Map<string, string[]>();
    for (const [, xml] of sheets)
      for (const match of strFromU8(xml).matchAll(/<dataValidation [^>]*errorTitle="([^"]*)"[^>]*sqref="([^"]*)"/g))
        byTitle.set(match[1] as string, [...(byTitle.get(match[1] as string) ?? []), match[2] as string]);
    const all = [...byTitle.values()].flat();
    expect(all).toHaveLength(listColumns.length);
    expect(all.every((sqref) => new RegExp(`^([A-Z]+)2:(?:\\1)${LAST_ROW}$`).test(sqref))).toBe(true);
    expect(byTitle.get('联系形式')).toEqual([`F2:F${LAST_ROW}`]);
  });
});

describe('an older ledger’s dropdowns gain the values this version added, in Excel', () => {
  it('办理状态 gets 重办中 after the school’s own values; a list from cells and a complete list are left alone', async () => {
    const content = sampleLedgerContent();
    // No 台账版本 in 设置: a ledger of before version 2.
    const wb = fakeLedger({ ...content, 设置: (content['设置'] ?? []).filter((row) => row.key !== '台账版本') });
    const followUps = wb.sheet('意见办理');
    const alert = { errorStyle: 'Stop', showAlert: true, title: '办理状态', message: '请从下拉列表中选择办理状态。' };
    const rule = (source: string) => ({ list: { inCellDropDown: true, source } });
    followUps.validations.push(
      { address: `K2:K${LAST_ROW}`, property: 'rule', value: rule('待研究,已交办,办理中,已答复,已办结,退回') },
      { address: `K2:K${LAST_ROW}`, property: 'errorAlert', value: alert },
      { address: `C2:C${LAST_ROW}`, property: 'rule', value: rule('=$Z$1:$Z$2') },
      { address: `O2:O${LAST_ROW}`, property: 'rule', value: rule('满意,基本满意,不满意') },
    );
    const before = followUps.validations.length;
    expect((await hostOn(wb).upgradeLedger()).ok).toBe(true);
    expect(followUps.validations.slice(before)).toEqual([
      { address: `K2:K${LAST_ROW}`, property: 'clear', value: undefined },
      { address: `K2:K${LAST_ROW}`, property: 'rule', value: rule('待研究,已交办,办理中,已答复,已办结,退回,重办中') },
      { address: `K2:K${LAST_ROW}`, property: 'errorAlert', value: alert },
    ]);
  });

  it('a ledger of this version is not touched', async () => {
    const wb = fakeLedger(sampleLedgerContent());
    const followUps = wb.sheet('意见办理');
    followUps.validations.push({
      address: `K2:K${LAST_ROW}`,
      property: 'rule',
      value: { list: { inCellDropDown: true, source: '待研究,已交办' } },
    });
    await hostOn(wb).upgradeLedger();
    expect(followUps.validations).toHaveLength(1);
  });
});
