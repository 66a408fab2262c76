/** The 学期 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';

/** 学期: contiguous date ranges; every contact date should fall in exactly one. */
export const semestersTable = defineTable('学期', 'tblSemesters', {
  semesterId: col.id('学期编号', { width: 14 }),
  name: col.text('学期名称', { width: 24 }).mandatory(),
  start: col.date('开始日期').mandatory(),
  end: col.date('结束日期').mandatory(),
});
/** A row of 学期 as read, before the semesters are checked against each other. */
export type SemesterRow = RowOf<typeof semestersTable>;
