import { type Cell, toCell } from '../cell';
import { parseIsoDate } from '../localDate';
import type { RawSheet, RawWorkbook } from '../rawWorkbook';
import type { LedgerTemplate, TemplateTable } from './ledgerTemplate';

/** A template table's cells as an adapter would read them back: header in row 1, ISO dates as date cells. */
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

/**
 * A new ledger's cells: the guide, then one sheet per table. What the browser preview starts from
 * after creating a ledger, and what tests build ledgers with.
 */
export function templateWorkbook(template: LedgerTemplate): RawWorkbook {
  const guide: RawSheet = { name: template.guide.sheet, rows: template.guide.lines.map((line) => [toCell(line)]) };
  return { sheets: [guide, ...template.tables.map(tableSheet)], date1904: false };
}

