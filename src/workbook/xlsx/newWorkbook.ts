/**
 * New workbooks as .xlsx bytes through exceljs: the sheets a use case added (generated sheet specs
 * and ledger tables from the template), in order. Only ever a new file: a user's workbook is never
 * read and rewritten through exceljs, which drops what it does not model.
 */
import ExcelJS from 'exceljs';
import { localDateToSerial, parseIsoDate } from '../../core/localDate';
import {
  LAST_ROW,
  type LedgerTemplate,
  type TemplateColumn,
  type TemplateTable,
  type TemplateValue,
} from '../../core/template/ledgerTemplate';
import type { NewSheet } from '../port';
import { addSheetSpec } from './writeSheetSpec';

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
    errorTitle: column.list.alert.title,
    error: column.list.alert.text,
  };
}

/** One ledger table on its own sheet: an Excel table, frozen header, formats and dropdowns down the columns. */
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
    sheetColumn.numFmt = column.numberFormat;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
    for (let row = 2; row <= rows.length + 1; row++) {
      const cell = sheet.getCell(row, index + 1);
      cell.numFmt = column.numberFormat;
      if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }
    const validation = listValidation(column);
    const letter = sheetColumn.letter;
    if (validation)
      (sheet as unknown as DataValidationsHost).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, validation);
  });
}

/** A new workbook holding the given sheets, in order. */
export function buildWorkbook(sheets: readonly NewSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联谊交友台账';
  for (const sheet of sheets) {
    if (sheet.kind === 'sheet') addSheetSpec(workbook, sheet.spec);
    else addTableSheet(workbook, sheet.table);
  }
  return workbook;
}

/** The bytes of a new .xlsx holding the given sheets. */
export async function newWorkbookBytes(sheets: readonly NewSheet[]): Promise<Uint8Array> {
  const buffer = await buildWorkbook(sheets).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The sheets of a whole new ledger: the guide first, then one sheet per table. */
export const ledgerSheets = (template: LedgerTemplate): NewSheet[] => [
  { kind: 'sheet', spec: template.guide },
  ...template.tables.map((table) => ({ kind: 'table', table }) as const),
];

/** Builds a new ledger workbook (tests and benchmarks; `lianyi init` goes through the use case). */
export const buildLedgerWorkbook = (template: LedgerTemplate): ExcelJS.Workbook =>
  buildWorkbook(ledgerSheets(template));

/** The bytes of a new ledger workbook. */
export const ledgerXlsxBytes = (template: LedgerTemplate): Promise<Uint8Array> =>
  newWorkbookBytes(ledgerSheets(template));
