import { cellText } from '../cellText';
import { headerKey } from '../readTable';
import { findSheet, type RawWorkbook } from '../rawWorkbook';
import { SETTING_DEFAULTS } from '../ledger/settings';
import { LEDGER_TABLES } from '../schema/index';

/** What an older ledger lacks; adding it touches no existing cell. */
export interface UpgradePlan {
  readonly addSheets: readonly string[];
  /** Headers to append after the last header of a sheet's table, in schema order. */
  readonly addColumns: ReadonlyArray<{ readonly sheet: string; readonly headerRow: number; readonly afterColumn: number; readonly headers: readonly string[] }>;
  readonly addSettings: ReadonlyArray<{ readonly key: string; readonly value: string; readonly note: string }>;
}

/**
 * Compares a workbook with the current ledger layout (schema version 1): missing sheets, missing
 * columns (found by header name, wherever the header row is), missing 设置 keys.
 */
export function upgradePlan(workbook: RawWorkbook): UpgradePlan {
  const addSheets: string[] = [];
  const addColumns: Array<UpgradePlan['addColumns'][number]> = [];
  let settingKeys = new Set<string>();
  for (const def of LEDGER_TABLES) {
    const sheet = findSheet(workbook, def.sheet);
    if (!sheet) {
      addSheets.push(def.sheet);
      continue;
    }
    const wanted = Object.values(def.columns).map((column) => column.header);
    let best = { row: 0, found: new Set<string>(), last: 0 };
    sheet.rows.slice(0, 30).forEach((cells, index) => {
      const texts = (cells ?? []).map((cell) => (cell ? headerKey(cellText(cell)) : ''));
      const found = new Set(wanted.filter((header) => texts.includes(headerKey(header))));
      if (found.size > best.found.size) best = { row: index + 1, found, last: texts.reduce((last, text, column) => (text !== '' ? column + 1 : last), 0) };
    });
    const missing = wanted.filter((header) => !best.found.has(header));
    if (best.row > 0 && missing.length > 0) addColumns.push({ sheet: def.sheet, headerRow: best.row, afterColumn: best.last, headers: missing });
    if (def.sheet === '设置' && best.row > 0) {
      const keyColumn = (sheet.rows[best.row - 1] ?? []).findIndex((cell) => cell !== undefined && headerKey(cellText(cell)) === headerKey('项目'));
      settingKeys = new Set(sheet.rows.slice(best.row).map((cells) => (cells?.[keyColumn] ? cellText(cells[keyColumn]) : '')));
    }
  }
  const addSettings = addSheets.includes('设置') ? [] : SETTING_DEFAULTS.filter((entry) => !settingKeys.has(entry.key)).map(({ key, value, note }) => ({ key, value, note }));
  return { addSheets, addColumns, addSettings };
}
