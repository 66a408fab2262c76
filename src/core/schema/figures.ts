/** The 党外代表人士 sheet's table: its headers (the contract with users), how each is read and written. */
import { col, defineTable, type RowOf } from './columns';
import { FIGURE_CATEGORIES, FIGURE_STATUSES, PARTIES } from './valueLists';

/** 党外代表人士: everyone the policy asks to befriend; each one 在职 must be covered. */
export const figuresTable = defineTable(
  '党外代表人士',
  'tblFigures',
  {
    figureId: col.id('人士编号'),
    name: col.text('姓名', { width: 10 }).mandatory(),
    gender: col.text('性别', { width: 6 }),
    ethnicity: col.text('民族', { width: 8 }),
    unit: col.text('所在单位', { width: 20 }).mandatory(),
    post: col.text('职务职称', { width: 22 }),
    party: col.oneOf('党派', PARTIES, { width: 12 }),
    categories: col.listOf('人士类别', FIGURE_CATEGORIES, { width: 26 }),
    schoolKeyTarget: col.yesNo('校级重点对象', { width: 12 }),
    status: col.oneOf('状态', FIGURE_STATUSES, { width: 8 }).mandatory(),
    note: col.longText('备注', { width: 30 }),
  },
  (values, row) => ({
    figureId: values[0],
    name: values[1],
    gender: values[2],
    ethnicity: values[3],
    unit: values[4],
    post: values[5],
    party: values[6],
    categories: values[7],
    schoolKeyTarget: values[8],
    status: values[9],
    note: values[10],
    row,
  }),
);
/** A row of 党外代表人士 as read, before rows with a duplicate 编号 are dropped. */
export type FigureRow = RowOf<typeof figuresTable>;
