/**
 * The 说明 sheet of a unit's copy: what the college secretary fills in, what to leave alone, and
 * how to send the file back to the 统战部 for 汇总. It names the unit and nobody else.
 */
import type { LocalDate } from '../localDate';
import { CONTACT_FORMS } from '../schema/valueLists';
import type { SheetSpec } from '../sheet/sheetSpec';
import { guideSheet } from '../template/guide';

/** What the guide says about the copy it is in. */
export interface UnitGuideFacts {
  readonly schoolName: string;
  readonly unit: string;
  readonly on: LocalDate;
  /** The 党外代表人士 headers left empty. */
  readonly hidden: readonly string[];
  readonly pairings: number;
  readonly contacts: number;
}

/** The guide's lines, top to bottom; an empty string is an empty row. */
export function unitGuideLines(facts: UnitGuideFacts): string[] {
  const { unit } = facts;
  const hidden =
    facts.hidden.length > 0
      ? `为保护个人信息，「党外代表人士」的${facts.hidden.map((header) => `「${header}」`).join('')}列已留空，不需要填写。`
      : '';
  return [
    `${facts.schoolName}联谊交友台账 · ${unit}（分发件）`,
    `本文件是统战部于 ${facts.on} 分发给${unit}的联谊交友台账，只含本单位的结对（${facts.pairings} 个）、结对涉及的领导干部和党外代表人士、联系记录（${facts.contacts} 条）及相关的意见办理事项。${hidden}`,
    '',
    '要填写什么',
    '1. 每次联系，在「联系记录」表格最后一行下方新起一行填写。',
    `2. 记录编号写成“${unit}-序号”，如 ${unit}-01：带上单位名，汇总时不会与其他单位的编号重复。`,
    '3. 填写结对编号（见「结对关系」），或同时填写干部姓名和人士姓名。',
    `4. 联系日期写成 2026-09-15、2026/9/15 或 2026年9月15日 均可；联系形式从下拉列表选择：${CONTACT_FORMS.join('、')}。`,
    '5. 联系沟通情况简要写明谈了什么；对方提出的意见建议、困难诉求分别填在对应列，统战部汇总后登记办理。',
    '6. 本单位新增结对或人员有变动时，在「结对关系」「领导干部」「党外代表人士」末尾新起一行填写（编号不要与已有的重复），统战部汇总时逐条核对。',
    '',
    '请不要改动',
    '· 已有的行：改动不会汇总进总台账（汇总时作为“冲突”列出，由统战部核对）。发现已有记录有误，请直接告诉统战部。',
    '· 工作表名称、表头行的列名，以及「设置」中的“分发单位”“分发日期”：汇总靠它们识别本文件。',
    '',
    '怎样交回',
    '· 填好后保存（Excel 或 WPS 均可），保持 .xlsx 格式，文件名不限，发回统战部。',
    '· 统战部把各单位交回的文件汇总进总台账（lianyi merge，或加载项「台账」页的“汇总”）：已有的行自动跳过，新增的行按检查规则逐条校验后加入；有问题的行会指明工作表和单元格，退回修改。',
    '· 交回前可以先检查本文件：lianyi check 或浏览器预览（本文件不会被修改）。',
  ];
}

/** The 说明 sheet of a unit's copy. */
export const unitGuideSheet = (facts: UnitGuideFacts): SheetSpec => guideSheet(unitGuideLines(facts));
