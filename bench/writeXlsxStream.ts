import { writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { LedgerTemplate } from '../src/core/template/ledgerTemplate';
import { templateCellValue } from '../src/workbook/xlsx/newWorkbook';

/**
 * Writes a ledger with exceljs's streaming writer: the same sheets, headers, number formats and
 * shared strings as `ledgerXlsxBytes`, without the Excel table objects and dropdowns (the reader
 * finds the header row by name either way). For ledgers too big for the in-memory writer. The zip
 * is collected in memory and written in one go, so slow disk writes do not stall the writer.
 */
export async function writeLedgerXlsxStream(template: LedgerTemplate, filename: string): Promise<void> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: true,
    useStyles: true,
    zip: { zlib: { level: 6 } },
  });
  workbook.creator = '联谊交友台账';

  const guide = workbook.addWorksheet(template.guide.name);
  guide.getColumn(1).width = 110;
  for (const cell of template.guide.cells)
    if (cell.content?.kind === 'text') guide.getCell(cell.row, cell.column).value = cell.content.text;
  guide.commit();

  for (const table of template.tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: {
        numFmt: column.numberFormat,
        ...(column.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
      },
    }));
    for (const row of table.rows)
      sheet.addRow(table.columns.map((column, index) => templateCellValue(row[index], column))).commit();
    sheet.commit();
  }
  await workbook.commit();
  await finished;
  await writeFile(filename, Buffer.concat(chunks));
}
