/** TEMPORARY shim until the core branch lands (one header-row finder). */
import { cellText } from './cellText';
import type { RawSheet } from './rawWorkbook';
import { headerKey } from './readTable';
import type { TableDef } from './schema/columns';

const HEADER_SEARCH_ROWS = 30;

export interface HeaderRow {
  readonly headerRow: number;
  readonly columns: ReadonlyMap<string, number>;
  readonly complete: boolean;
  readonly lastHeaderColumn: number;
}

export function findHeaderRow(sheet: RawSheet, def: TableDef): HeaderRow | undefined {
  const wanted = Object.entries(def.columns).map(([key, column]) => [key, headerKey(column.header)] as const);
  const required = Object.entries(def.columns).filter(([, column]) => column.required).map(([key]) => key);
  let best: HeaderRow | undefined;
  for (let index = 0; index < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); index++) {
    const texts = (sheet.rows[index] ?? []).map((cell) => (cell ? headerKey(cellText(cell)) : ''));
    const columns = new Map(wanted.map(([key, header]) => [key, texts.indexOf(header) + 1] as const).filter(([, at]) => at > 0));
    const lastHeaderColumn = texts.reduce((last, text, column) => (text !== '' ? column + 1 : last), 0);
    const complete = required.every((key) => columns.has(key));
    const found = { headerRow: index + 1, columns, complete, lastHeaderColumn };
    if (complete) return found;
    if (columns.size > (best?.columns.size ?? 0)) best = found;
  }
  return best;
}

/** The last row holding anything, 1-based (0 for an empty sheet). */
export function lastUsedRow(sheet: RawSheet): number {
  for (let index = sheet.rows.length - 1; index >= 0; index--) {
    if ((sheet.rows[index] ?? []).some((cell) => cell !== undefined && cell.kind !== 'empty')) return index + 1;
  }
  return 0;
}
