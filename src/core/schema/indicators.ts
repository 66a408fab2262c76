/** The 考核指标 sheet's table (schema version 2): the school's yearly assessment indicators. */
import { col, defineTable, type RowOf } from './columns';
import { INDICATOR_METHODS } from './valueLists';

/** 考核指标: one indicator of the yearly 考核, how it is measured and how many points it is worth. */
export const indicatorsTable = defineTable('考核指标', 'tblIndicators', {
  indicatorId: col.id('指标编号', { width: 10 }),
  name: col.text('指标名称', { width: 28 }).mandatory(),
  method: col.oneOf('计算方式', INDICATOR_METHODS, { width: 14 }).mandatory(),
  // Read as text; the 考核 says where a 满分 is not a positive number.
  maxScore: col.text('满分', { width: 8 }).mandatory(),
  note: col.longText('说明', { width: 40 }),
});
/** A row of 考核指标 as read. */
export type IndicatorRow = RowOf<typeof indicatorsTable>;

/** The indicators a ledger is scored with when its 考核指标 sheet is missing, and what init writes (SPEC §2). */
export const DEFAULT_INDICATORS = [
  { indicatorId: 'K1', name: '党外代表人士结对全覆盖', method: '覆盖率', maxScore: '25' },
  { indicatorId: 'K2', name: '每学期联系不少于规定次数', method: '联系完成率', maxScore: '30' },
  { indicatorId: 'K3', name: '重大节日走访慰问', method: '节日走访率', maxScore: '15' },
  { indicatorId: 'K4', name: '结对名单及时报统战部备案', method: '备案及时率', maxScore: '10' },
  { indicatorId: 'K5', name: '意见建议及时登记办理', method: '意见登记率', maxScore: '10' },
  { indicatorId: 'K6', name: '台账填写规范', method: '台账规范率', maxScore: '5' },
  { indicatorId: 'K7', name: '人员变动及时交接', method: '交接及时率', maxScore: '5' },
] as const;
