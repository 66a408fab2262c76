/**
 * The sheets of a ledger of schema version 2 as SPEC §2 lists them, written out once for the tests
 * (not taken from the code under test, so a sheet the code drops or adds is caught).
 */
export const LEDGER_SHEETS = [
  '设置',
  '学期',
  '单位',
  '领导干部',
  '党外代表人士',
  '结对关系',
  '联系记录',
  '意见办理',
  '重大节日',
  '考核指标',
] as const;
