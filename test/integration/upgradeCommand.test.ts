import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { workbookParts } from '../../src/workbook/xlsx/package/workbookParts';
import { lianyi, tempDir } from '../support/cli';
import { OLD_LEDGER_LACKS, oldLedgerBytes, upgradedReferenceBytes } from '../support/oldLedger';
import { HAS_SOFFICE, NO_SOFFICE, sofficeCsv } from '../support/soffice';
import { changedEntries, entryXml, rawEntries } from '../support/zipEntries';

/** lianyi upgrade (SPEC §4, §8): what an old ledger lacks is added in a new file; nothing else in the file changes. */
const TODAY = '2027-01-20';

/** A worksheet's part by sheet name, as the file's workbook.xml says. */
function sheetPart(bytes: Uint8Array, name: string): string {
  const entries = rawEntries(bytes);
  const parts = workbookParts((path) => (entries.has(path) ? entryXml(bytes, path) : undefined));
  const found = parts?.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.path;
}

/** The table parts a sheet's relationships name. */
const tablesOf = (bytes: Uint8Array, sheetPath: string): string[] =>
  [...entryXml(bytes, sheetPath.replace(/([^/]+)$/, '_rels/$1.rels')).matchAll(/Target="\.\.\/(tables\/[^"]+)"/g)].map(
    (match) => `xl/${match[1]}`,
  );

describe('lianyi upgrade on an old ledger (no 意见办理, no 备案日期, no 办理期限天数)', () => {
  const folder = tempDir();
  const old = join(folder, '旧台账.xlsx');
  const upgraded = join(folder, '新台账.xlsx');
  let run: Awaited<ReturnType<typeof lianyi>>;
  let before: Uint8Array;
  let after: Uint8Array;

  beforeAll(async () => {
    before = await oldLedgerBytes();
    writeFileSync(old, before);
    run = await lianyi(['upgrade', old, '--out', upgraded], TODAY);
    after = new Uint8Array(readFileSync(upgraded));
  });

  test('says what it added and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`新增工作表 「${OLD_LEDGER_LACKS.sheet}」`);
    expect(run.stdout).toContain(`「${OLD_LEDGER_LACKS.column[0]}」${OLD_LEDGER_LACKS.column[1]}`);
    expect(run.stdout).toContain(`新增设置 ${OLD_LEDGER_LACKS.setting}`);
    expect(run.stdout).toContain(upgraded);
  });

  test('leaves the old ledger as it was', () => {
    expect(Buffer.compare(readFileSync(old), before)).toBe(0);
  });

  test('changes only the two sheets that gain something, their tables and the workbook wiring; every other entry is the same bytes', () => {
    const settings = sheetPart(before, '设置');
    const pairings = sheetPart(before, '结对关系');
    const expected = [
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      settings,
      ...tablesOf(before, settings),
      pairings,
      ...tablesOf(before, pairings),
    ];
    const changed = changedEntries(before, after).filter((name) => rawEntries(before).has(name));
    expect(changed.sort()).toEqual(expected.sort());
    // New parts: the 意见办理 sheet, its relationships and its table.
    const added = [...rawEntries(after).keys()].filter((name) => !rawEntries(before).has(name));
    const followUps = sheetPart(after, OLD_LEDGER_LACKS.sheet);
    expect(added.sort()).toEqual(
      [followUps, followUps.replace(/([^/]+)$/, '_rels/$1.rels'), ...tablesOf(after, followUps)].sort(),
    );
  });

  test('the new column, setting and sheet read back, with the old cells unchanged', async () => {
    const [was, now] = await Promise.all([readXlsxCells(before), readXlsxCells(after)]);
    if (!was.ok || !now.ok) throw new Error('unreadable');
    const sheet = (book: typeof was.value, name: string) => book.sheets.find((candidate) => candidate.name === name);
    const pairings = sheet(now.value, '结对关系');
    const header = pairings?.rows[0] ?? [];
    expect(header[header.length - 1]).toEqual({ kind: 'text', text: OLD_LEDGER_LACKS.column[1] });
    // Every old cell of every old sheet is where it was, with the same value.
    for (const old of was.value.sheets) {
      const current = sheet(now.value, old.name);
      old.rows.forEach((cells, row) =>
        cells?.forEach((cell, column) => expect(current?.rows[row]?.[column]).toEqual(cell)),
      );
    }
    const keys = sheet(now.value, '设置')?.rows.map((cells) => (cells?.[0]?.kind === 'text' ? cells[0].text : ''));
    expect(keys).toContain(OLD_LEDGER_LACKS.setting);
    expect(sheet(now.value, OLD_LEDGER_LACKS.sheet)?.rows[0]?.[0]).toEqual({ kind: 'text', text: '事项编号' });
  });

  test('exceljs reads the tables: 结对关系 has the new column, 意见办理 its own table', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(after) as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] });
    const pairings = workbook.getWorksheet('结对关系') as unknown as {
      tables: Record<string, { table: { columns: Array<{ name: string }>; tableRef: string } }>;
    };
    const table = Object.values(pairings.tables)[0]?.table;
    expect(table?.columns.map((column) => column.name).pop()).toBe(OLD_LEDGER_LACKS.column[1]);
    const followUps = workbook.getWorksheet(OLD_LEDGER_LACKS.sheet) as unknown as typeof pairings;
    expect(Object.keys(followUps.tables)).toEqual(['tblFollowUps']);
  });

  test('check reads the upgraded ledger as a ledger made whole from the start (same statuses, same problems)', async () => {
    const reference = join(folder, '参照.xlsx');
    writeFileSync(reference, await upgradedReferenceBytes());
    const checkOf = async (file: string) => {
      const result = await lianyi(['check', file, '--json', '--today', TODAY], TODAY);
      expect(result.stderr).toBe('');
      return { code: result.code, result: JSON.parse(result.stdout) as unknown };
    };
    // The old ledger lacks a sheet the check needs: it cannot be checked before the upgrade.
    expect((await lianyi(['check', old, '--today', TODAY], TODAY)).code).toBe(2);
    expect(await checkOf(upgraded)).toEqual(await checkOf(reference));
  });

  test('upgrading the upgraded ledger adds nothing and writes nothing', async () => {
    const again = join(folder, '再次升级.xlsx');
    const second = await lianyi(['upgrade', upgraded, '--out', again], TODAY);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('台账已是最新版本');
    expect(existsSync(again)).toBe(false);
  });

  test('refuses to write over the ledger itself, even with --force', async () => {
    const itself = await lianyi(['upgrade', old, '--out', old, '--force'], TODAY);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toContain('就是要读取的台账');
    expect(Buffer.compare(readFileSync(old), before)).toBe(0);
  });

  (HAS_SOFFICE ? test : test.skip)('LibreOffice reads the new column and the new sheet', () => {
    const sheets = sofficeCsv(after);
    expect(sheets.get('结对关系')?.split('\n')[0]).toMatch(/,备案日期$/);
    expect(sheets.get(OLD_LEDGER_LACKS.sheet)?.split('\n')[0]).toMatch(/^事项编号,/);
    expect(sheets.get('设置')).toContain(OLD_LEDGER_LACKS.setting);
  });
  if (!HAS_SOFFICE) test('LibreOffice check skipped', () => console.warn(NO_SOFFICE));
});
