import { LEDGER_SHEETS } from '../../support/ledgerSheets';
import { SETTING_DEFAULTS } from '../../../src/core/ledger/settings';
import { readLedger } from '../../../src/core/ledger/readLedger';
import { localDateToSerial, type LocalDate } from '../../../src/core/localDate';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { readWorkbookCells } from '../../../src/workbook/office/readWorkbook';
import { rawLedger } from '../../support/rawLedger';
import { contextOf, FakeWorkbook } from './fakeExcel';
import type { FakeSheet } from './fakeModel';
import { cellsOf, fakeLedger, hostOn } from './ledgerWorkbook';

const draft = {
  pairingId: 'P01',
  date: '2027/1/15',
  form: '个别谈心',
  summary: '=交流近况',
  suggestions: '+建议增加经费',
  filedBy: '郑敏',
};

/** Rebuilds a sheet with its columns in another order (by header); '我的列' is a column of the user's own. */
function reorder(wb: FakeWorkbook, name: string, headers: readonly string[]): void {
  const sheet = wb.sheet(name);
  const used = sheet.used(true);
  if (!used) throw new Error('empty');
  const rows = Array.from({ length: used.bottom }, (_, r) =>
    Array.from({ length: used.right }, (_, c) => sheet.peek(r + 1, c + 1)?.value),
  );
  const from = headers.map((header) => rows[0]?.indexOf(header) ?? -1);
  sheet.cells.clear();
  sheet.fill(
    rows.map((row, r) => from.map((index, c) => (index >= 0 ? row[index] : r === 0 ? headers[c] : `自己的${r}`))),
  );
  const table = wb.tables.find((candidate) => candidate.sheet === sheet);
  if (table) table.bounds = { ...table.bounds, right: headers.length };
}

const columnOf = (sheet: FakeSheet, header: string): number => {
  for (let column = 1; column < 40; column++) if (sheet.shown(1, column).value === header) return column;
  throw new Error(`no ${header}`);
};

// The header and the sample's 30 contacts fill rows 1–31 of 联系记录: a new contact goes on row 32.
describe('adding a contact', () => {
  it('writes the row below the table, each value under its header, formats before values', async () => {
    const wb = fakeLedger();
    reorder(wb, '联系记录', [
      '联系日期',
      '记录编号',
      '我的列',
      '联系沟通情况',
      '结对编号',
      '联系形式',
      '意见建议',
      '填报人',
      '填报日期',
      '干部姓名',
      '人士姓名',
      '困难诉求',
      '备注',
    ]);
    const result = await hostOn(wb).addContact(draft);
    expect(result).toEqual({ ok: true, value: { row: 32, contactId: 'C2027-002' } });
    expect(wb.syncs).toBe(3);
    const sheet = wb.sheet('联系记录');
    const at = (header: string) => sheet.shown(32, columnOf(sheet, header)).value;
    expect(at('记录编号')).toBe('C2027-002');
    expect(at('联系日期')).toBe(localDateToSerial('2027-01-15' as LocalDate));
    expect(sheet.numberFormatAt(32, columnOf(sheet, '联系日期'))).toBe('yyyy-mm-dd');
    expect([at('结对编号'), at('联系形式'), at('联系沟通情况'), at('意见建议'), at('填报人')]).toEqual([
      'P01',
      '个别谈心',
      '=交流近况',
      '+建议增加经费',
      '郑敏',
    ]);
    expect(at('干部姓名')).toBe('王建国');
    expect(sheet.peek(32, columnOf(sheet, '我的列'))).toBeUndefined();
    for (const header of ['记录编号', '联系日期', '联系沟通情况', '意见建议'])
      expect(sheet.formatBeforeValue(32, columnOf(sheet, header))).toBe(true);
    expect(wb.tables.find((table) => table.name === 'tblContacts')?.bounds).toEqual({
      top: 1,
      left: 1,
      bottom: 32,
      right: 13,
    });
    const reread = readLedger(await readWorkbookCells(contextOf(wb)));
    expect(
      reread.ok && reread.value.ledger.contacts.find((contact) => contact.contactId === 'C2027-002')?.summary,
    ).toBe('=交流近况');
  });

  it('leaves the table object alone where Table.resize is not supported', async () => {
    const wb = fakeLedger();
    await hostOn(wb, { supports: () => false }).addContact(draft);
    // Read, write, and the confirmation against co-authors (coAuthoring.test.ts).
    expect(wb.syncs).toBe(3);
    expect(wb.tables.find((table) => table.name === 'tblContacts')?.bounds.bottom).toBe(31);
    expect(wb.sheet('联系记录').shown(32, 1).value).toBe('C2027-002');
  });

  it('returns the problems of a bad draft and writes nothing', async () => {
    const wb = fakeLedger();
    const before = cellsOf(wb, '联系记录');
    const result = await hostOn(wb).addContact({ ...draft, form: '喝茶聊天', date: '2027-02-30' });
    expect(!result.ok && Array.isArray(result.error) && result.error.map((problem) => problem.column)).toEqual(
      expect.arrayContaining(['联系形式', '联系日期']),
    );
    expect(wb.syncs).toBe(1);
    expect(cellsOf(wb, '联系记录')).toEqual(before);
  });
});

