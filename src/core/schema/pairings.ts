/** The 结对关系 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { LEVELS } from './valueLists';

/**
 * 结对关系: who befriends whom, from when to when. People are named by 编号, or by 姓名 when the
 * 编号 cell is empty and the name is unique in its table.
 */
export const pairingsTable = defineTable(
  '结对关系',
  'tblPairings',
  {
    pairingId: col.id('结对编号'),
    level: col.oneOf('层级', LEVELS, { width: 8 }).mandatory(),
    leaderId: col.text('干部编号', { width: 12 }),
    leaderName: col.text('干部姓名', { width: 10 }),
    figureId: col.text('人士编号', { width: 12 }),
    figureName: col.text('人士姓名', { width: 10 }),
    unit: col.text('所属单位', { width: 20 }),
    start: col.date('开始日期').mandatory(),
    end: col.date('结束日期'),
    changeReason: col.text('变更原因', { width: 16 }),
    handoverNote: col.longText('交接说明', { width: 30 }),
    filedOn: col.date('备案日期'),
  },
  (values, row) => ({
    pairingId: values[0],
    level: values[1],
    leaderId: values[2],
    leaderName: values[3],
    figureId: values[4],
    figureName: values[5],
    unit: values[6],
    start: values[7],
    end: values[8],
    changeReason: values[9],
    handoverNote: values[10],
    filedOn: values[11],
    row,
  }),
);
/** A row of 结对关系 as read, before its leader and figure are resolved. */
export type PairingRow = RowOf<typeof pairingsTable>;
