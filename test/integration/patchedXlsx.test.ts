import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addContact } from '../../src/app/addContact';
import { fixedDayClock } from '../../src/app/clock';
import type { LocalDate } from '../../src/core/localDate';
import { createMemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { patchedXlsx } from '../../src/workbook/xlsx/patchedXlsx';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { lianyi, tempDir } from '../support/cli';
import { changedEntries, entryXml } from '../support/zipEntries';

const TODAY = '2027-01-20' as LocalDate;
const env = { clock: fixedDayClock(TODAY), inPane: false };

describe('a contact added to the sample ledger, written into a copy of the file', () => {
  let original: Uint8Array;
  let patched: Uint8Array;

  beforeAll(async () => {
    const file = join(tempDir(), '台账.xlsx');
    expect((await lianyi(['init', file, '--sample'], TODAY)).code).toBe(0);
    original = new Uint8Array(readFileSync(file));
    const read = await readXlsxCells(original);
    if (!read.ok) throw new Error(read.error.message);
    const workbook = createMemoryWorkbook(read.value);
    const added = await addContact(workbook, env, {
      pairingId: 'P12',
      date: '2027-01-18',
      form: '个别谈心',
      summary: '=SUM(A1:A3) 谈了教学改革',
    });
    expect(added.ok).toBe(true);
    const result = await patchedXlsx(original, workbook.changes());
    if (!result.ok) throw new Error(result.error.message);
    patched = result.value;
  });

  test('only the contacts sheet, its table and the styles change', () => {
    console.log(changedEntries(original, patched));
    console.log(entryXml(patched, 'xl/worksheets/sheet8.xml').slice(-3000));
  });

  test('exceljs reads it', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(patched) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    console.log(sheet.rowCount, sheet.getRow(sheet.rowCount).values);
  });
});
