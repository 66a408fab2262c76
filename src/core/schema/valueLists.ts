/** The value lists of SPEC §2: the dropdowns of a new ledger and what the check accepts. */
export const LEVELS = ['校级', '院级'] as const;
export type Level = (typeof LEVELS)[number];

export const LEADER_STATUSES = ['在任', '离任'] as const;
export const FIGURE_STATUSES = ['在职', '调离', '退休'] as const;

export const PARTIES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '无党派人士', '无'] as const;

export const FIGURE_CATEGORIES = [
  '人大代表', '政协委员', '民主党派负责人', '统战团体负责人', '专业代表人士', '党外青年人才',
  '民主党派成员', '无党派人士', '少数民族', '归国留学', '港澳台侨', '党外青年教师',
] as const;

export const CONTACT_FORMS = ['座谈研讨', '个别谈心', '实地走访', '线上交流', '节日走访慰问', '困难慰问', '参加活动', '邀请参会调研', '其他'] as const;

export const FOLLOW_UP_TYPES = ['意见建议', '困难诉求'] as const;
export const FOLLOW_UP_STATUSES = ['待研究', '已交办', '办理中', '已答复', '已办结'] as const;
/** A follow-up in one of these states is finished and can no longer be overdue. */
export const FOLLOW_UP_DONE: readonly string[] = ['已答复', '已办结'];
export const FEEDBACK_RATINGS = ['满意', '基本满意', '不满意'] as const;
