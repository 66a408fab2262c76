/**
 * Every problem the check reports, and the one place its Chinese wording lives. A problem is a
 * value: severity, a stable code, the place (sheet, 1-based row, column header, A1 cell) and a
 * message that says what to change.
 */

/** How serious a problem is; a single `error` gives the verdict `errors` (correct the ledger first). */
export type Severity = 'error' | 'warning' | 'info';
/** The rule of the check (SPEC §3) a problem is reported under; R6 is the cells themselves. */
export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9';

/** Where a problem is: sheet, 1-based worksheet row, column header, A1 cell ('' when the column was not found). */
export interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly cell: string;
}

/** One problem as every host lists it; `message` already starts with its sheet (and cell). */
export interface Problem extends Place {
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly code: ProblemCode;
  readonly message: string;
}

const q = (text: string): string => `“${text}”`;

const CATALOG = {
  REQUIRED_MISSING: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string }) => `「${p.header}」不能为空：请填写，此行补全前不计入检查。`,
  },
  CELL_ERROR: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; code: string }) =>
      `单元格显示错误值 ${p.code}：请把「${p.header}」改为实际的值（不要用出错的公式）。`,
  },
  DATE_INVALID: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string }) =>
      `「${p.header}」${q(p.value)}不是有效日期：请写成 2026-09-15 或 2026年9月15日 这样的日期。`,
  },
  DATE_TIME_ONLY: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; time: string }) =>
      `「${p.header}」只有时间 ${p.time}，没有日期：请填写日期，例如 2026-09-15。`,
  },
  DATE_NO_SUCH_DAY: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string; shown: string }) =>
      `「${p.header}」的数值 ${p.value} 以日期格式显示为 ${p.shown}，但没有这一天：请填写日期，例如 2026-09-15。`,
  },
  DATE_OUT_OF_RANGE: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string; first: string }) =>
      `「${p.header}」的数值 ${p.value} 不是任何一天（Excel 的日期在 ${p.first} 至 9999-12-31 之间，超出的显示为 ####）：请填写日期，例如 2026-09-15。`,
  },
  FORMULA_NO_RESULT: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string }) =>
      `「${p.header}」的公式没有计算结果（文件保存时没有计算）：请在 Excel 或 WPS 中打开并保存这个文件后再检查。`,
  },
  DUPLICATE_HEADER: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { header: string; first: string; second: string; differing: number; example: string }) =>
      p.differing === 0
        ? `有两列都叫「${p.header}」（${p.first} 列和 ${p.second} 列），${p.second} 列没有与 ${p.first} 列不同的内容，检查只读取 ${p.first} 列：请删除或改名其中一列。`
        : `有两列都叫「${p.header}」（${p.first} 列和 ${p.second} 列），检查只读取 ${p.first} 列；${p.second} 列有 ${p.differing} 行与 ${p.first} 列不同（如 ${p.example}），这些值没有参与检查：请把两列合并为一列，或给 ${p.second} 列改名。`,
  },
  NOT_IN_LIST: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string; allowed: readonly string[] }) =>
      `「${p.header}」${q(p.value)}不在可选范围内：请从下拉列表中选择（${p.allowed.join('、')}）。`,
  },
  NOT_YES_NO: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { header: string; value: string }) => `「${p.header}」应填“是”或“否”，现为${q(p.value)}：请改正。`,
  },
  DUPLICATE_ID: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; id: string; firstRow: number }) =>
      `${p.header}${q(p.id)}与第 ${p.firstRow} 行重复：请改为唯一的编号，此行改正前不计入检查。`,
  },
  SEMESTER_RANGE_INVALID: {
    severity: 'error',
    rule: 'R6',
    text: (p: { semester: string }) => `学期${q(p.semester)}的开始日期晚于结束日期：请改正日期。`,
  },
  SEMESTER_OVERLAP: {
    severity: 'error',
    rule: 'R6',
    text: (p: { semester: string; other: string; otherRow: number; from: string; to: string }) =>
      `学期${q(p.semester)}与学期${q(p.other)}（第 ${p.otherRow} 行）的日期重叠（${p.from} 至 ${p.to}）：请调整开始或结束日期，使每一天只属于一个学期；改正前，这些天的联系记录两个学期都计入。`,
  },
  SEMESTER_GAP: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { semester: string; from: string; to: string }) =>
      `学期${q(p.semester)}之前的 ${p.from} 至 ${p.to} 不属于任何学期：这段时间的联系记录不计入任何学期；如非有意，请调整开始日期。`,
  },
  SEMESTER_ID_FORMAT: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { value: string }) =>
      `学期编号${q(p.value)}格式不规范：请写成 2026-2027-1（第一学期）或 2026-2027-2（第二学期）。`,
  },
  SETTING_INVALID: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { key: string; value: string; fallback: string }) =>
      `设置${q(p.key)}的值${q(p.value)}无效，已按默认值 ${p.fallback} 检查：请填写正整数。`,
  },
  REF_EMPTY: {
    severity: 'error',
    rule: 'R6',
    text: (p: { idHeader: string; nameHeader: string }) =>
      `请填写「${p.idHeader}」或「${p.nameHeader}」，此行补全前不计入检查。`,
  },
  REF_ID_MISSING: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string; table: string }) =>
      `${p.header}${q(p.value)}在「${p.table}」工作表中不存在：请核对编号，或清空编号只填写姓名。`,
  },
  REF_NAME_MISSING: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string; table: string }) =>
      `${p.header}${q(p.value)}在「${p.table}」工作表中找不到：请核对姓名，或填写编号。`,
  },
  REF_NAME_AMBIGUOUS: {
    severity: 'error',
    rule: 'R6',
    text: (p: { value: string; table: string; count: number }) =>
      `「${p.table}」工作表中有 ${p.count} 人名为${q(p.value)}：请填写编号以区分。`,
  },
  REF_NAME_MISMATCH: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { header: string; value: string; expected: string }) =>
      `${p.header}${q(p.value)}与编号对应的${q(p.expected)}不一致：请核对。`,
  },
  REF_ROW_INVALID: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; value: string; table: string; row: number }) =>
      `${p.header}${q(p.value)}所在的「${p.table}」第 ${p.row} 行有错误，未计入检查：请先按该行的提示改正，此行随之计入。`,
  },
  UNIT_UNKNOWN: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { value: string }) => `单位${q(p.value)}不在「单位」工作表中：请在「单位」中补充，或改为已有的单位名称。`,
  },
  PAIRING_DATES_INVALID: {
    severity: 'error',
    rule: 'R6',
    text: (p: { pairing: string }) => `结对${q(p.pairing)}的结束日期早于开始日期：请改正日期。`,
  },
  FOLLOW_UP_SOURCE_MISSING: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { value: string }) => `来源记录编号${q(p.value)}在「联系记录」中不存在：请核对记录编号。`,
  },
  FOLLOW_UP_SOURCE_INVALID: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { value: string; row: number }) =>
      `来源记录编号${q(p.value)}所在的「联系记录」第 ${p.row} 行有错误，未计入检查：请先按该行的提示改正。`,
  },
  PAIRING_NEEDS_HANDOVER: {
    severity: 'warning',
    rule: 'R4',
    text: (p: { pairing: string; who: string; state: string }) =>
      `结对${q(p.pairing)}的${p.who}已${p.state}，但结对没有结束日期：请填写结束日期，并为对方安排新的结对、写明交接说明。`,
  },
  PAIRING_LEVEL_MISMATCH: {
    severity: 'error',
    rule: 'R4',
    text: (p: { pairing: string; level: string; leader: string; leaderLevel: string }) =>
      `结对${q(p.pairing)}的层级为${q(p.level)}，但干部${q(p.leader)}的层级是${q(p.leaderLevel)}：请改正其中之一。`,
  },
  CONTACT_PAIRING_UNKNOWN: {
    severity: 'error',
    rule: 'R5',
    text: (p: { value: string }) =>
      `结对编号${q(p.value)}在「结对关系」中不存在：请核对结对编号，此行改正前不计入检查。`,
  },
  CONTACT_PAIRING_UNUSABLE: {
    severity: 'error',
    rule: 'R5',
    text: (p: { value: string; row: number }) =>
      `结对${q(p.value)}（「结对关系」第 ${p.row} 行）本身有错误：请先按该行的提示改正，此行才计入检查。`,
  },
  LEADER_PAIRINGS_UNREAD: {
    severity: 'warning',
    rule: 'R2',
    text: (p: { leader: string; rows: readonly number[] }) =>
      `干部${q(p.leader)}在「结对关系」第 ${p.rows.join('、')} 行的结对有错误，未计入其结对数：请先按这些行的提示改正。`,
  },
  CONTACT_PAIRING_EMPTY: {
    severity: 'error',
    rule: 'R5',
    text: (_: Record<string, never>) =>
      `请填写「结对编号」，或同时填写「干部姓名」和「人士姓名」，此行补全前不计入检查。`,
  },
  CONTACT_PAIRING_NOT_FOUND: {
    severity: 'error',
    rule: 'R5',
    text: (p: { leader: string; figure: string; date: string }) =>
      `${p.date} 没有干部${q(p.leader)}与人士${q(p.figure)}的有效结对：请核对姓名或联系日期，或填写结对编号。`,
  },
  CONTACT_PAIRING_AMBIGUOUS: {
    severity: 'error',
    rule: 'R5',
    text: (p: { leader: string; figure: string }) =>
      `干部${q(p.leader)}与人士${q(p.figure)}有多个有效结对：请填写结对编号。`,
  },
  CONTACT_NAME_MISMATCH: {
    severity: 'warning',
    rule: 'R5',
    text: (p: { header: string; value: string; expected: string }) =>
      `${p.header}${q(p.value)}与结对中的${q(p.expected)}不一致：请核对结对编号或姓名。`,
  },
  CONTACT_AFTER_TODAY: {
    severity: 'warning',
    rule: 'R5',
    text: (p: { date: string; today: string }) =>
      `联系日期 ${p.date} 晚于今天（${p.today}）：如是笔误请改正；到期前此行不计入检查。`,
  },
  CONTACT_OUTSIDE_PAIRING: {
    severity: 'error',
    rule: 'R5',
    text: (p: { date: string; pairing: string; span: string }) =>
      `联系日期 ${p.date} 不在结对${q(p.pairing)}的有效期（${p.span}）内：请核对日期或结对编号。`,
  },
  CONTACT_IN_NO_SEMESTER: {
    severity: 'error',
    rule: 'R5',
    text: (p: { date: string }) => `联系日期 ${p.date} 不属于任何学期：请核对日期，或在「学期」工作表中补充学期。`,
  },
  // Group contacts: one row listing several 结对编号 or 人士姓名. A part that does not resolve is
  // reported by name; the parts that do still count.
  CONTACT_GROUP_PART_UNKNOWN: {
    severity: 'error',
    rule: 'R5',
    text: (p: { value: string }) =>
      `「结对编号」所列的${q(p.value)}在「结对关系」中不存在：请改正或删去这一项；所列的其他结对照常计入。`,
  },
  CONTACT_GROUP_PART_UNUSABLE: {
    severity: 'error',
    rule: 'R5',
    text: (p: { value: string; row: number }) =>
      `「结对编号」所列的结对${q(p.value)}（「结对关系」第 ${p.row} 行）本身有错误：请先按该行的提示改正，这一项才计入；所列的其他结对照常计入。`,
  },
  CONTACT_GROUP_DUPLICATE: {
    severity: 'warning',
    rule: 'R5',
    text: (p: { header: string; value: string }) =>
      `「${p.header}」中${q(p.value)}列了不止一次：请删去重复的一项（这一行对它只计一次）。`,
  },
  CONTACT_GROUP_LEADERS: {
    severity: 'error',
    rule: 'R5',
    text: (p: { value: string }) =>
      `「干部姓名」只能填一位领导干部，现为${q(p.value)}：请按领导干部分成几行，或在「结对编号」中列出各结对的编号；此行改正前不计入检查。`,
  },
  CONTACT_GROUP_OTHER_LEADER: {
    severity: 'error',
    rule: 'R5',
    text: (p: { figure: string; leader: string; other: string; date: string }) =>
      `人士${q(p.figure)}在 ${p.date} 与干部${q(p.other)}结对，不与本行的干部${q(p.leader)}结对：请把与${p.figure}的联系另填一行（干部姓名填${p.other}），或从「人士姓名」中删去；所列的其他人士照常计入。`,
  },
  CONTACT_GROUP_PART_NOT_FOUND: {
    severity: 'error',
    rule: 'R5',
    text: (p: { leader: string; figure: string; date: string }) =>
      `「人士姓名」所列的${q(p.figure)}在 ${p.date} 与干部${q(p.leader)}没有有效结对：请核对这一姓名或联系日期，或改填结对编号；所列的其他人士照常计入。`,
  },
  CONTACT_GROUP_MIXED_LEADERS: {
    severity: 'error',
    rule: 'R5',
    text: (p: { leaders: readonly string[] }) =>
      `所选结对属于不同的领导干部（${p.leaders.join('、')}）：一条集体活动记录只列同一位领导干部的结对，请按领导干部分开填报。`,
  },
  CONTACT_GROUP_ID_UNLISTABLE: {
    severity: 'error',
    rule: 'R5',
    text: (p: { value: string }) =>
      `结对编号${q(p.value)}含有空格或顿号、逗号、分号，写进编号列表后会被读成几个编号：请单独填报这个结对，或先在「结对关系」中改用不含这些符号的编号。`,
  },
  INDICATOR_MAX_INVALID: {
    severity: 'error',
    rule: 'R6',
    text: (p: { indicator: string; value: string }) =>
      `指标${q(p.indicator)}的满分${q(p.value)}不是正数：请填写大于 0 的分值，此指标改正前不计分。`,
  },
  INDICATOR_TOTAL_NOT_100: {
    severity: 'warning',
    rule: 'R6',
    text: (p: { total: number }) => `各指标满分合计为 ${p.total} 分，不是 100 分：请核对「满分」一列。`,
  },
  PAIRING_NOT_FILED: {
    severity: 'warning',
    rule: 'R9',
    text: (p: { pairing: string; start: string }) =>
      `院级结对${q(p.pairing)}（${p.start} 起）还没有备案日期：请报统战部备案后填写「备案日期」。`,
  },
  PAIRING_FILED_LATE: {
    severity: 'info',
    rule: 'R9',
    text: (p: { pairing: string; start: string; filedOn: string; days: number; limit: number }) =>
      `院级结对${q(p.pairing)}开始于 ${p.start}，${p.filedOn} 才备案（${p.days} 天，超过 ${p.limit} 天的期限）：今后请及时备案。`,
  },
  SUGGESTION_UNREGISTERED: {
    severity: 'info',
    rule: 'R7',
    text: (p: { contact: string }) =>
      `联系记录${q(p.contact)}有意见建议或困难诉求，但「意见办理」中没有来源为它的事项：请登记办理。`,
  },
  FOLLOW_UP_EXTENSION_NO_REASON: {
    severity: 'error',
    rule: 'R7',
    text: (p: { item: string; extendedTo: string }) =>
      `事项${q(p.item)}延期至 ${p.extendedTo}，但没有写延期原因：请在「延期原因」中写明为什么延期（不延期的请清空「延期至」）。`,
  },
  FOLLOW_UP_EXTENSION_EARLIER: {
    severity: 'error',
    rule: 'R7',
    text: (p: { item: string; extendedTo: string; original: string }) =>
      `事项${q(p.item)}的延期至 ${p.extendedTo} 早于原办理期限 ${p.original}：延期只能推后期限，请改正「延期至」或「办理期限」。`,
  },
  FOLLOW_UP_EXTENSION_TOO_LONG: {
    severity: 'warning',
    rule: 'R7',
    text: (p: { item: string; extendedTo: string; original: string; days: number; limit: number }) =>
      `事项${q(p.item)}延期至 ${p.extendedTo}，比原办理期限 ${p.original} 晚 ${p.days} 天，超过「设置」中的延期最长天数（${p.limit} 天）：请核对「延期至」；确需延长的，请在「延期原因」中写明报批情况。`,
  },
  FOLLOW_UP_REDO_NO_DATE: {
    severity: 'error',
    rule: 'R7',
    text: (p: { item: string }) =>
      `事项${q(p.item)}为“重办中”，但既没有「重办期限」也没有「反馈日期」，无法确定重办的期限：请填写重办期限。`,
  },
  FOLLOW_UP_NEEDS_REDO: {
    severity: 'warning',
    rule: 'R7',
    text: (p: { item: string; status: string }) =>
      `事项${q(p.item)}${p.status}，但反馈评价为“不满意”：请交承办部门重办，把「办理状态」改为“重办中”并填写「重办期限」。`,
  },
  // 汇总 (lianyi merge): why a returned row was not added, beside the check's own problems.
  MERGE_OTHER_UNIT: {
    severity: 'error',
    rule: 'R6',
    text: (p: { pairing: string; owner: string; unit: string }) =>
      `结对${q(p.pairing)}属于${q(p.owner)}，不是这份分发件的单位${q(p.unit)}：这一行没有汇总，请由${q(p.owner)}填报，或告诉统战部。`,
  },
  MERGE_COLUMN_MISSING: {
    severity: 'error',
    rule: 'R6',
    text: (p: { header: string; sheet: string }) =>
      `台账的「${p.sheet}」没有「${p.header}」列，这一行的「${p.header}」无法写入：请先升级台账（lianyi upgrade）或在台账中补上这一列，再汇总。`,
  },
  MERGE_BREAKS_ROW: {
    severity: 'error',
    rule: 'R6',
    text: (p: { sheet: string; row: number; problem: string }) =>
      `加入这一行会使台账「${p.sheet}」第 ${p.row} 行出错（${p.problem}）：这一行没有汇总，请先在台账的那一行填写编号以区分，再汇总。`,
  },
} as const satisfies Record<string, { severity: Severity; rule: RuleId; text: (params: never) => string }>;

