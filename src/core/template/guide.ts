/**
 * The 说明 sheet of a new ledger: what a college secretary reads before adding a row, and how it
 * looks (headings bold and larger, one wide wrapped column), described once for every writer.
 */
import { CONTACT_FORMS } from '../schema/valueLists';
import type { CellSpec, CellStyle, SheetSpec } from '../sheet/sheetSpec';

/** The guide sheet's name. */
export const GUIDE_SHEET = '说明';
/** Wide enough for a paragraph per line at the default font. */
const GUIDE_WIDTH = 110;

/** The guide's lines, top to bottom; an empty string is an empty row. */
export function guideLines(): string[] {
  return [
    '联谊交友台账 · 使用说明',
    '本工作簿是学校党员领导干部与党外代表人士联谊交友工作的台账（依据浙外党〔2026〕35号）。每个工作表是一张表格，请在表格末尾新起一行填写，不要改动第一行的列名；可以在右侧增加自己的列，检查时会保留并忽略它们。',
    '',
    '各工作表',
    '· 设置：学校名称、每学期最少联系次数等，一般不需要修改。',
    '· 学期：每个学期的起止日期。第一学期为 9 月 1 日至次年 2 月底（春节走访计入第一学期），第二学期为 3 月 1 日至 8 月 31 日。',
    '· 单位：各二级学院（部）及部门。',
    '· 领导干部：参与联谊交友的党员领导干部；层级填“校级”（学校党委班子成员）或“院级”（二级学院（部）党组织班子成员）。离任时把状态改为“离任”并填写离任日期。',
    '· 党外代表人士：每位在职的党外代表人士都应有结对（全覆盖）。人士类别可填多个，用顿号分隔，例如“民主党派成员、党外青年教师”。',
    '· 结对关系：谁与谁结对，从何时开始。干部、人士可只填编号，也可只填姓名（姓名须唯一）。人员变动时，给原结对填写结束日期和变更原因，再新增一行新结对，并在“交接说明”中写明交接情况。',
    '· 联系记录：每次联系填一行。填写结对编号，或同时填写干部姓名和人士姓名。',
    '· 意见办理：联系中提出的意见建议、困难诉求如何办理；“来源记录编号”填联系记录的记录编号。',
    '',
    '学院书记填写联系记录',
    '1. 在「联系记录」表格最后一行下方新起一行，填写记录编号（如 C2026-015，不与已有编号重复）。',
    '2. 填写结对编号（见「结对关系」），或干部姓名 + 人士姓名。一次座谈会或集体活动联系了同一位干部的几个结对时填一行即可：结对编号用顿号隔开（如 P13、P14），或干部姓名填一位、人士姓名用顿号隔开。',
    '3. 联系日期写成 2026-09-15、2026/9/15 或 2026年9月15日 均可。',
    `4. 联系形式从下拉列表选择：${CONTACT_FORMS.join('、')}。`,
    '5. 联系沟通情况简要写明谈了什么；对方提出的意见建议、困难诉求分别填在对应列，并告知统战部登记办理。',
    '',
    '检查与登记表',
    '· 在 Excel 中：开始 → 联谊交友 → 覆盖检查，结果写入「覆盖检查」工作表；生成登记表写入「登记表-…」工作表。这些工作表由程序生成，请勿手工修改。',
    '· 没有加载项时（WPS、旧版 Excel）：用 lianyi 命令行或浏览器预览打开本文件检查，本文件不会被修改。',
  ];
}

const body: CellStyle = { align: { vertical: 'top', wrap: true } };
const GUIDE_STYLES: Readonly<Record<string, CellStyle>> = {
  title: { ...body, font: { bold: true, size: 16 } },
  heading: { ...body, font: { bold: true, size: 12 } },
  body,
};

/** A heading is the first line, or a line after an empty one that is not a list item (· or a number). */
const styleOf = (lines: readonly string[], index: number): string =>
  index === 0
    ? 'title'
    : (lines[index] ?? '') !== '' && !/^[·\d]/.test(lines[index] ?? '') && (lines[index - 1] ?? '') === ''
      ? 'heading'
      : 'body';

/** The 说明 sheet as a sheet spec: one text cell per non-empty line in column A. */
export function guideSheet(lines: readonly string[] = guideLines()): SheetSpec {
  const cells: CellSpec[] = lines.flatMap((line, index) =>
    line === ''
      ? []
      : [{ row: index + 1, column: 1, content: { kind: 'text', text: line } as const, style: styleOf(lines, index) }],
  );
  return {
    name: GUIDE_SHEET,
    styles: GUIDE_STYLES,
    cells,
    merges: [],
    columns: [{ index: 1, width: GUIDE_WIDTH }],
    rows: [],
    validations: [],
    highlights: [],
  };
}
