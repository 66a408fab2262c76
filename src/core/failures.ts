/**
 * Every failure that stops an action and reaches a user (the pane's message bar, the ribbon's
 * notice, the command line's one line), and the one place its Chinese wording lives. A failure is
 * a value: a kind that says what happened and a sentence that says what to do. Problems found in
 * the ledger's cells are not failures: they are `Problem`s (problems.ts), reported and checked past.
 */

const q = (text: string): string => `“${text}”`;
const sheets = (names: readonly string[]): string => names.map((name) => `「${name}」`).join('');
const someSheets = (names: readonly string[]): string =>
  names.length > 5 ? `${sheets(names.slice(0, 5))}等 ${names.length} 张` : sheets(names);
/** Where a pane sends the user when the workbook is not (yet) a ledger; the command line says only why. */
const TO_LEDGER_VIEW = '请到「台账」页新建台账，或升级旧台账。';

const CATALOG = {
  // The file itself (command line and browser preview).
  fileEmpty: {
    title: '文件是空的',
    text: (_: Record<string, never>) => '文件是空的（0 字节）：请确认选择了正确的台账文件。',
  },
  fileEncrypted: {
    title: '无法打开文件',
    text: (_: Record<string, never>) =>
      '文件已加密或是旧版 .xls 格式：请在 Excel 中取消密码保护，或另存为 .xlsx 后再试。',
  },
  notXlsx: {
    title: '不是 .xlsx 文件',
    text: (_: Record<string, never>) => '这不是 .xlsx 文件：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”后再试。',
  },
  fileUnreadable: {
    title: '无法读取文件',
    text: (p: { detail: string }) =>
      `无法读取这个 .xlsx 文件（${p.detail}）：文件可能已损坏，请在 Excel 中打开并另存后再试。`,
  },
  fileNotFound: { title: '找不到文件', text: (p: { path: string }) => `找不到文件${q(p.path)}：请检查路径和文件名。` },
  fileIsFolder: { title: '不是文件', text: (p: { path: string }) => `${q(p.path)}是文件夹，不是 .xlsx 文件。` },
  fileNoPermission: { title: '没有权限', text: (p: { path: string }) => `没有权限读取${q(p.path)}。` },
  fileNotRead: {
    title: '无法读取文件',
    text: (p: { path: string; detail: string }) => `无法读取${q(p.path)}：${p.detail}`,
  },
  outputExists: {
    title: '文件已存在',
    text: (p: { path: string }) => `文件${q(p.path)}已存在，为避免覆盖没有写入：请换一个文件名，或加 --force 覆盖。`,
  },
  outputIsInput: {
    title: '不能覆盖台账',
    text: (p: { path: string }) =>
      `输出文件${q(p.path)}就是要读取的台账（或指向它的链接），写入会覆盖台账本身：请换一个输出文件名。`,
  },
  outputUncheckable: {
    title: '无法写入',
    text: (p: { path: string; detail: string }) =>
      `无法确认${q(p.path)}是否已存在（${p.detail}），为避免覆盖没有写入：请检查路径和文件夹权限。`,
  },
  outputFolderMissing: {
    title: '文件夹不存在',
    text: (p: { path: string }) => `无法写入${q(p.path)}：所在文件夹不存在。`,
  },
  outputNotWritten: {
    title: '无法写入',
    text: (p: { path: string; detail: string }) => `无法写入${q(p.path)}：${p.detail}`,
  },

  // Writing a changed copy of the user's file (the package writer).
  cellOccupied: {
    title: '单元格已有内容',
    text: (p: { sheet: string; cell: string }) =>
      `「${p.sheet}」工作表 ${p.cell} 单元格已有内容（公式或数组公式），为免覆盖没有写入：请在 Excel 中清空或移走这个单元格后再试。`,
  },
  workbookNotPatched: {
    title: '无法写入更新后的台账',
    text: (p: { detail: string }) =>
      `无法在这个文件上写入改动（${p.detail}）：原文件没有改动；请在 Excel 中打开台账并另存为 .xlsx 后再试。`,
  },

  // The workbook as a ledger.
  missingSheet: {
    title: '这不是台账',
    text: (p: { sheet: string }) =>
      `工作簿中没有「${p.sheet}」工作表：这不是一份联谊交友台账，或该工作表被改名或删除了。`,
  },
  noHeader: {
    title: '这不是台账',
    text: (p: { sheet: string; headers: readonly string[] }) =>
      `「${p.sheet}」工作表中找不到表头行：第一行应是列名（${p.headers.join('、')} 等）。`,
  },
  missingColumns: {
    title: '这不是台账',
    text: (p: { sheet: string; headerRow: number; headers: readonly string[] }) =>
      `「${p.sheet}」工作表第 ${p.headerRow} 行的表头缺少必填列${p.headers.map((header) => `「${header}」`).join('、')}：请补上这一列（列名须一致）。`,
  },
  notLedger: {
    title: '这不是台账',
    text: (p: { reason: string; inPane: boolean }) => (p.inPane ? `${p.reason}${TO_LEDGER_VIEW}` : p.reason),
  },
  alreadyLedger: {
    title: '已有台账',
    text: (p: { sheets: readonly string[] }) =>
      `工作簿中已有台账工作表（${p.sheets.join('、')}）：新建台账需要空白工作簿；旧台账请用“升级台账”。`,
  },
  noHeaderRow: {
    title: '找不到表头行',
    text: (p: { sheet: string }) => `找不到「${p.sheet}」的表头行：请到「台账」页升级台账。`,
  },

  contactNotPlaced: {
    title: '联系记录没有写入',
    text: (p: { sheet: string; tried: readonly number[] }) =>
      `有人正在同时往「${p.sheet}」末尾添加行，这条联系记录试写的第 ${p.tried.join('、')} 行都被他人的记录占用，为不覆盖别人的记录没有写入（表单中的内容还在）：请稍候再提交，提交前先看「${p.sheet}」末尾是否已有这条记录，以免重复。`,
  },

  // What the user asked for.
  noSuchSemester: {
    title: '没有这个学期',
    text: (p: { semesterId: string; known: readonly string[] }) =>
      `「学期」工作表中没有学期编号${q(p.semesterId)}：可选的学期有 ${known(p.known)}。`,
  },
  noCurrentSemester: {
    title: '没有当前学期',
    text: (p: { today: string; known: readonly string[] }) =>
      `没有包含 ${p.today} 的学期：请在「学期」工作表中补充，或指定学期（现有：${known(p.known)}）。`,
  },
  unknownPairings: {
    title: '没有这些结对',
    text: (p: { ids: readonly string[] }) => `「结对关系」中没有可用的结对编号 ${p.ids.join('、')}：请核对编号。`,
  },
  unknownUnit: {
    title: '没有这个单位的结对',
    text: (p: { unit: string }) => `没有单位${q(p.unit)}的结对：请核对单位名称（见「单位」工作表）。`,
  },
  nothingToRender: {
    title: '没有需要填写的登记表',
    text: (p: { semester: string }) => `${p.semester}没有需要填写登记表的结对（结对须在本学期内有效）。`,
  },
  noPairingsSelected: {
    title: '所选行中没有结对',
    text: (_: Record<string, never>) =>
      '选中的行里没有结对：请在「结对关系」或「联系记录」中选中要生成登记表的行，再点“生成登记表”。',
  },
  selectionUnreadable: {
    title: '已改为全部结对',
    text: (_: Record<string, never>) =>
      '没能读取选中的行（选中的可能是图表或图形），已生成全部结对的登记表；只要部分结对时，请先选中「结对关系」或「联系记录」中的行再生成。',
  },
  selectionUnavailable: {
    title: '没有选中的行',
    text: (_: Record<string, never>) => '浏览器预览中没有选中的行：请选择“全部结对”，或按单位筛选。',
  },
  nothingToDownload: {
    title: '还没有可下载的文件',
    text: (p: { what: 'report' | 'forms' }) =>
      p.what === 'report' ? '还没有检查结果：请先点击“运行检查”。' : '还没有生成登记表：请先点击“生成登记表”。',
  },
  nothingToSave: {
    title: '没有需要保存的更改',
    text: (p: { opened: boolean }) =>
      p.opened
        ? '台账没有未保存的更改：你打开的文件已包含全部内容，不需要下载。'
        : '还没有台账：请先到「台账」页新建台账，或填入示例台账。',
  },
  cancelled: {
    title: '已取消',
    text: (p: { written: readonly string[]; replacedEarlier: boolean }) =>
      p.written.length === 0
        ? '已取消：没有生成登记表，工作簿没有改动。'
        : `已取消：已生成 ${p.written.length} 份登记表（${someSheets(p.written)}），其余未生成${p.replacedEarlier ? '；上次生成的登记表中，同名的已被替换，其余保留' : ''}。再次生成会替换这些工作表。`,
  },

  // Excel refusing or failing (Office.js error codes), and bugs.
  payloadTooLarge: {
    title: '内容太多，未能全部写入',
    text: (_: Record<string, never>) =>
      '数据量超过了 Excel 单次传输的上限（网页版 Excel 为 5 MB）：请按单位分批生成，或改用桌面版 Excel。',
  },
  cellEditMode: {
    title: 'Excel 正忙',
    text: (_: Record<string, never>) => 'Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再重试。',
  },
  busy: {
    title: 'Excel 正忙',
    text: (p: { detail: string }) => `Excel 暂时无法完成操作（${p.detail}），可能有人正在同时编辑：请稍候重试。`,
  },
  protectedWorkbook: {
    title: '工作簿受保护',
    text: (_: Record<string, never>) => '工作簿或工作表受保护，无法写入：请在“审阅”中撤销保护后重试。',
  },
  nameTaken: {
    title: '名称已被占用',
    text: (p: { detail: string }) => `工作簿中已有同名的工作表或表格（${p.detail}）：请改名或删除后重试。`,
  },
  notFound: {
    title: '找不到工作表',
    text: (p: { detail: string }) => `找不到要操作的工作表或区域（${p.detail}）：它可能刚被改名或删除，请重试。`,
  },
  excelError: {
    title: '出错了',
    text: (p: { code: string; detail: string }) =>
      `Excel 报告错误（${p.code ? `${p.code}：` : ''}${p.detail}）：请重试；如果仍然出错，请把这段文字告诉统战部。`,
  },
  unexpected: {
    title: '出错了',
    text: (p: { detail: string }) => `出现意外错误（${p.detail}）：请重试；如果仍然出错，请把这段文字告诉统战部。`,
  },
  ribbonUnexpected: {
    title: '覆盖检查没有完成',
    text: (p: { detail: string }) =>
      `出现意外错误（${p.detail}）。请打开「台账面板」再检查一次；仍不行时请联系统战部。`,
  },
} as const satisfies Record<string, { title: string; text: (params: never) => string }>;

