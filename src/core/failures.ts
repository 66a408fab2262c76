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
  fileNotRegular: {
    title: '不是文件',
    text: (p: { path: string }) =>
      `${q(p.path)}不是普通文件（是管道、设备或套接字），没有读取：请指定一个 .xlsx 台账文件。`,
  },
  fileNoPermission: { title: '没有权限', text: (p: { path: string }) => `没有权限读取${q(p.path)}。` },
  fileTooLarge: {
    title: '文件太大',
    text: (p: { path: string }) => `${q(p.path)}太大（超过 2 GB），不是台账文件：请检查选择的文件。`,
  },
  fileNotRead: {
    title: '无法读取文件',
    text: (p: { path: string; code: string | undefined }) => `无法读取${q(p.path)}：${systemReason(p.code)}。`,
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
  outputIsFolder: {
    title: '输出位置是文件夹',
    text: (p: { path: string }) => `输出文件${q(p.path)}是一个文件夹，没有写入：请写一个 .xlsx 文件名。`,
  },
  outputNotRegular: {
    title: '不能写入',
    text: (p: { path: string }) =>
      `输出文件${q(p.path)}不是普通文件（是管道、设备或套接字），没有写入：请换一个文件名。`,
  },
  outputUncheckable: {
    title: '无法写入',
    text: (p: { path: string; code: string | undefined }) =>
      `无法确认${q(p.path)}是否已存在（${systemReason(p.code)}），为避免覆盖没有写入：请检查路径和文件夹权限。`,
  },
  outputFolderMissing: {
    title: '文件夹不存在',
    text: (p: { path: string; folder: string }) => `无法写入${q(p.path)}：没有文件夹${q(p.folder)}。`,
  },
  outputNoPermission: {
    title: '没有权限',
    text: (p: { path: string; folder: string }) =>
      `没有权限在文件夹${q(p.folder)}中写入，${q(p.path)}没有写入：请换一个文件夹，或检查文件夹的权限。`,
  },
  outputDiskFull: {
    title: '磁盘已满',
    text: (p: { path: string }) => `磁盘空间不足，${q(p.path)}没有写入：请清理磁盘或换一个位置后重试。`,
  },
  outputNotWritten: {
    title: '无法写入',
    text: (p: { path: string; code: string | undefined }) =>
      `无法写入${q(p.path)}：${systemReason(p.code)}，没有留下不完整的文件。`,
  },
  stdoutNotWritten: {
    title: '无法输出',
    text: (p: { code: string | undefined }) =>
      `无法输出结果：${systemReason(p.code)}。请检查输出重定向到的文件或磁盘。`,
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
    text: (p: { semesterId: string; known: readonly string[]; trouble?: string }) =>
      p.trouble === undefined
        ? `「学期」工作表中没有学期编号${q(p.semesterId)}：可选的学期有 ${known(p.known)}。`
        : `「学期」工作表中没有可用的学期编号${q(p.semesterId)}（可选的学期有 ${known(p.known)}），该表有错误的行不能选用：${p.trouble}`,
  },
  noCurrentSemester: {
    title: '没有当前学期',
    text: (p: { today: string; known: readonly string[]; trouble?: string }) =>
      p.trouble === undefined
        ? `没有包含 ${p.today} 的学期：请在「学期」工作表中补充，或指定学期（现有：${known(p.known)}）。`
        : `没有包含 ${p.today} 的可用学期（现有：${known(p.known)}），「学期」工作表有错误的行不能选用：${p.trouble}`,
  },
  reviewYearInvalid: {
    title: '学年写法不对',
    text: (p: { year: string }) => `学年${q(p.year)}写法不对：请写成 2026-2027 这样相连的两个年份。`,
  },
  reviewNoSemesters: {
    title: '没有这个学年的学期',
    text: (p: { year: string; years: readonly string[] }) =>
      `「学期」工作表中没有 ${p.year} 学年的学期（学期编号以 ${p.year}- 开头）：台账中有的学年是 ${known(p.years)}。`,
  },
  reviewNotBegun: {
    title: '学年还没有开始',
    text: (p: { year: string; start: string; today: string }) =>
      `${p.year} 学年从 ${p.start} 开始，到 ${p.today} 还没有开始，没有可考核的内容：请在学年开始后再考核，或换一个学年。`,
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
    text: (p: { what: 'report' | 'forms' | 'review' }) =>
      p.what === 'report'
        ? '还没有检查结果：请先点击“运行检查”。'
        : p.what === 'forms'
          ? '还没有生成登记表：请先点击“生成登记表”。'
          : '还没有考核结果：请先点击“开始考核”。',
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

  // 交接 (handover): who leaves, who takes over, from when.
  handoverPersonUnknown: {
    title: '找不到这个人',
    text: (p: { sheet: string; who: string }) =>
      `「${p.sheet}」中没有编号或姓名为${q(p.who)}的人：请核对编号或姓名（见「${p.sheet}」工作表）。`,
  },
  handoverNameAmbiguous: {
    title: '姓名重复',
    text: (p: { sheet: string; name: string; ids: readonly string[] }) =>
      `「${p.sheet}」中有 ${p.ids.length} 人姓名为${q(p.name)}（编号 ${p.ids.join('、')}）：请改用编号指定。`,
  },
  handoverAlreadyLeft: {
    title: '干部已离任',
    text: (p: { name: string; leftOn: string; on: string }) =>
      `干部${q(p.name)}已于 ${p.leftOn} 离任，早于交接日期 ${p.on}：请把交接日期改为 ${p.leftOn} 或更早。`,
  },
  handoverSuccessorIsLeaver: {
    title: '接任干部有误',
    text: (p: { name: string }) => `接任干部不能是离任干部本人（${q(p.name)}）：请另选一位干部。`,
  },
  handoverSuccessorNotServing: {
    title: '接任干部已离任',
    text: (p: { name: string }) => `接任干部${q(p.name)}的状态是离任：请另选一位在任的干部。`,
  },
  handoverLevelMismatch: {
    title: '层级不一致',
    text: (p: { successor: string; successorLevel: string; pairing: string; level: string }) =>
      `接任干部${q(p.successor)}是${p.successorLevel}干部，结对 ${p.pairing} 是${p.level}结对：接任干部须与结对层级相同，请另选一位${p.level}干部。`,
  },
  handoverAlreadyPaired: {
    title: '已有结对',
    text: (p: { successor: string; figure: string; pairing: string }) =>
      `接任干部${q(p.successor)}已与${q(p.figure)}结对（结对 ${p.pairing}）：请另选一位干部，或只结束这个结对。`,
  },
  handoverBeforeStart: {
    title: '交接日期早于结对',
    text: (p: { on: string; pairing: string; start: string }) =>
      `交接日期 ${p.on} 早于结对 ${p.pairing} 的开始日期 ${p.start}：请核对交接日期。`,
  },
  handoverContactsAfter: {
    title: '交接日期之后还有联系记录',
    text: (p: { on: string; pairing: string; row: number; date: string }) =>
      `结对 ${p.pairing} 在交接日期 ${p.on} 之后还有联系记录（「联系记录」第 ${p.row} 行，${p.date}），交接后这条记录将不再计入：请核对交接日期或这条记录。`,
  },
  handoverColumnMissing: {
    title: '缺少列',
    text: (p: { sheet: string; header: string }) =>
      `「${p.sheet}」工作表缺少「${p.header}」列，交接无法写入：请补上这一列（列名须一致）后再试。`,
  },

  // 分发 and 汇总 (lianyi split / merge).
  splitUnknownUnit: {
    title: '没有这个单位',
    text: (p: { unit: string; known: readonly string[] }) =>
      `台账中没有单位${q(p.unit)}：可选的单位有 ${known(p.known)}（见「单位」工作表与「结对关系」的所属单位）。`,
  },
  splitFileNameClash: {
    title: '单位的文件名重复',
    text: (p: { units: readonly [string, string]; fileName: string }) =>
      `单位${q(p.units[0])}和${q(p.units[1])}的分发文件都会叫${q(p.fileName)}（文件名中不能有 / \\ : * ? " < > |，也不区分大小写）：请在「单位」工作表中把其中一个改名后再分发。`,
  },
  splitHidesRequired: {
    title: '不能隐去必填列',
    text: (p: { headers: readonly string[] }) =>
      `「设置」的“分发隐去列”中有必填列${p.headers.map((header) => `「${header}」`).join('、')}：隐去后各单位的台账无法读取，请从“分发隐去列”中删去。`,
  },
  nothingToSplit: {
    title: '没有可分发的单位',
    text: (_: Record<string, never>) =>
      '台账中没有任何单位有结对或人员：请先填写「单位」「结对关系」和「党外代表人士」。',
  },
  outputDirNotFolder: {
    title: '不是文件夹',
    text: (p: { path: string }) => `${q(p.path)}已存在，但不是文件夹：请用 --out-dir 指定一个文件夹。`,
  },
  returnedNotLedger: {
    title: '不是台账或联系记录',
    text: (p: { file: string }) =>
      `${q(p.file)}中没有「领导干部」「党外代表人士」「结对关系」「联系记录」「意见办理」中的任何一张表（按列名查找）：请交回分发的台账，或联系记录表。`,
  },
  returnedMissingColumns: {
    title: '缺少必填列',
    text: (p: { file: string; sheet: string; headerRow: number; headers: readonly string[] }) =>
      `${q(p.file)}${p.sheet === '' ? '' : `「${p.sheet}」`}第 ${p.headerRow} 行的表头缺少${p.headers.map((header) => `「${header}」`).join('、')}列：请补上这些列（列名须与台账一致）再汇总。`,
  },
  returnedNoPairingColumns: {
    title: '缺少结对列',
    text: (p: { file: string; sheet: string }) =>
      `${q(p.file)}${p.sheet === '' ? '' : `「${p.sheet}」`}既没有「结对编号」列，也没有「干部姓名」和「人士姓名」两列，联系记录无法对应到结对：请补上其中一种再汇总。`,
  },
  csvEncoding: {
    title: '无法识别文字编码',
    text: (p: { tried: readonly string[] }) =>
      `无法识别这个 CSV 文件的文字编码（已尝试 ${p.tried.join('、')}）：请在表单平台或 Excel 中另存为“CSV UTF-8”后再试。`,
  },
  csvUnclosedQuote: {
    title: 'CSV 格式有误',
    text: (p: { record: number }) =>
      `CSV 第 ${p.record} 行的引号没有闭合，无法确定各列的内容：请在 Excel 或 WPS 中打开核对后另存为 CSV 再试。`,
  },
  csvNoHeader: {
    title: '找不到表头',
    text: (p: { file: string; encoding: string; headers: readonly string[] }) =>
      `按 ${p.encoding} 编码读取${q(p.file)}，找不到联系记录的表头行（应有 ${p.headers.join('、')} 等列）：请确认表单的题目名称与「联系记录」的列名一致。`,
  },
  cancelledBeforeWriting: {
    title: '已取消',
    text: (p: { action: 'distribute' | 'merge' | 'handover' }) =>
      p.action === 'distribute'
        ? '已取消：没有生成各单位的台账，也没有下载任何文件。'
        : `已取消：没有${p.action === 'merge' ? '汇总' : '办理交接'}，台账没有改动。`,
  },
  mergeRowsUnplaced: {
    title: '有几行没有汇总进去',
    text: (p: { rows: readonly string[] }) =>
      `汇总时有人同时在台账中写入，${p.rows.length} 行被他人的行占用，没有汇总进去（${p.rows.slice(0, 5).join('、')}${p.rows.length > 5 ? ' 等' : ''}）；他人的内容已原样保留。请再汇总一次同样的文件：已汇总的行会跳过，只补上这些行。`,
  },
  returnedTwice: {
    title: '文件重复',
    text: (p: { path: string }) => `${q(p.path)}给了两次：每个交回的文件只汇总一次，请删去重复的一个。`,
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

/** What the operating system said (an error code such as ENOSPC), in words; never Node's English message. */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  EACCES: '没有权限',
  EPERM: '没有权限',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出了磁盘配额',
  EROFS: '磁盘是只读的',
  EIO: '读写磁盘时出错',
  ELOOP: '符号链接形成了循环',
  ENAMETOOLONG: '文件名或路径太长',
  EMFILE: '同时打开的文件太多',
  ENFILE: '同时打开的文件太多',
  EBUSY: '文件正被其他程序占用',
  ETXTBSY: '文件正被其他程序占用',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一段不是文件夹',
  ENOENT: '文件或文件夹不存在',
  EXDEV: '不能跨磁盘移动文件',
  EINVAL: '文件名中有系统不接受的字符',
  EFBIG: '文件太大',
  ERR_FS_FILE_TOO_LARGE: '文件太大',
  EAGAIN: '暂时无法访问',
  EPIPE: '接收输出的程序已经关闭',
  ECONNRESET: '连接被断开',
};

/** An error code in words: known ones in Chinese, any other as the code itself. */
export const systemReason = (code: string | undefined): string =>
  code === undefined ? '原因不明' : (SYSTEM_REASONS[code] ?? `系统错误 ${code}`);

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
