import { LEDGER_SHEETS } from '../../support/ledgerSheets';
import ExcelJS from 'exceljs';
import type { Cell } from '../../../src/core/cell';
import type { LocalDate } from '../../../src/core/localDate';
import { findSheet, type RawWorkbook } from '../../../src/core/rawWorkbook';
import type { Result } from '../../../src/core/result';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import type { LedgerHost, UnsavedChanges } from '../../../src/app/ledgerHost';
import { createPreviewHost, type PreviewOptions } from '../../../src/taskpane/preview/previewHost';
import { ledgerXlsxBytes } from '../../../src/workbook/xlsx/newWorkbook';
import { readXlsxCells } from '../../../src/workbook/xlsx/readXlsxCells';
import { changedEntries } from '../../support/zipEntries';

/**
 * The preview keeps what the user does: 填报, 新建 and 升级 are unsaved changes until 下载更新后的台账
 * gives the opened file plus those changes (through the package writer) under a new name.
 */
const today = '2027-01-20' as LocalDate;
const options: PreviewOptions = { today, fileName: '台账.xlsx' };
const semester = { semesterId: '2026-2027-1' };
const contact = { pairingId: 'P12', date: '2027-01-05', form: '个别谈心', summary: '谈心，了解科研团队情况。' };

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const sampleBytes = () => ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent()));

async function opened(bytes: Uint8Array | undefined, more: Partial<PreviewOptions> = {}) {
  const host = value(await createPreviewHost(bytes, { ...options, ...more }));
  const unsaved = host.unsaved as UnsavedChanges;
  return { host, unsaved, count: () => unsaved.current().count };
}

async function cellsOf(bytes: Uint8Array): Promise<RawWorkbook> {
  return value(await readXlsxCells(bytes));
}

const text = (cell: Cell | undefined): string | undefined => (cell?.kind === 'text' ? cell.text : undefined);

/** The 1-based row of 联系记录 whose cells hold `summary`, or 0. */
function contactRow(workbook: RawWorkbook, summary: string): number {
  const rows = findSheet(workbook, '联系记录')?.rows ?? [];
  return rows.findIndex((row) => (row ?? []).some((cell) => text(cell) === summary)) + 1;
}

async function sheetNames(host: LedgerHost): Promise<string[]> {
  const ledger = value(await host.download!('ledger'));
  return (await cellsOf(ledger.bytes)).sheets.map((sheet) => sheet.name);
}

