import { columnLetters } from '../../core/address';
import { DATE1904_OFFSET, localDateToSerial, parseIsoDate } from '../../core/localDate';
import type { LedgerTemplate, TemplateColumn, TemplateTable, TemplateValue } from '../../core/template/ledgerTemplate';
import type { OfficeContext, OfficeWorksheet } from './officeApi';
import { DATE_FORMAT, TEXT_FORMAT } from './specCells';
import { applyValidation, columnWidthPoints, validationBytes } from './specFormat';
import { ACTION_BYTES, jsonBytes, type SheetWrite, type WriteOp } from './writeBatch';

/**
 * A new ledger's sheets as Office.js commands, mirroring the .xlsx adapter (writeLedgerXlsx.ts):
 * the 说明 sheet, then one sheet per table holding one Excel table named as the schema says, its
 * header frozen, column widths, whole-column number formats set before any value ('@' for text,
 * so an ID such as 001 or a note starting with '=' stays as typed), and dropdowns on the whole
 * column below the header so rows the table grows into keep them.
 */
export const LAST_ROW = 1_048_576;
const NUMBER_FORMAT = { text: TEXT_FORMAT, date: DATE_FORMAT, general: 'General' } as const;
const GUIDE_WIDTH = 110;

const op = (bytes: number, apply: () => void): WriteOp => ({ bytes, apply });

/** A template value as written: dates as serials of the workbook's date system, empty as untouched. */
export function templateValue(value: TemplateValue, column: Pick<TemplateColumn, 'format'>, date1904: boolean): string | number | null {
  if (value === undefined || value === '') return null;
  const date = column.format === 'date' && typeof value === 'string' ? parseIsoDate(value) : undefined;
  return date ? localDateToSerial(date) - (date1904 ? DATE1904_OFFSET : 0) : value;
}

/** The error alert of a column's dropdown, as the .xlsx adapter words it. */
export function listMessage(column: TemplateColumn): { title: string; text: string } {
  const values = column.list?.values ?? [];
  return { title: column.header, text: column.list?.strict ? `请从下拉列表中选择${column.header}。` : `可填多个，用顿号分隔：${values.join('、')}` };
}

/** Formats, width and dropdown of one column, from `firstRow` down (the header row keeps its text). */
export function columnOps(sheet: () => OfficeWorksheet, column: TemplateColumn, index: number, firstRow: number): WriteOp[] {
  const letter = columnLetters(index);
  const below = `${letter}${firstRow}:${letter}${LAST_ROW}`;
  const ops = [
    // One format for the whole column below the header (Office.js applies a 1×1 array to every cell of a range).
    op(ACTION_BYTES, () => (sheet().getRange(below).numberFormat = [[NUMBER_FORMAT[column.format]]])),
    op(ACTION_BYTES, () => (sheet().getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(column.width))),
  ];
  if (column.wrap) {
    ops.push(op(2 * ACTION_BYTES, () => {
      const format = sheet().getRange(below).format;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
    }));
  }
  const list = column.list;
  if (list) {
    const validation = { range: { top: firstRow, left: index, bottom: LAST_ROW, right: index }, values: list.values, strict: list.strict };
    ops.push(op(validationBytes(validation, listMessage(column)), () => applyValidation(sheet(), validation, listMessage(column))));
  }
  return ops;
}

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
  ops.push(op(ACTION_BYTES + jsonBytes(values), () => (sheet().getRange(`A1:${last}${values.length}`).values = values)));
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

/** Headings of the guide: its title, and a line after a blank line that is not a list item. */
const isHeading = (lines: readonly string[], index: number): boolean =>
  index === 0 || ((lines[index] ?? '') !== '' && !/^[·\d]/.test(lines[index] ?? '') && (lines[index - 1] ?? '') === '');

export function guideSheetWrite(context: OfficeContext, guide: LedgerTemplate['guide']): SheetWrite {
  let created: OfficeWorksheet | undefined;
  const sheet = (): OfficeWorksheet => created ?? (created = context.workbook.worksheets.getItem(guide.sheet));
  const rows = guide.lines.map((line) => [line]);
  const area = `A1:A${Math.max(1, rows.length)}`;
  const ops: WriteOp[] = [
    op(3 * ACTION_BYTES, () => {
      created = context.workbook.worksheets.add(guide.sheet);
      created.getRange('A:A').format.columnWidth = columnWidthPoints(GUIDE_WIDTH);
    }),
    op(ACTION_BYTES, () => (sheet().getRange(area).numberFormat = [[TEXT_FORMAT]])),
    op(ACTION_BYTES + jsonBytes(rows), () => (sheet().getRange(area).values = rows)),
    op(2 * ACTION_BYTES, () => {
      const format = sheet().getRange(area).format;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
    }),
  ];
  guide.lines.forEach((_line, index) => {
    if (!isHeading(guide.lines, index)) return;
    ops.push(op(2 * ACTION_BYTES, () => {
      const font = sheet().getRange(`A${index + 1}`).format.font;
      font.bold = true;
      font.size = index === 0 ? 16 : 12;
    }));
  });
  return { sheet: guide.sheet, ops };
}

/** The whole ledger: 说明 first, then the tables (or only the named sheets, for an upgrade). */
export function ledgerWrites(context: OfficeContext, template: LedgerTemplate, options: { date1904: boolean; only?: readonly string[] }): SheetWrite[] {
  const wanted = (sheet: string) => options.only === undefined || options.only.includes(sheet);
  const tables = template.tables.filter((table) => wanted(table.sheet)).map((table) => tableSheetWrite(context, table, options.date1904));
  return wanted(template.guide.sheet) ? [guideSheetWrite(context, template.guide), ...tables] : tables;
}
