import ExcelJS from 'exceljs';
import { REPORT_SHEET, type ReportRow } from '../../core/report/plainReport';

/** Writes the plain 覆盖检查 rows into a new workbook; every text cell stays text. */
export async function plainReportXlsxBytes(rows: readonly ReportRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联谊交友台账';
  const sheet = workbook.addWorksheet(REPORT_SHEET);
  [18, 12, 14, 14, 16, 14, 60].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(index + 1);
    row.forEach((value, column) => (sheetRow.getCell(column + 1).value = value));
    if (index === 0) sheetRow.font = { bold: true, size: 16 };
    else if (row.length === 1) sheetRow.font = { bold: true, size: 12 };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
