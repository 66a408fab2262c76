/**
 * Which sheets the add-in wrote, kept in the workbook's add-in settings (`workbook.settings`,
 * ExcelApi 1.4): saved inside the file, scoped to this add-in, invisible to users, and read in the
 * same sync as the cells — unlike a hidden sheet, which users can unhide, rename or delete, and
 * which the command line and WPS would see as one more sheet. A workbook without the setting
 * (forms rendered before this version, or by another deployment of the add-in, whose settings are
 * separate) has no record, and the use case falls back to the sheets' names.
 */
import type { OfficeContext } from './officeApi';

/** The setting a record is kept under: `lianyi.formSheets` for the 登记表. */
export const recordSetting = (record: string): string => `lianyi.${record}`;

/** Queues the read of a record; after the sync, its names, or undefined when there is none. */
export function queueRecord(context: OfficeContext, record: string): () => string[] | undefined {
  const setting = context.workbook.settings.getItemOrNullObject(recordSetting(record));
  setting.load('value');
  return () => {
    if (setting.isNullObject || typeof setting.value !== 'string') return undefined;
    try {
      const names: unknown = JSON.parse(setting.value);
      return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : undefined;
    } catch {
      return undefined; // a damaged record: treat the workbook as never written, see the fallback
    }
  };
}

/** Queues writing a record (with the next sync). */
export function queueRecordWrite(context: OfficeContext, record: string, names: readonly string[]): void {
  context.workbook.settings.add(recordSetting(record), JSON.stringify(names));
}
