import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkLedger } from '../../src/app/checkLedger';
import { fixedDayClock } from '../../src/app/clock';
import type { Cell } from '../../src/core/cell';
import type { LocalDate } from '../../src/core/localDate';
import { findSheet, type RawWorkbook } from '../../src/core/rawWorkbook';
import { REPORT_SHEET } from '../../src/core/report/coverageReport';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { contactsTable } from '../../src/core/schema/index';
import { ledgerTemplate } from '../../src/core/template/ledgerTemplate';
import type { WorkbookChange } from '../../src/workbook/memory/workbookChanges';
import { createMemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { ledgerXlsxBytes } from '../../src/workbook/xlsx/newWorkbook';
import { patchedXlsx } from '../../src/workbook/xlsx/patchedXlsx';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { packageProblems } from '../support/packageIntegrity';
import { cell, type PackageOptions, row, si, xlsxBytes } from '../support/xlsxPackage';
import { changedEntries, entryXml } from '../support/zipEntries';

/**
 * The package writer on files built part by part (test/support/xlsxPackage.ts), for what real
 * producers do that exceljs does not: the 1904 date system, a prefixed namespace, rows without
 * `r=`, no styles part at all, a formula the reader cannot see; and for what the writer must never
 * do: write over such a formula.
 */
const text = (value: string): Cell => ({ kind: 'text', text: value });
const date = (value: string): Cell => ({ kind: 'date', date: value as LocalDate });
const SHEET = 'xl/worksheets/sheet1.xml';

/** A small 联系记录: header in row 1 (shared strings), one contact in row 2 with a date in the 1904 or 1900 system. */
function contacts(
  options: PackageOptions & { readonly serial?: number; readonly dateStyle?: number; readonly more?: string } = {},
) {
  const header = row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"'), cell('C1', 2, 't="s"'));
  const data = row(
    2,
    cell('A2', 3, 't="s"'),
    cell('B2', options.serial ?? 46280, `s="${options.dateStyle ?? 1}"`),
    cell('C2', 4, 't="s"'),
  );
  return xlsxBytes([{ name: '联系记录', rows: header + data + (options.more ?? '') }], {
    sharedStrings: [si('记录编号'), si('联系日期'), si('联系沟通情况'), si('C1'), si('座谈')],
    styles: { cellXfs: [0, 14] },
    ...options,
  });
}

const appended = (cells: ReadonlyArray<readonly [number, Cell]>, firstRow = 3): WorkbookChange => ({
  kind: 'rows',
  sheet: '联系记录',
  headerRow: 1,
  firstRow,
  rows: [cells],
});

async function patched(bytes: Uint8Array, changes: readonly WorkbookChange[]): Promise<Uint8Array> {
  const result = await patchedXlsx(bytes, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function cells(bytes: Uint8Array): Promise<RawWorkbook> {
  const read = await readXlsxCells(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('dates are serials of the workbook’s own date system, in a date style', () => {
  test.each([
    ['1904 (date1904="true", as LibreOffice writes)', 'true', 46405 - 1462],
    ['1904 (date1904="1")', '1', 46405 - 1462],
    ['1900', undefined, 46405],
  ])('%s', async (_name, date1904, serial) => {
    const original = contacts({ date1904, serial: date1904 ? 46280 - 1462 : 46280 });
    const out = await patched(original, [
      appended([
        [1, text('C2')],
        [2, date('2027-01-18')],
        [3, text('个别谈心')],
      ]),
    ]);
    expect(entryXml(out, SHEET)).toContain(`<c r="B3" s="1"><v>${serial}</v></c>`);
    const sheet = findSheet(await cells(out), '联系记录');
    expect(sheet?.rows[1]?.[1]).toEqual(date('2026-09-15'));
    expect(sheet?.rows[2]?.slice(0, 3)).toEqual([text('C2'), date('2027-01-18'), text('个别谈心')]);
  });

  test('a date under a cell that does not show dates gets a date style made like it', async () => {
    const original = contacts({ dateStyle: 0 });
    const out = await patched(original, [appended([[2, date('2027-01-18')]])]);
    expect(entryXml(out, 'xl/styles.xml')).toContain('formatCode="yyyy-mm-dd"');
    expect(findSheet(await cells(out), '联系记录')?.rows[2]?.[1]).toEqual(date('2027-01-18'));
  });

  test('a file without a styles part gets one, so the date still reads as a date', async () => {
    const original = contacts({ styles: undefined });
    const out = await patched(original, [appended([[2, date('2027-01-18')]])]);
    expect(packageProblems(out)).toEqual([]);
    expect(findSheet(await cells(out), '联系记录')?.rows[2]?.[1]).toEqual(date('2027-01-18'));
  });
});

describe('text is always text', () => {
  test.each([
    '=SUM(A1:A3)',
    '+86 138',
    '-5',
    '@user',
    '0012',
    '  前后空格  ',
    '第一行\n第二行',
    'a < b & c > "d"',
    '_x0041_',
  ])('%j is written as an inline string and read back as typed', async (typed) => {
    const out = await patched(contacts(), [appended([[3, text(typed)]])]);
    const xml = entryXml(out, SHEET);
    expect(xml).toMatch(/<c r="C3"[^>]* t="inlineStr"><is><t[^>]*>/);
    expect(xml).not.toMatch(/<c r="C3"[^>]*>\s*<f>/);
    // The reader does not decode Excel's _xHHHH_ escapes; every other text reads back as typed.
    if (typed !== '_x0041_') expect(findSheet(await cells(out), '联系记录')?.rows[2]?.[2]).toEqual(text(typed));
  });
});

describe('rows go where they belong', () => {
  test('in a package whose elements carry a prefix (x:row, x:c), new rows and cells carry it too', async () => {
    const out = await patched(contacts({ prefix: 'x' }), [appended([[1, text('C2')]])]);
    expect(entryXml(out, SHEET)).toContain('<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>C2</x:t></x:is></x:c>');
    expect(findSheet(await cells(out), '联系记录')?.rows[2]?.[0]).toEqual(text('C2'));
  });

  test('rows and cells without r= are counted as the reader counts them', async () => {
    const noRefs = '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c t="s"><v>3</v></c></row>';
    const original = xlsxBytes([{ name: '联系记录', rows: noRefs }], {
      sharedStrings: [si('记录编号'), si('联系日期'), si('x'), si('C1')],
    });
    const out = await patched(original, [
      appended([[1, text('C2')]]),
      { kind: 'cells', edits: [{ sheet: '联系记录', row: 2, column: 2, cell: text('补') }] },
    ]);
    const sheet = findSheet(await cells(out), '联系记录');
    expect(sheet?.rows.map((cells) => cells?.map((one) => (one?.kind === 'text' ? one.text : undefined)))).toEqual([
      ['记录编号', '联系日期'],
      ['C1', '补'],
      ['C2'],
    ]);
  });

  test('a row appended above rows further down (an empty formatted row) goes before them, in order', async () => {
    const more = '<row r="9" s="1" customFormat="1" ht="30" customHeight="1"/>';
    const out = await patched(contacts({ more }), [appended([[1, text('C2')]]), appended([[1, text('C3')]], 4)]);
    const xml = entryXml(out, SHEET);
    const order = [...xml.matchAll(/<row r="(\d+)"/g)].map((match) => Number(match[1]));
    expect(order).toEqual([1, 2, 3, 4, 9]);
    expect(xml).toContain(more);
  });

  test('a cell set in an existing row goes between its neighbours; the other cells stay as they were', async () => {
    const original = contacts();
    const out = await patched(original, [
      { kind: 'cells', edits: [{ sheet: '联系记录', row: 2, column: 4, cell: text('备注') }] },
    ]);
    const row2 = /<row r="2"[^>]*>[\s\S]*?<\/row>/.exec(entryXml(out, SHEET))?.[0] ?? '';
    expect(row2.indexOf('r="C2"')).toBeLessThan(row2.indexOf('r="D2"'));
    expect(row2).toContain(cell('A2', 3, 't="s"') + cell('B2', 46280, 's="1"') + cell('C2', 4, 't="s"'));
    expect(changedEntries(original, out)).toEqual([SHEET]);
  });
});

describe('never write over what the reader could not see', () => {
  test('a formula without a cached value is seen by the reader: the new row goes below it', async () => {
    const more = '<row r="3"><c r="B3"><f>B2+1</f></c></row>';
    const original = contacts({ more });
    const workbook = createMemoryWorkbook(await cells(original));
    await workbook.appendRows([
      { def: contactsTable, rows: [{ contactId: 'C2', date: '2027-01-18', summary: '谈心' }] },
    ]);
    const result = await patchedXlsx(original, workbook.changes());
    expect(result.ok).toBe(true);
    const xml = result.ok ? entryXml(result.value, SHEET) : '';
    expect(xml).toContain(more);
    expect(xml).toMatch(/<row r="4"[^>]*>.*C2/);
  });

  test('a formula whose result is empty text where a row would go: refused, naming the cell', async () => {
    const more = '<row r="3"><c r="B3" t="str"><f>IF(B2="","","x")</f><v></v></c></row>';
    const original = contacts({ more });
    const workbook = createMemoryWorkbook(await cells(original));
    await workbook.appendRows([
      { def: contactsTable, rows: [{ contactId: 'C2', date: '2027-01-18', summary: '谈心' }] },
    ]);
    const result = await patchedXlsx(original, workbook.changes());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('cellOccupied');
    expect(!result.ok && result.error.message).toContain('「联系记录」工作表 B3 单元格');
  });

  test('a file that is not a zip is refused as not an .xlsx', async () => {
    const result = await patchedXlsx(new TextEncoder().encode('not a zip'), []);
    expect(!result.ok && result.error.kind).toBe('notXlsx');
  });
});

describe('a generated sheet replaced: the old one goes with its parts, the new one comes once', () => {
  /** Three sheets, the report in the middle (a user moved it), each with a sheet-local print area, and a calculation chain. */
  function withReportInTheMiddle(): Uint8Array {
    const files = unzipSync(
      xlsxBytes([
        { name: '设置', rows: row(1, cell('A1', 1)) },
        { name: REPORT_SHEET, rows: row(1, cell('A1', 2)) },
        { name: '联系记录', rows: row(1, cell('A1', 3)) },
      ]),
    );
    const names =
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">'${REPORT_SHEET}'!$A$1:$B$2</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'联系记录'!$A$1:$C$3</definedName><definedName name="全部">'设置'!$A$1</definedName></definedNames>`;
    const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array)
      .replace('</sheets>', `</sheets>${names}`)
      .replace('activeTab="0"', 'activeTab="2"');
    files['xl/workbook.xml'] = strToU8(workbook);
    files['xl/calcChain.xml'] = strToU8(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>',
    );
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(files['xl/_rels/workbook.xml.rels'] as Uint8Array).replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    files['[Content_Types].xml'] = strToU8(
      strFromU8(files['[Content_Types].xml'] as Uint8Array).replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    return zipSync(files);
  }

  test('removing it drops its print area, moves the later sheet’s down, keeps the active tab on a sheet that exists and drops the calculation chain', async () => {
    const original = withReportInTheMiddle();
    expect(packageProblems(original)).toEqual([]);
    const out = await patched(original, [{ kind: 'sheets', add: [], remove: [REPORT_SHEET] }]);
    const workbook = entryXml(out, 'xl/workbook.xml');
    expect(workbook).not.toContain(REPORT_SHEET);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'联系记录'!$A$1:$C$3</definedName>`,
    );
    expect(workbook).toContain(`<definedName name="全部">'设置'!$A$1</definedName>`);
    expect(workbook).toContain('activeTab="1"');
    expect(() => entryXml(out, 'xl/worksheets/sheet2.xml')).toThrow();
    expect(() => entryXml(out, 'xl/calcChain.xml')).toThrow();
    expect(packageProblems(out)).toEqual([]);
    expect((await cells(out)).sheets.map((sheet) => sheet.name)).toEqual(['设置', '联系记录']);
  });

  test('a report written twice into the sample ledger is there once, at the end, and the package stays sound', async () => {
    const env = { clock: fixedDayClock('2027-01-20' as LocalDate), inPane: false };
    let bytes = await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent()));
    for (let round = 0; round < 2; round++) {
      const workbook = createMemoryWorkbook(await cells(bytes));
      const checked = await checkLedger(workbook, env, { report: true });
      expect(checked.ok).toBe(true);
      bytes = await patched(bytes, workbook.changes());
    }
    const names = (await cells(bytes)).sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name === REPORT_SHEET)).toHaveLength(1);
    expect(names[names.length - 1]).toBe(REPORT_SHEET);
    expect(packageProblems(bytes)).toEqual([]);
  });
});
