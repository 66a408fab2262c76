/** The 设置 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';

/** 设置: key/value pairs; a missing key takes its default. */
export const settingsTable = defineTable('设置', 'tblSettings', {
  key: col.text('项目', { width: 22 }).mandatory(),
  value: col.text('值', { width: 24 }).mandatory(),
  note: col.longText('说明', { width: 50 }),
});
/** A row of 设置 as read; its value is still text. */
export type SettingRow = RowOf<typeof settingsTable>;
