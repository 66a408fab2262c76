import { type Cell, toCell } from '../../core/cell';
import { cellText } from '../../core/cellText';
import { findSheet, type RawSheet, type RawWorkbook } from '../../core/rawWorkbook';
import { headerKey } from '../../core/readTable';
import type { TableDef } from '../../core/schema/columns';
import type { UpgradePlan } from '../../core/entry/upgradePlan';
import type { LedgerTemplate } from '../../core/template/ledgerTemplate';
import { tableSheet } from '../../core/template/templateWorkbook';

/**
 * Edits of the preview's in-memory copy of a workbook (its cells as the core reads them). The
 * preview never writes the user's file: these only make the pane's next check see the change.
 */

const replaceSheet = (workbook: RawWorkbook, sheet: RawSheet): RawWorkbook => ({
  ...workbook,
  sheets: workbook.sheets.map((candidate) => (candidate.name.trim() === sheet.name.trim() ? sheet : candidate)),
});

/** The header row of a sheet (1-based) and where each header of the table is, found by name. */
function headerColumns(sheet: RawSheet, def: TableDef): { headerRow: number; columns: Map<string, number> } | undefined {
  const headers = Object.entries(def.columns).map(([key, column]) => [key, headerKey(column.header)] as const);
  let best: { headerRow: number; columns: Map<string, number> } | undefined;
  sheet.rows.slice(0, 30).forEach((cells, index) => {
    const texts = (cells ?? []).map((cell) => (cell ? headerKey(cellText(cell)) : ''));
    const columns = new Map(headers.map(([key, header]) => [key, texts.indexOf(header)] as const).filter(([, at]) => at >= 0));
    if (columns.size > (best?.columns.size ?? 0)) best = { headerRow: index + 1, columns };
  });
  return best;
}

/** Appends a row below the last used row of the table's sheet; values are keyed by column key. */
export function appendTableRow(workbook: RawWorkbook, def: TableDef, values: Readonly<Record<string, string | undefined>>): { workbook: RawWorkbook; row: number } | undefined {
  const sheet = findSheet(workbook, def.sheet);
  const located = sheet && headerColumns(sheet, def);
  if (!sheet || !located) return undefined;
  const cells: Array<Cell | undefined> = [];
  for (const [key, column] of located.columns) cells[column] = toCell(values[key]);
  const rows = [...sheet.rows];
  while (rows.length > located.headerRow && !(rows[rows.length - 1] ?? []).some((cell) => cell !== undefined && cell.kind !== 'empty')) rows.pop();
  rows.push(cells);
  return { workbook: replaceSheet(workbook, { ...sheet, rows }), row: rows.length };
}

/** Applies an upgrade plan: missing sheets from the template, missing headers after the last, missing 设置 keys. */
export function applyUpgrade(workbook: RawWorkbook, plan: UpgradePlan, template: LedgerTemplate, settingsDef: TableDef): RawWorkbook {
  let upgraded = workbook;
  for (const addition of plan.addColumns) {
    const sheet = findSheet(upgraded, addition.sheet);
    if (!sheet) continue;
    const rows = [...sheet.rows];
    const header = [...(rows[addition.headerRow - 1] ?? [])];
    addition.headers.forEach((text, index) => (header[addition.afterColumn + index] = toCell(text)));
    rows[addition.headerRow - 1] = header;
    upgraded = replaceSheet(upgraded, { ...sheet, rows });
  }
  for (const setting of plan.addSettings) {
    const appended = appendTableRow(upgraded, settingsDef, { key: setting.key, value: setting.value, note: setting.note });
    if (appended) upgraded = appended.workbook;
  }
  const added = template.tables.filter((table) => plan.addSheets.includes(table.sheet)).map(tableSheet);
  return { ...upgraded, sheets: [...upgraded.sheets, ...added] };
}
