/**
 * An .xlsx file's bytes read into the core's raw cells through exceljs, with a precise failure
 * when the bytes are not an .xlsx this reader can open.
 */
import ExcelJS from 'exceljs';
import { type Cell, toCell } from '../../core/cell';
import { type Failure, failure } from '../../core/failures';
import type { RawSheet, RawWorkbook } from '../../core/rawWorkbook';
import { err, ok, type Result } from '../../core/result';

/** Why a file's bytes are not a workbook this reader can open. */
export type WorkbookReadFailure = Failure<'fileEmpty' | 'fileEncrypted' | 'notXlsx' | 'fileUnreadable'>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an encrypted .xlsx or an old binary .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

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

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

/** Tells what kind of file the bytes are before handing them to exceljs, so the message can be precise. */
export function sniffXlsx(bytes: Uint8Array): WorkbookReadFailure | undefined {
  if (bytes.length === 0) return failure('fileEmpty', {});
  if (startsWith(bytes, OLE_MAGIC)) return failure('fileEncrypted', {});
  if (!startsWith(bytes, ZIP_MAGIC)) return failure('notXlsx', {});
  return undefined;
}

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
export async function readXlsx(bytes: Uint8Array): Promise<Result<RawWorkbook, WorkbookReadFailure>> {
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
