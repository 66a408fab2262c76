/**
 * New sheets as an adapter would read them back: the cells the core sees after a ledger template
 * or a sheet spec has been written. The in-memory workbook (browser preview, command line) keeps
 * what it adds this way, and tests build ledgers with it.
 */
import { type Cell, toCell } from '../cell';
import { parseIsoDate } from '../localDate';
import type { RawSheet, RawWorkbook } from '../rawWorkbook';
import type { SheetSpec } from '../sheet/sheetSpec';
import type { LedgerTemplate, TemplateTable } from './ledgerTemplate';

/** A template table's cells: header in row 1, ISO dates as date cells. */
export function tableSheet(table: TemplateTable): RawSheet {
  const rows: Array<ReadonlyArray<Cell | undefined>> = [
    table.columns.map((column) => toCell(column.header)),
    ...table.rows.map((row) =>
      table.columns.map((column, index): Cell => {
        const value = row[index];
        const date = column.format === 'date' && typeof value === 'string' ? parseIsoDate(value) : undefined;
        return date ? { kind: 'date', date } : toCell(value);
      }),
    ),
  ];
  return { name: table.sheet, rows };
}

/** A sheet spec's cells: text, numbers and dates as written; a link reads as its text. */
export function specSheet(spec: SheetSpec): RawSheet {
  const rows: Array<Array<Cell | undefined>> = [];
  for (const { row, column, content } of spec.cells) {
    if (!content) continue;
    const cell: Cell =
      content.kind === 'number'
        ? { kind: 'number', value: content.value }
        : content.kind === 'date'
          ? { kind: 'date', date: content.date }
          : toCell(content.text);
    (rows[row - 1] ??= [])[column - 1] = cell;
  }
  return { name: spec.name, rows };
}

/** A new ledger's cells: the guide, then one sheet per table. */
export function templateWorkbook(template: LedgerTemplate): RawWorkbook {
  return { sheets: [specSheet(template.guide), ...template.tables.map(tableSheet)], date1904: false };
}