type Catalog = typeof CATALOG;
/** A problem's stable code (tests and `--json` readers may rely on it; the wording may change). */
export type ProblemCode = keyof Catalog;
/** What a code's sentence needs, checked at every `problemAt(code, …)` call. */
export type ProblemParams<C extends ProblemCode> = Parameters<Catalog[C]['text']>[0];

/** Builds a problem; its message starts with where it is, so it reads on its own in any list. */
export function problemAt<C extends ProblemCode>(
  code: C,
  place: Place,
  params: ProblemParams<C>,
  severity?: Severity,
): Problem {
  const entry = CATALOG[code];
  const text = (entry.text as (p: ProblemParams<C>) => string)(params);
  return {
    severity: severity ?? entry.severity,
    rule: entry.rule,
    code,
    ...place,
    message: `${placeText(place)}：${text}`,
  };
}

/** Where a problem is, as its message starts: 「联系记录」F2, or 「设置」 when no cell is known. */
export const placeText = (place: Pick<Place, 'sheet' | 'cell'>): string =>
  place.cell ? `「${place.sheet}」${place.cell}` : `「${place.sheet}」`;

/** A problem's sentence without its place: for a form whose row is not written yet, so has no cell to name. */
export function problemSentence(problem: Problem): string {
  const where = `${placeText(problem)}：`;
  return problem.message.startsWith(where) ? problem.message.slice(where.length) : problem.message;
}

/** Severities as users read them (terminal, report, pane). */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
