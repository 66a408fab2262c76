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
  /**
   * The dropdowns of an older ledger's list columns, to be given the values this version added (意见办理
   * 办理状态 gained 重办中): a strict dropdown without them would refuse what the check now reads.
   */
  readonly widenLists: readonly ListWidening[];
}

/** A column's dropdown to widen with the values of its list that the sheet's dropdown lacks. */
export interface ListWidening {
  readonly sheet: string;
  readonly header: string;
  /** 1-based: the header's row and the column. */
  readonly headerRow: number;
  readonly column: number;
  readonly values: readonly string[];
}

/** Excel keeps a dropdown's own list (its formula, quotes included) to at most 255 characters. */
const LIST_FORMULA_LIMIT = 255;

/**
 * A dropdown's values with the ones it lacks added after them, the school's own kept in their order;
 * undefined when nothing is missing, or when the list would grow past what Excel keeps (it is then
 * left as it is: the check reads the values anyway).
 */
export function widenedList(existing: readonly string[], wanted: readonly string[]): string[] | undefined {
  const missing = wanted.filter((value) => !existing.includes(value));
  if (missing.length === 0) return undefined;
  const values = [...existing, ...missing];
  return values.join(',').length + 2 > LIST_FORMULA_LIMIT ? undefined : values;
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
  const widenLists: ListWidening[] = [];
  const addSettings = addSheets.includes('设置')
    ? []
    : SETTING_DEFAULTS.filter((entry) => !settingKeys.has(entry.key)).map(({ key, value, note }) => ({
        key,
        value,
        note,
      }));
  // A ledger of an older version (台账版本 below this one, or none) gets its dropdowns widened, once.
  const older = setSettings.length > 0 || addSettings.some((entry) => entry.key === '台账版本');
  if (older)
    for (const def of LEDGER_TABLES) {
      const sheet = findSheet(workbook, def.sheet);
      const found = sheet && findHeaderRow(sheet, def);
      if (!found) continue;
      for (const [key, column] of Object.entries(def.columns)) {
        const at = found.columns.get(key);
        if (column.kind === 'oneOf' && at !== undefined)
          widenLists.push({
            sheet: def.sheet,
            header: column.header,
            headerRow: found.headerRow,
            column: at,
            values: column.values,
          });
      }
    }
  return { addSheets, addColumns, addSettings, setSettings, widenLists };
}
