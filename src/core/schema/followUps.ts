/** The 意见办理 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { ANSWER_CATEGORIES, FEEDBACK_RATINGS, FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES } from './valueLists';

/** 意见办理: what became of a suggestion or a difficulty raised in a contact. */
export const followUpsTable = defineTable(
  '意见办理',
  'tblFollowUps',
  {
    itemId: col.id('事项编号'),
    sourceContactId: col.text('来源记录编号', { width: 14 }),
    type: col.oneOf('类型', FOLLOW_UP_TYPES, { width: 10 }).mandatory(),
    content: col.longText('事项内容', { width: 40 }).mandatory(),
    department: col.text('承办部门', { width: 16 }),
    coDepartments: col.text('协办部门', { width: 16 }),
    assignedOn: col.date('交办日期'),
    dueOn: col.date('办理期限'),
    extendedTo: col.date('延期至'),
    extensionReason: col.longText('延期原因', { width: 20 }),
    status: col.oneOf('办理状态', FOLLOW_UP_STATUSES, { width: 10 }).mandatory(),
    answerCategory: col.oneOf('答复类别', ANSWER_CATEGORIES, { width: 10 }),
    result: col.longText('办理结果', { width: 30 }),
    answeredOn: col.date('反馈日期'),
    rating: col.oneOf('反馈评价', FEEDBACK_RATINGS, { width: 10 }),
    redoDue: col.date('重办期限'),
  },
  (values, row) => ({
    itemId: values[0],
    sourceContactId: values[1],
    type: values[2],
    content: values[3],
    department: values[4],
    coDepartments: values[5],
    assignedOn: values[6],
    dueOn: values[7],
    extendedTo: values[8],
    extensionReason: values[9],
    status: values[10],
    answerCategory: values[11],
    result: values[12],
    answeredOn: values[13],
    rating: values[14],
    redoDue: values[15],
    row,
  }),
);
/** A row of 意见办理 as read, before its source contact is looked up. */
export type FollowUpRow = RowOf<typeof followUpsTable>;
