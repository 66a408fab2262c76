/** The 意见办理 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { FEEDBACK_RATINGS, FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES } from './valueLists';

/** 意见办理: what became of a suggestion or a difficulty raised in a contact. */
export const followUpsTable = defineTable('意见办理', 'tblFollowUps', {
  itemId: col.id('事项编号'),
  sourceContactId: col.text('来源记录编号', { width: 14 }),
  type: col.oneOf('类型', FOLLOW_UP_TYPES, { width: 10 }).mandatory(),
  content: col.longText('事项内容', { width: 40 }).mandatory(),
  department: col.text('承办部门', { width: 16 }),
  assignedOn: col.date('交办日期'),
  dueOn: col.date('办理期限'),
  status: col.oneOf('办理状态', FOLLOW_UP_STATUSES, { width: 10 }).mandatory(),
  result: col.longText('办理结果', { width: 30 }),
  answeredOn: col.date('反馈日期'),
  rating: col.oneOf('反馈评价', FEEDBACK_RATINGS, { width: 10 }),
});
/** A row of 意见办理 as read, before its source contact is looked up. */
export type FollowUpRow = RowOf<typeof followUpsTable>;