function known(ids: readonly string[]): string {
  return ids.join('、') || '（无）';
}

type Catalog = typeof CATALOG;
/** What happened, in one word a program can branch on. */
export type FailureKind = keyof Catalog;
/** What a kind's sentence needs, checked at every `failure(kind, …)` call. */
export type FailureParams<K extends FailureKind> = Parameters<Catalog[K]['text']>[0];

/** A failure as every host shows it: its kind and the sentence that says what to do. */
export interface Failure<K extends FailureKind = FailureKind> {
  readonly kind: K;
  readonly message: string;
}

/** Builds a failure from its kind and parameters, worded from the catalog. */
export function failure<K extends FailureKind>(kind: K, params: FailureParams<K>): Failure<K> {
  return { kind, message: (CATALOG[kind].text as (p: FailureParams<K>) => string)(params) };
}

/** The same failure with a note on the sheets an interrupted write may have left half-written. */
export function withHalfWritten<K extends FailureKind>(found: Failure<K>, halfWritten: readonly string[]): Failure<K> {
  if (halfWritten.length === 0) return found;
  return {
    kind: found.kind,
    message: `${found.message}工作表${sheets(halfWritten)}可能只写入了一部分，请删除后重试。`,
  };
}

/** The short heading a pane shows above a failure's sentence. */
export const failureTitle = (kind: FailureKind): string => CATALOG[kind].title;

/** Whether a value is a failure (for code that receives failures and problem lists alike). */
export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { kind?: unknown }).kind === 'string' &&
  (value as { kind: string }).kind in CATALOG &&
  typeof (value as { message?: unknown }).message === 'string';

/** Anything thrown where a failure was expected (a bug, or a host failing unforeseen), said so the user can act. */
export const unexpectedFailure = (cause: unknown): Failure<'unexpected'> =>
  failure('unexpected', { detail: cause instanceof Error ? cause.message : String(cause) });
