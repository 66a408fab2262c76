import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEDGER_TABLES } from '../../src/core/schema/index';
import { lianyi, tempDir } from '../support/cli';

interface LoadedTable {
  name: string;
  table?: { name: string; ref?: string; tableRef?: string; columns: Array<{ name: string }> };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('lianyi init creates a blank ledger a secretary can fill in', () => {
  const file = join(tempDir(), '新台账.xlsx');
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const run = await lianyi(['init', file], '2026-11-23');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已创建台账');
    workbook = await load(file);
  });

  test('the 说明 sheet comes first and tells a secretary how to add a contact row', () => {
    const guide = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(guide.name).toBe('说明');
    const text = guide.getColumn(1).values.join('\n');
    expect(text).toContain('学院书记填写联系记录');
    expect(text).toContain('结对编号');
  });

  test.each(LEDGER_TABLES.map((def) => [def.sheet, def] as const))(
    '「%s」 holds one Excel table with the headers of SPEC §2, frozen under its header',
    (_sheet, def) => {
      const sheet = workbook.getWorksheet(def.sheet) as ExcelJS.Worksheet;
      const tables = Object.values((sheet as unknown as { tables: Record<string, LoadedTable> }).tables);
      expect(tables).toHaveLength(1);
      expect(tables[0]?.table?.name ?? tables[0]?.name).toBe(def.table);
      const headers = Object.values(def.columns).map((column) => column.header);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(6);
    },
  );

  test('value lists are dropdowns that reach far below the table', () => {
    const contacts = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    const validation = contacts.getCell('F500').dataValidation;
    expect(validation).toMatchObject({ type: 'list', errorStyle: 'stop' });
    expect(validation.formulae?.[0]).toContain('节日走访慰问');
    const figures = workbook.getWorksheet('党外代表人士') as ExcelJS.Worksheet;
    expect(figures.getCell('H10').dataValidation).toMatchObject({ type: 'list', errorStyle: 'information' });
  });

  test('意见办理’s dropdowns hold the version-2 values: 重办中, 答复类别 A–D, 反馈评价', () => {
    const followUps = workbook.getWorksheet('意见办理') as ExcelJS.Worksheet;
    const list = (address: string) => followUps.getCell(address).dataValidation.formulae?.[0];
    expect(list('K300')).toBe('"待研究,已交办,办理中,已答复,已办结,重办中"');
    expect(list('L300')).toBe('"A,B,C,D"');
    expect(list('O300')).toBe('"满意,基本满意,不满意"');
    expect(followUps.getCell('P300').numFmt).toBe('yyyy-mm-dd');
  });

  test('date columns carry a date format and 编号 columns stay text', () => {
    const contacts = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    expect(contacts.getColumn(5).numFmt).toBe('yyyy-mm-dd');
    expect(contacts.getColumn(1).numFmt).toBe('@');
  });

  test('settings take their defaults and the semesters cover this and next academic year without gaps', () => {
    const settings = workbook.getWorksheet('设置') as ExcelJS.Worksheet;
    expect(settings.getCell('A2').value).toBe('学校名称');
    expect(settings.getCell('B2').value).toBe('浙江外国语学院');
    const semesters = workbook.getWorksheet('学期') as ExcelJS.Worksheet;
    const ids = [2, 3, 4, 5].map((row) => semesters.getCell(row, 1).value);
    expect(ids).toEqual(['2026-2027-1', '2026-2027-2', '2027-2028-1', '2027-2028-2']);
    expect((semesters.getCell('D2').value as Date).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect((semesters.getCell('C3').value as Date).toISOString().slice(0, 10)).toBe('2027-03-01');
  });

  test('a blank ledger checks cleanly: nothing to cover yet, nothing wrong', async () => {
    const run = await lianyi(['check', file, '--today', '2026-11-23', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.semester.id).toBe('2026-2027-1');
    expect(result.problems).toEqual([]);
  });
});
