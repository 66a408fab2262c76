/** The 领导干部 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { LEADER_STATUSES, LEVELS } from './valueLists';

/** 领导干部: 校级 = 学校党委班子成员; 院级 = 二级学院（部）党组织班子成员中的党员领导干部. */
export const leadersTable = defineTable(
  '领导干部',
  'tblLeaders',
  {
    leaderId: col.id('干部编号'),
    name: col.text('姓名', { width: 10 }).mandatory(),
    post: col.text('职务', { width: 24 }).mandatory(),
    level: col.oneOf('层级', LEVELS, { width: 8 }).mandatory(),
    unit: col.text('所在单位', { width: 20 }),
    status: col.oneOf('状态', LEADER_STATUSES, { width: 8 }).mandatory(),
    leftOn: col.date('离任日期'),
    note: col.longText('备注', { width: 30 }),
  },
  (values, row) => ({
    leaderId: values[0],
    name: values[1],
    post: values[2],
    level: values[3],
    unit: values[4],
    status: values[5],
    leftOn: values[6],
    note: values[7],
    row,
  }),
);
/** A row of 领导干部 as read, before rows with a duplicate 编号 are dropped. */
export type LeaderRow = RowOf<typeof leadersTable>;
