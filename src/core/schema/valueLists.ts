/** The value lists of SPEC §2: the dropdowns of a new ledger and what the check accepts. */

/** 层级 of leaders and pairings: 校级 (school) or 院级 (college). */
export const LEVELS = ['校级', '院级'] as const;
/** One 层级. */
export type Level = (typeof LEVELS)[number];

/** A leader's 状态; a 离任 leader's pairings without 结束日期 need a handover (R4). */
export const LEADER_STATUSES = ['在任', '离任'] as const;
/** A figure's 状态; only 在职 figures must be covered (R3). */
export const FIGURE_STATUSES = ['在职', '调离', '退休'] as const;

/** 党派, with 无党派人士 and 无 (none) as values of their own. */
export const PARTIES = [
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '台盟',
  '无党派人士',
  '无',
] as const;

/** 人士类别; a figure may have several (a listOf column). */
export const FIGURE_CATEGORIES = [
  '人大代表',
  '政协委员',
  '民主党派负责人',
  '统战团体负责人',
  '专业代表人士',
  '党外青年人才',
  '民主党派成员',
  '无党派人士',
  '少数民族',
  '归国留学',
  '港澳台侨',
  '党外青年教师',
] as const;

/** 联系形式 of a contact. */
export const CONTACT_FORMS = [
  '座谈研讨',
  '个别谈心',
  '实地走访',
  '线上交流',
  '节日走访慰问',
  '困难慰问',
  '参加活动',
  '邀请参会调研',
  '其他',
] as const;

/** 类型 of a 意见办理 item: the two 联系记录 columns an item can come from. */
export const FOLLOW_UP_TYPES = ['意见建议', '困难诉求'] as const;
/** 办理状态 of an item, in the order it moves through them. */
export const FOLLOW_UP_STATUSES = ['待研究', '已交办', '办理中', '已答复', '已办结', '重办中'] as const;
/** A follow-up in one of these states is finished and can no longer be overdue. */
export const FOLLOW_UP_DONE: readonly string[] = ['已答复', '已办结'];
/** 反馈评价: how the figure rated the answer. */
export const FEEDBACK_RATINGS = ['满意', '基本满意', '不满意'] as const;
/**
 * 答复类别, the 人大建议 answer codes: A 已解决或基本解决, B 正在解决或列入规划, C 待以后解决,
 * D 留作参考.
 */
export const ANSWER_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
/** 考核指标.计算方式: which measure of the yearly 考核 an indicator scores. */
export const INDICATOR_METHODS = [
  '覆盖率',
  '联系完成率',
  '节日走访率',
  '备案及时率',
  '意见登记率',
  '台账规范率',
  '交接及时率',
] as const;
/** A 考核指标 计算方式: which measure of the year an indicator scores. */
export type IndicatorMethod = (typeof INDICATOR_METHODS)[number];
