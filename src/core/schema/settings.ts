import { col, defineTable, type RowOf } from './columns';

/** 设置: key/value pairs; a missing key takes its default. */
export const settingsTable = defineTable('设置', 'tblSettings', {
  key: col.text('项目', { width: 22 }).mandatory(),
  value: col.text('值', { width: 24 }).mandatory(),
  note: col.longText('说明', { width: 50 }),
});
export type SettingRow = RowOf<typeof settingsTable>;
