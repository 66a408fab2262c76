/**
 * What an older ledger needs to match the current layout, as a plan the adapters apply: only
 * additions, so a secretary's existing cells are never touched.
 */
import { cellText } from '../cellText';
import { findHeaderRow } from '../headerRow';
import { findSheet, type RawWorkbook } from '../rawWorkbook';
import { LEDGER_VERSION, SETTING_DEFAULTS } from '../ledger/settings';
import { LEDGER_TABLES } from '../schema/index';

/** What an older ledger lacks; adding it touches no existing cell. */
export interface UpgradePlan {
  readonly addSheets: readonly string[];
  /** Headers to append after the last header of a sheet's table, in schema order. */
  readonly addColumns: ReadonlyArray<{
    readonly sheet: string;
    readonly headerRow: number;
    readonly afterColumn: number;
    readonly headers: readonly string[];
  }>;
  readonly addSettings: ReadonlyArray<{ readonly key: string; readonly value: string; readonly note: string }>;
  /** 设置 cells to change: only 台账版本, raised to the version this program writes once the rest is added. */
  readonly setSettings: ReadonlyArray<{
    readonly key: string;
    readonly row: number;
    readonly column: number;
    readonly value: string;
  }>;
}

/**
 * Compares a workbook with the current ledger layout (schema version 2): missing sheets, missing
 * columns (found by header name, wherever the header row is), missing 设置 keys, and a 台账版本
 * below the current one.
 */
export function upgradePlan(workbook: RawWorkbook): UpgradePlan {
  const addSheets: string[] = [];
  const addColumns: Array<UpgradePlan['addColumns'][number]> = [];
  let settingKeys = new Set<string>();
  const setSettings: Array<UpgradePlan['setSettings'][number]> = [];
  for (const def of LEDGER_TABLES) {
    const sheet = findSheet(workbook, def.sheet);
    if (!sheet) {
      addSheets.push(def.sheet);
      continue;
    }
    const found = findHeaderRow(sheet, def);
    if (!found || found.columns.size === 0) continue;
    const missing = Object.entries(def.columns)
      .filter(([key]) => !found.columns.has(key))
      .map(([, column]) => column.header);
    if (missing.length > 0)
      addColumns.push({
        sheet: def.sheet,
        headerRow: found.headerRow,
        afterColumn: found.lastColumn,
        headers: missing,
      });
    if (def.sheet === '设置') {
      const keyColumn = (found.columns.get('key') ?? 0) - 1;
      const valueColumn = (found.columns.get('value') ?? 0) - 1;
      settingKeys = new Set(
        sheet.rows.slice(found.headerRow).map((cells) => (cells?.[keyColumn] ? cellText(cells[keyColumn]) : '')),
      );
      sheet.rows.forEach((cells, index) => {
        const key = cells?.[keyColumn] ? cellText(cells[keyColumn]) : '';
        const value = cells?.[valueColumn] ? cellText(cells[valueColumn]) : '';
        if (index < found.headerRow || key !== '台账版本' || valueColumn < 0) return;
        // Only ever raised: a version this program does not know yet is left as it is.
        if (!(Number(value) >= LEDGER_VERSION))
          setSettings.push({ key, row: index + 1, column: valueColumn + 1, value: String(LEDGER_VERSION) });
      });
    }
  }
  const addSettings = addSheets.includes('设置')
    ? []
    : SETTING_DEFAULTS.filter((entry) => !settingKeys.has(entry.key)).map(({ key, value, note }) => ({
        key,
        value,
        note,
      }));
  return { addSheets, addColumns, addSettings, setSettings };
}
