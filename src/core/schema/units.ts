/** The 单位 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';

/** 单位: the colleges and departments whose figures must all be covered. */
export const unitsTable = defineTable('单位', 'tblUnits', {
  name: col.text('单位名称', { width: 22 }).mandatory(),
  type: col.text('单位类型', { width: 12 }),
  partyOrganisation: col.text('党组织名称', { width: 26 }),
  liaison: col.text('统战联络人'),
  note: col.longText('备注', { width: 30 }),
});
/** A row of 单位 as read. */
export type UnitRow = RowOf<typeof unitsTable>;
