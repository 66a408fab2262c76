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
import type { OfficeContext, OfficeWorksheet } from './officeApi';
import { applyValidation, columnWidthPoints, validationBytes } from './specFormat';
import { ACTION_BYTES, jsonBytes, type SheetWrite, type WriteOp } from './writeBatch';

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
    op(ACTION_BYTES, () => (sheet().getRange(below).numberFormat = [[column.numberFormat]])),
    op(
      ACTION_BYTES,
      () => (sheet().getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(column.width)),
    ),
  ];
  if (column.wrap) {
    ops.push(
      op(2 * ACTION_BYTES, () => {
        const format = sheet().getRange(below).format;
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
  const ops: WriteOp[] = [op(ACTION_BYTES, () => (created = context.workbook.worksheets.add(table.sheet)))];
  table.columns.forEach((column, index) => ops.push(...columnOps(sheet, column, index + 1, 2)));
  ops.push(
    op(ACTION_BYTES + jsonBytes(values), () => (sheet().getRange(`A1:${last}${values.length}`).values = values)),
  );
  ops.push(
    op(4 * ACTION_BYTES, () => {
      // A table needs a data row: an empty ledger's table has one blank row, as Excel makes it.
      const excelTable = sheet().tables.add(`A1:${last}${Math.max(values.length, 2)}`, true);
      excelTable.name = table.table;
      excelTable.style = 'TableStyleMedium2';
      sheet().freezePanes.freezeRows(1);
    }),
  );
  return { sheet: table.sheet, ops };
}
