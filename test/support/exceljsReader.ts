/**
 * The reader the product used before its own (src/workbook/xlsx/readXlsxCells.ts): an .xlsx read
 * through exceljs's object model. Kept for the tests, which compare the two readers cell by cell,
 * and for the bench, which measures the new one against it.
 */
import ExcelJS from 'exceljs';
import { type Cell, toCell } from '../../src/core/cell';
import { failure } from '../../src/core/failures';
import { sniffXlsx, type WorkbookReadFailure } from '../../src/workbook/xlsx/readXlsxCells';
import type { RawSheet, RawWorkbook } from '../../src/core/rawWorkbook';
import { err, ok, type Result } from '../../src/core/result';

/**
 * Sheet parts the ledger reader never needs. Skipping them matters: exceljs expands a validation
 * range such as D2:D1048576 (how Excel stores a whole-column dropdown) into one entry per cell.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'drawing',
  'picture',
  'legacyDrawing',
  'rowBreaks',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins',
];

function sheetCells(worksheet: ExcelJS.Worksheet): RawSheet {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: Array<Cell | undefined> = new Array(Math.max(0, values.length - 1));
    for (let column = 1; column < values.length; column++) {
      if (values[column] !== undefined) cells[column - 1] = toCell(values[column]);
    }
    rows[rowNumber - 1] = cells;
  });
  return { name: worksheet.name, rows };
}

/**
 * Reads every sheet's cells from the bytes of an .xlsx file (Excel's, WPS's or LibreOffice's).
 * Dates arrive from exceljs as Date objects at UTC midnight and are turned into LocalDates there.
 */
export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<Result<RawWorkbook, WorkbookReadFailure>> {
  const sniffed = sniffXlsx(bytes);
  if (sniffed) return err(sniffed);
  const workbook = new ExcelJS.Workbook();
  try {
    // In a browser (the task pane's preview) there is no Buffer; exceljs's browser build takes the bytes as they are.
    const data = typeof Buffer === 'undefined' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return err(failure('fileUnreadable', { detail }));
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  return ok({ sheets: workbook.worksheets.map(sheetCells), date1904 });
}
