import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lianyi, tempDir } from '../support/cli';

describe('lianyi check --report writes the 覆盖检查 sheet into a new workbook', () => {
  const dir = tempDir();
  const ledger = join(dir, '台账.xlsx');
  const report = join(dir, '报告', '检查.xlsx');
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    mkdirSync(join(dir, '报告'));
    const run = await lianyi(['check', ledger, '--today', '2027-01-20', '--report', report]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('检查报告已写入');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(report) as unknown as ExcelJS.Buffer);
    sheet = workbook.getWorksheet('覆盖检查') as ExcelJS.Worksheet;
  });

  test('the title, and problem links that open the ledger at the cell', () => {
    expect(sheet.getCell('A1').value).toBe('联谊交友覆盖检查 · 2026-2027学年第一学期');
    const links: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string } | null;
        if (value && typeof value === 'object' && value.formula) links.push(value.formula);
      }),
    );
    expect(links).toContain(`HYPERLINK("../台账.xlsx#'联系记录'!F19","F19")`);
  });

  test('data bars, colours and landscape page setup survive the file', () => {
    const { conditionalFormattings } = sheet as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const bars = conditionalFormattings.flatMap((format) => format.rules.map((rule) => rule.type));
    expect(bars).toEqual(['dataBar', 'dataBar']);
    expect(sheet.properties.tabColor).toEqual({ argb: 'FFC00000' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });
});
