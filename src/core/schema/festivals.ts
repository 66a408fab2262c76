/** The 重大节日 sheet's table (schema version 2): its headers (the contract with users), how each is read. */
import { col, defineTable, type RowOf } from './columns';

/**
 * 重大节日: a festival and the days in which a visit counts for it. A name repeats every year, so
 * it is no 编号; users edit the windows and add festivals of their own (教师节, 国庆节 …).
 */
export const festivalsTable = defineTable('重大节日', 'tblFestivals', {
  name: col.text('节日名称', { width: 12 }).mandatory(),
  date: col.date('节日日期').mandatory(),
  windowStart: col.date('走访开始').mandatory(),
  windowEnd: col.date('走访结束').mandatory(),
  note: col.longText('备注', { width: 30 }),
});
/** A row of 重大节日 as read. */
export type FestivalRow = RowOf<typeof festivalsTable>;
