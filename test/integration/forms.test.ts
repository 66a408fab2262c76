import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lianyi, tempDir } from '../support/cli';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('lianyi forms writes print-ready 登记表 into a new workbook', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  const out = join(dir, 'forms.xlsx');
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    const run = await lianyi(['forms', ledger, '--semester', '2026-2027-1', '--today', '2027-01-20', '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('已生成 12 份登记表');
    workbook = await load(out);
  });

  test('one sheet per pairing, named after the two people', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['登记表-王建国-林安', '登记表-孙志强-杨帆', '登记表-刘文华-杨帆']),
    );
    expect(workbook.worksheets).toHaveLength(12);
  });

  test('the merges, borders, fonts and values land where the spec put them', () => {
    const sheet = workbook.getWorksheet('登记表-王建国-林安') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('浙江外国语学院党员领导干部');
    expect(sheet.getCell('B4').value).toBe('王建国');
    expect(sheet.getCell('D8').isMerged).toBe(true);
    expect(sheet.getCell('D8').master.address).toBe('B8');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '方正小标宋简体', size: 20 });
    expect(sheet.getCell('A1').font.scheme).toBeUndefined();
    expect(sheet.getCell('B6').font).toMatchObject({ name: '仿宋_GB2312', size: 12, charset: 134 });
    expect(sheet.getCell('C7').border).toMatchObject({ top: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.getCell('B6').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getRow(6).height).toBeGreaterThanOrEqual(170);
  });

  test('page setup: A4 portrait, fit to one page, centred, print area', () => {
    const sheet = workbook.getWorksheet('登记表-周晓梅-马丽') as ExcelJS.Worksheet;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
    });
    expect(sheet.pageSetup.printArea).toBe('A1:D8');
  });

  test('--unit narrows the forms, an unknown unit or 结对编号 exits 2 and writes nothing', async () => {
    const artOnly = join(dir, 'art.xlsx');
    expect(
      (
        await lianyi([
          'forms',
          ledger,
          '--semester',
          '2026-2027-1',
          '--unit',
          '艺术学院',
          '--out',
          artOnly,
          '--today',
          '2027-01-20',
        ])
      ).code,
    ).toBe(0);
    expect((await load(artOnly)).worksheets.map((sheet) => sheet.name)).toEqual(['登记表-何静-梁静']);
    for (const args of [
      ['--unit', '外星学院'],
      ['--pairing', 'P99'],
    ]) {
      const target = join(dir, 'none.xlsx');
      const run = await lianyi(['forms', ledger, '--semester', '2026-2027-1', ...args, '--out', target]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(target)).toBe(false);
    }
  });

  test('forms needs --semester and --out, and never overwrites without --force', async () => {
    expect((await lianyi(['forms', ledger, '--out', join(dir, 'x.xlsx')])).stderr).toContain('--semester');
    expect((await lianyi(['forms', ledger, '--semester', '2026-2027-1'])).stderr).toContain('--out');
    const again = await lianyi(['forms', ledger, '--semester', '2026-2027-1', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });
});