describe('the preview’s unsaved changes', () => {
  test('a contact is an unsaved change; the updated ledger holds its row, every other part as it was', async () => {
    const original = await sampleBytes();
    const { host, unsaved, count } = await opened(original);
    const heard = jest.fn();
    unsaved.subscribe(heard);
    expect(count()).toBe(0);
    const { row } = value(await host.addContact(contact));
    expect(count()).toBe(1);
    expect(heard).toHaveBeenCalled();

    const ledger = value(await host.download!('ledger'));
    expect(ledger.fileName).toBe('台账-更新-20270120.xlsx');
    expect(contactRow(await cellsOf(ledger.bytes), contact.summary)).toBe(row);
    expect(contactRow(await cellsOf(original), contact.summary)).toBe(0);
    // The 联系记录 sheet and its table grow; nothing else in the file is touched.
    expect(changedEntries(original, ledger.bytes)).toEqual(['xl/worksheets/sheet8.xml', 'xl/tables/table7.xml']);
    expect(unsaved.current()).toEqual({
      count: 0,
      savedAs: '台账-更新-20270120.xlsx',
      report: false,
      forms: false,
      review: false,
    });

    // A later change is unsaved again; the next download holds both contacts.
    value(await host.addContact({ ...contact, summary: '第二次谈心。' }));
    expect(count()).toBe(1);
    const again = await cellsOf(value(await host.download!('ledger')).bytes);
    expect([contactRow(again, contact.summary), contactRow(again, '第二次谈心。')]).toEqual([row, row + 1]);
  });

  test('a refused contact is no change', async () => {
    const { host, count } = await opened(await sampleBytes());
    expect((await host.addContact({ ...contact, form: '喝茶' })).ok).toBe(false);
    expect(count()).toBe(0);
    expect(await host.download!('ledger')).toMatchObject({
      ok: false,
      error: { kind: 'nothingToSave', message: expect.stringContaining('没有未保存的更改') },
    });
  });

  test('the report and the forms are no change of the ledger, and stay out of the updated ledger', async () => {
    const { host, count } = await opened(await sampleBytes());
    value(await host.check(semester));
    value(await host.renderForms({ ...semester, pairings: 'all' }, () => undefined, new AbortController().signal));
    value(await host.check(semester));
    expect(count()).toBe(0);
    value(await host.addContact(contact));
    expect(count()).toBe(1);
    const names = await sheetNames(host);
    expect(names).not.toContain('覆盖检查');
    expect(names.filter((name) => name.startsWith('登记表'))).toEqual([]);
  });

  test('a report or forms made from unsaved changes say so in their names, until the ledger is downloaded', async () => {
    const { host, unsaved } = await opened(await sampleBytes());
    value(await host.check(semester));
    value(await host.addContact(contact));
    // Made before the contact: the report is the file's.
    expect(unsaved.current().report).toBe(false);
    expect(value(await host.download!('report')).fileName).toBe('覆盖检查-2026-2027-1.xlsx');

    value(await host.check(semester));
    value(await host.renderForms({ ...semester, pairings: 'all' }, () => undefined, new AbortController().signal));
    expect(unsaved.current()).toMatchObject({ report: true, forms: true });
    expect(value(await host.download!('report')).fileName).toBe('覆盖检查-2026-2027-1-含未保存的更改.xlsx');
    expect(value(await host.download!('forms')).fileName).toBe('登记表-2026-2027-1-含未保存的更改.xlsx');

    value(await host.download!('ledger'));
    expect(unsaved.current()).toMatchObject({ report: false, forms: false });
    expect(value(await host.download!('report')).fileName).toBe('覆盖检查-2026-2027-1.xlsx');
  });

  test('催办单 are unsaved changes of the ledger: the updated ledger holds them, a second run replaces them', async () => {
    const original = await sampleBytes();
    const { host, count } = await opened(original);
    const first = value(await host.remind(semester));
    const names = first.sheets.map((sheet) => sheet.sheetName);
    // This sample has no 重大节日 (no lunar calendar): 英语语言文化学院 chases Y2026-04 (overdue), 西方语言文化学院
    // P14 (pending), 统战部 Y2026-03 (overdue) and Y2026-05 (due soon); the other two units have nothing.
    expect(names).toEqual(['催办单-英语语言文化学院', '催办单-西方语言文化学院', '催办单-统战部']);
    expect(count()).toBe(names.length);
    expect(await sheetNames(host)).toEqual(['说明', ...LEDGER_SHEETS, ...names]);
    expect(count()).toBe(0);
    // Again: the earlier 催办单 go, the new ones come, once each.
    value(await host.remind(semester));
    expect(count()).toBeGreaterThan(0);
    expect(await sheetNames(host)).toEqual(['说明', ...LEDGER_SHEETS, ...names]);
  });

  test('an upgrade counts its sheet, columns and setting; the updated ledger has them', async () => {
    const template = ledgerTemplate(sampleLedgerContent());
    const older = {
      ...template,
      tables: template.tables
        .filter((table) => table.sheet !== '意见办理')
        .map((table) =>
          table.sheet === '联系记录'
            ? { ...table, columns: table.columns.slice(0, -2), rows: table.rows.map((row) => row.slice(0, -2)) }
            : table,
        )
        .map((table) =>
          table.sheet === '设置' ? { ...table, rows: table.rows.filter((row) => row[0] !== '办理期限天数') } : table,
        ),
    };
    const { host, count } = await opened(await ledgerXlsxBytes(older));
    value(await host.upgradeLedger());
    expect(count()).toBe(4);
    const upgraded = await cellsOf(value(await host.download!('ledger')).bytes);
    expect(upgraded.sheets.map((sheet) => sheet.name)).toContain('意见办理');
    const headers = (findSheet(upgraded, '联系记录')?.rows[0] ?? []).map(text);
    expect(headers.slice(-2)).toEqual(['填报人', '填报日期']);
    const settings = findSheet(upgraded, '设置')?.rows ?? [];
    expect(settings.some((row) => text(row?.[0]) === '办理期限天数')).toBe(true);
  });

  test('新建 in an opened blank workbook: the ledger’s sheets replace its empty sheet in the updated file', async () => {
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    const { host, count } = await opened(new Uint8Array(await blank.xlsx.writeBuffer()), { fileName: '空白.xlsx' });
    value(await host.createLedger({ sample: false }));
    expect(count()).toBe(12); // eleven sheets added, the empty one removed
    const ledger = value(await host.download!('ledger'));
    expect(ledger.fileName).toBe('空白-更新-20270120.xlsx');
    expect((await cellsOf(ledger.bytes)).sheets.map((sheet) => sheet.name)).toEqual(['说明', ...LEDGER_SHEETS]);
  });

  test('the sample opened without a file is no change; its download is a new ledger, with the contacts added', async () => {
    const { host, count } = await opened(undefined, { fileName: undefined, sample: true });
    expect(count()).toBe(0);
    const sample = value(await host.download!('ledger'));
    expect(sample.fileName).toBe('台账-20270120.xlsx');
    expect(
      (await cellsOf(sample.bytes)).sheets.map((sheet) => sheet.name).filter((name) => name === '联系记录'),
    ).toHaveLength(1);
    const { row } = value(await host.addContact(contact));
    expect(count()).toBe(1);
    expect(contactRow(await cellsOf(value(await host.download!('ledger')).bytes), contact.summary)).toBe(row);
    expect(count()).toBe(0);
  });

  test('a blank page with no ledger has nothing to download', async () => {
    const { host } = await opened(undefined, { fileName: undefined });
    expect(await host.download!('ledger')).toMatchObject({
      ok: false,
      error: { kind: 'nothingToSave', message: expect.stringContaining('新建台账') },
    });
  });
});