describe('creating a ledger', () => {
  it('writes the 说明 sheet and one table per sheet into a blank workbook, which then reads as the sample', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    expect(await hostOn(wb).createLedger({ sample: true })).toEqual({ ok: true, value: undefined });
    expect(wb.syncs).toBe(2);
    expect(wb.sheets.map((sheet) => sheet.name)).toEqual(['说明', ...LEDGER_SHEETS]);
    expect(wb.tables.map((table) => `${table.name} ${table.sheet.name}`)).toContain('tblContacts 联系记录');
    expect(wb.active).toBe('说明');
    const contacts = wb.sheet('联系记录');
    expect(contacts.freeze).toEqual({ rows: 1 });
    expect(contacts.validations).toContainEqual(expect.objectContaining({ address: 'F2:F1048576', property: 'rule' }));
    for (const sheet of wb.sheets) {
      for (const key of sheet.cells.keys()) {
        const [row, column] = key.split(',').map(Number) as [number, number];
        if (row > 1 || sheet.name === '说明') expect(sheet.formatBeforeValue(row, column)).toBe(true);
      }
    }
    expect(contacts.numberFormatAt(5, columnOf(contacts, '联系日期'))).toBe('yyyy-mm-dd');
    const read = readLedger(await readWorkbookCells(contextOf(wb)));
    const expected = readLedger(rawLedger(sampleLedgerContent()));
    expect(read.ok && read.value.ledger.contacts).toEqual(expected.ok && expected.value.ledger.contacts);
  });

  it('writes date serials in the workbook’s date system', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    wb.date1904 = true;
    await hostOn(wb).createLedger({ sample: false });
    const raw = await readWorkbookCells(contextOf(wb));
    const read = readLedger(raw);
    expect(raw.date1904).toBe(true);
    expect(read.ok && read.value.ledger.semesters[0]?.start).toBe('2026-09-01');
    expect(wb.sheet('学期').shown(2, 3).value).toBe(localDateToSerial('2026-09-01' as LocalDate) - 1462);
  });

  it('refuses when the workbook already has ledger sheets', async () => {
    const wb = fakeLedger();
    const result = await hostOn(wb).createLedger({ sample: false });
    expect(!result.ok && result.error.message).toContain('工作簿中已有台账工作表');
    expect(wb.syncs).toBe(1);
  });
});

describe('upgrading an older ledger', () => {
  function olderLedger(): FakeWorkbook {
    const content = sampleLedgerContent();
    const wb = fakeLedger(
      { ...content, 设置: content['设置']?.filter((row) => row.key !== '办理期限天数') ?? [] },
      { without: ['意见办理'] },
    );
    const units = wb.sheet('单位');
    for (const key of [...units.cells.keys()]) if (key.endsWith(',5')) units.cells.delete(key);
    const table = wb.tables.find((candidate) => candidate.name === 'tblUnits');
    if (table) table.bounds = { ...table.bounds, right: 4 };
    return wb;
  }

  it('adds only the missing sheet, column and setting, without changing a cell it had', async () => {
    const wb = olderLedger();
    const before = new Map(wb.sheets.map((sheet) => [sheet.name, cellsOf(wb, sheet.name)]));
    const result = await hostOn(wb).upgradeLedger();
    expect(result).toEqual({
      ok: true,
      value: {
        addedSheets: ['意见办理'],
        addedColumns: [{ sheet: '单位', header: '备注' }],
        addedSettings: ['办理期限天数'],
        raisedVersion: false,
      },
    });
    for (const [name, cells] of before) {
      const after = cellsOf(wb, name);
      for (const [address, value] of cells)
        expect(`${name}!${address} ${String(after.get(address))}`).toBe(`${name}!${address} ${String(value)}`);
    }
    expect(wb.sheet('单位').shown(1, 5).value).toBe('备注');
    const settings = wb.sheet('设置');
    const lastSetting = SETTING_DEFAULTS.length + 1;
    expect([1, 2, 3].map((column) => settings.shown(lastSetting, column).value)).toEqual([
      '办理期限天数',
      '30',
      '意见办理未填写办理期限时，交办日期后多少天为期限',
    ]);
    expect(wb.tables.find((table) => table.name === 'tblUnits')?.bounds.right).toBe(5);
    expect(wb.tables.find((table) => table.name === 'tblSettings')?.bounds.bottom).toBe(lastSetting);
    expect(wb.tables.map((table) => table.name)).toContain('tblFollowUps');
    expect(readLedger(await readWorkbookCells(contextOf(wb))).ok).toBe(true);
    expect(await hostOn(wb).upgradeLedger()).toEqual({
      ok: true,
      value: { addedSheets: [], addedColumns: [], addedSettings: [], raisedVersion: false },
    });
  });
});
