import type { HostError } from '../../taskpane/ledgerHost';

/**
 * Office.js failures as the pane shows them: what happened and what to do, in Chinese. The error's
 * `code` is read structurally (an `OfficeExtension.Error` has `code`, `message` and `debugInfo`), so
 * this works without the Office globals and with the tests' fake.
 */
interface OfficeErrorShape {
  readonly code: string;
  readonly message: string;
}

const isOfficeError = (cause: unknown): cause is OfficeErrorShape =>
  typeof cause === 'object' && cause !== null && typeof (cause as { code?: unknown }).code === 'string' && typeof (cause as { message?: unknown }).message === 'string';

/** A write that failed part-way: the sheets that may hold only part of what was meant for them. */
export class PartialWriteError extends Error {
  constructor(
    readonly failure: unknown,
    readonly halfWritten: readonly string[],
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = 'PartialWriteError';
  }
}

export const officeErrorCode = (cause: unknown): string | undefined => (isOfficeError(cause) ? cause.code : undefined);

const quoted = (sheets: readonly string[]): string => sheets.map((sheet) => `「${sheet}」`).join('');

function describe(code: string | undefined, detail: string): Pick<HostError, 'kind' | 'message'> {
  switch (code) {
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return { kind: 'payloadTooLarge', message: '数据量超过了 Excel 单次传输的上限（网页版 Excel 为 5 MB）：请按单位分批生成，或改用桌面版 Excel。' };
    case 'InvalidOperationInCellEditMode':
      return { kind: 'busy', message: 'Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再重试。' };
    case 'Conflict':
    case 'ActivityLimitReached':
    case 'EditModeCannotAcquireLock':
    case 'RequestAborted':
      return { kind: 'busy', message: `Excel 暂时无法完成操作（${detail}），可能有人正在同时编辑：请稍候重试。` };
    case 'AccessDenied':
      return { kind: 'unexpected', message: '工作簿或工作表受保护，无法写入：请在“审阅”中撤销保护后重试。' };
    case 'ItemAlreadyExists':
      return { kind: 'unexpected', message: `工作簿中已有同名的工作表或表格（${detail}）：请改名或删除后重试。` };
    case 'ItemNotFound':
      return { kind: 'unexpected', message: `找不到要操作的工作表或区域（${detail}）：它可能刚被改名或删除，请重试。` };
    default:
      return { kind: 'unexpected', message: `Excel 报告错误（${code ? `${code}：` : ''}${detail}）：请重试；如果仍然出错，请把这段文字告诉统战部。` };
  }
}

/**
 * Any failure of an Excel.run as a HostError. A `PartialWriteError` names the sheets that may be
 * half-written, so the user knows which to delete before trying again.
 */
export function hostErrorFrom(cause: unknown): HostError {
  const inner = cause instanceof PartialWriteError ? cause.failure : cause;
  const detail = inner instanceof Error || isOfficeError(inner) ? inner.message : String(inner);
  const described = describe(officeErrorCode(inner), detail);
  const halfWritten = cause instanceof PartialWriteError ? cause.halfWritten : [];
  if (halfWritten.length === 0) return described;
  return { kind: described.kind, message: `${described.message}工作表${quoted(halfWritten)}可能只写入了一部分，请删除后重试。` };
}
