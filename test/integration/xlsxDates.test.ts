import ExcelJS from 'exceljs';
import { readLedger } from '../../src/core/ledger/readLedger';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { ledgerTemplate } from '../../src/core/template/ledgerTemplate';
import { readXlsxCells as readXlsx } from '../../src/workbook/xlsx/readXlsxCells';
import { buildLedgerWorkbook, ledgerXlsxBytes } from '../../src/workbook/xlsx/newWorkbook';

/** Runs under TZ=Asia/Shanghai and TZ=UTC: the day written is the day read, whatever the zone. */
async function contactDates(bytes: Uint8Array): Promise<Record<string, string>> {
  const workbook = await readXlsx(bytes);
  if (!workbook.ok) throw new Error(workbook.error.message);
  const read = readLedger(workbook.value);
  if (!read.ok) throw new Error(read.error.message);
  return Object.fromEntries(read.value.ledger.contacts.map((contact) => [contact.contactId, contact.date]));
}

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

describe('dates survive a round trip through .xlsx', () => {
  test('dates written by init (serials with a date format) and typed as text read back as the same days', async () => {
    const dates = await contactDates(await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent())));
    expect(dates['C2026-011']).toBe('2026-09-10');
    expect(dates['C2026-004']).toBe('2026-04-18');
    expect(dates['C2026-005']).toBe('2026-05-20');
  });

  test('a file whose date cells hold Date values (as other tools write them) reads the intended day', async () => {
    const workbook = buildLedgerWorkbook(ledgerTemplate(sampleLedgerContent()));
    const contacts = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    const dateColumn = (contacts.getRow(1).values as unknown[]).indexOf('联系日期');
    contacts.getCell(12, dateColumn).value = new Date(Date.UTC(2026, 8, 10));
    expect((await contactDates(await bytesOf(workbook)))['C2026-011']).toBe('2026-09-10');
  });

  test('a 1904-date-system workbook reads the same days, with or without a date format', async () => {
    const workbook = buildLedgerWorkbook(ledgerTemplate(sampleLedgerContent()));
    (workbook.properties as { date1904?: boolean }).date1904 = true;
    const contacts = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    const dateColumn = (contacts.getRow(1).values as unknown[]).indexOf('联系日期');
    const serial1904 = 46275 - 1462; // 2026-09-10
    contacts.getCell(12, dateColumn).value = serial1904;
    contacts.getCell(12, dateColumn).numFmt = 'yyyy-mm-dd';
    contacts.getCell(13, dateColumn).value = serial1904 + 48; // 2026-10-28
    contacts.getCell(13, dateColumn).numFmt = 'General';
    const dates = await contactDates(await bytesOf(workbook));
    expect(dates['C2026-011']).toBe('2026-09-10');
    expect(dates['C2026-012']).toBe('2026-10-28');
  });
});
