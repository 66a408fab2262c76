/**
 * A ledger table's sheet as Office.js commands, mirroring the .xlsx adapter (newWorkbook.ts): one
 * Excel table named as the schema says, its header frozen, column widths, whole-column number
 * formats set before any value ('@' for text, so an ID such as 001 or a note starting with '='
 * stays as typed), and dropdowns on the whole column below the header so rows the table grows
 * into keep them. Formats, dropdown values and alert wording come from the template.
 */
import { columnLetters } from '../../core/address';
import { localDateToSerial, parseIsoDate } from '../../core/localDate';
import {
  LAST_ROW,
  type TemplateColumn,
  type TemplateTable,
  type TemplateValue,
} from '../../core/template/ledgerTemplate';
import { type OfficeContext, type OfficeWorksheet, rangeAt } from './officeApi';
import { applyValidation, columnWidthPoints, validationBytes } from './specFormat';
import { arrayBytes, jsonBytes, requestBytes, type SheetWrite, utf8Bytes, type WriteOp } from './writeBatch';

const op = (bytes: number, apply: () => void): WriteOp => ({ bytes, apply });

/** A template value as written: dates as serials of the workbook's date system, empty as untouched. */
export function templateValue(
  value: TemplateValue,
  column: Pick<TemplateColumn, 'format'>,
  date1904: boolean,
): string | number | null {
  if (value === undefined || value === '') return null;
  const date = column.format === 'date' && typeof value === 'string' ? parseIsoDate(value) : undefined;
  return date ? localDateToSerial(date, date1904) : value;
}

/** Formats, width and dropdown of one column, from `firstRow` down (the header row keeps its text). */
export function columnOps(
  sheet: () => OfficeWorksheet,
  column: TemplateColumn,
  index: number,
  firstRow: number,
): WriteOp[] {
  const letter = columnLetters(index);
  const below = `${letter}${firstRow}:${letter}${LAST_ROW}`;
  const ops = [
    // One format for the whole column below the header (Office.js applies a 1×1 array to every cell of a range).
    op(requestBytes({ ranges: 1, actions: 1, payload: utf8Bytes(below) + jsonBytes(column.numberFormat) + 4 }), () => {
      rangeAt(sheet(), below).numberFormat = [[column.numberFormat]];
    }),
    op(requestBytes({ ranges: 1, objects: 1, actions: 1, payload: 2 * letter.length + 12 }), () => {
      rangeAt(sheet(), `${letter}:${letter}`).format.columnWidth = columnWidthPoints(column.width);
    }),
  ];
  if (column.wrap) {
    ops.push(
      op(requestBytes({ ranges: 1, objects: 1, actions: 2, payload: utf8Bytes(below) + 12 }), () => {
        const format = rangeAt(sheet(), below).format;
        format.wrapText = true;
        format.verticalAlignment = 'Top';
      }),
    );
  }
  const list = column.list;
  if (list) {
    const validation = {
      range: { top: firstRow, left: index, bottom: LAST_ROW, right: index },
      values: list.values,
      strict: list.strict,
    };
    ops.push(op(validationBytes(validation, list.alert), () => applyValidation(sheet(), validation, list.alert)));
  }
  return ops;
}

/** The commands that create one ledger table's sheet. */
export function tableSheetWrite(context: OfficeContext, table: TemplateTable, date1904: boolean): SheetWrite {
  let created: OfficeWorksheet | undefined;
  const sheet = (): OfficeWorksheet => created ?? (created = context.workbook.worksheets.getItem(table.sheet));
  const last = columnLetters(table.columns.length);
  const values = [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => table.columns.map((column, index) => templateValue(row[index], column, date1904))),
  ];
  const ops: WriteOp[] = [
    op(requestBytes({ objects: 1, actions: 0, payload: utf8Bytes(JSON.stringify(table.sheet)) }), () => {
      created = context.workbook.worksheets.add(table.sheet);
    }),
  ];
  table.columns.forEach((column, index) => ops.push(...columnOps(sheet, column, index + 1, 2)));
  const address = `A1:${last}${values.length}`;
  ops.push(op(arrayBytes(values, address), () => (rangeAt(sheet(), address).values = values)));
  ops.push(
    op(requestBytes({ objects: 3, actions: 4, payload: utf8Bytes(table.table) + 40 }), () => {
      // A table needs a data row: an empty ledger's table has one blank row, as Excel makes it.
      const excelTable = sheet().tables.add(`A1:${last}${Math.max(values.length, 2)}`, true);
      excelTable.name = table.table;
      excelTable.style = 'TableStyleMedium2';
      sheet().freezePanes.freezeRows(1);
    }),
  );
  return { sheet: table.sheet, ops };
}
