import ExcelJS from 'exceljs';
import { localDateToSerial, parseIsoDate } from '../../core/localDate';
import type { CellFormat, LedgerTemplate, TemplateColumn, TemplateTable, TemplateValue } from '../../core/template/ledgerTemplate';

export const NUMBER_FORMATS: Record<CellFormat, string> = { text: '@', date: 'yyyy-mm-dd', general: 'General' };
/** Validations reach the last row, so rows the table grows into keep their dropdowns. */
const LAST_ROW = 1_048_576;

interface DataValidationsHost {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Dates go in as serial numbers: exceljs would shift a local-midnight Date by the zone offset. */
export function templateCellValue(value: TemplateValue, column: TemplateColumn): ExcelJS.CellValue {
  if (value === undefined || value === '') return null;
  if (column.format === 'date' && typeof value === 'string') {
    const date = parseIsoDate(value);
    if (date) return localDateToSerial(date);
  }
  return value;
}

function listValidation(column: TemplateColumn): ExcelJS.DataValidation | undefined {
  if (!column.list) return undefined;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${column.list.values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: column.list.strict ? 'stop' : 'information',
    errorTitle: column.header,
    error: column.list.strict ? `请从下拉列表中选择${column.header}。` : `可填多个，用顿号分隔：${column.list.values.join('、')}`,
  };
}

function addTableSheet(workbook: ExcelJS.Workbook, table: TemplateTable): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => undefined)];
  sheet.addTable({
    name: table.table,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: rows.map((row) => table.columns.map((column, index) => templateCellValue(row[index], column))),
  });
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    sheetColumn.numFmt = NUMBER_FORMATS[column.format];
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
    for (let row = 2; row <= rows.length + 1; row++) {
      const cell = sheet.getCell(row, index + 1);
      cell.numFmt = NUMBER_FORMATS[column.format];
      if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }
    const validation = listValidation(column);
    const letter = sheetColumn.letter;
    if (validation) (sheet as unknown as DataValidationsHost).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, validation);
  });
}

function addGuideSheet(workbook: ExcelJS.Workbook, guide: LedgerTemplate['guide']): void {
  const sheet = workbook.addWorksheet(guide.sheet);
  sheet.getColumn(1).width = 110;
  guide.lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    const isHeading = index === 0 || (line !== '' && !/^[·\d]/.test(line) && (guide.lines[index - 1] ?? '') === '');
    if (isHeading) cell.font = { bold: true, size: index === 0 ? 16 : 12 };
  });
}

/** Builds a new ledger workbook: the guide first, then one sheet with one Excel table per ledger table. */
export function buildLedgerWorkbook(template: LedgerTemplate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联谊交友台账';
  addGuideSheet(workbook, template.guide);
  for (const table of template.tables) addTableSheet(workbook, table);
  return workbook;
}

export async function ledgerXlsxBytes(template: LedgerTemplate): Promise<Uint8Array> {
  const buffer = await buildLedgerWorkbook(template).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
