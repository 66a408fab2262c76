/**
 * Office.js failures as the pane shows them: what happened and what to do, worded by the failure
 * catalog. The error's `code` is read structurally (an `OfficeExtension.Error` has `code`, `message`
 * and `debugInfo`), so this works without the Office globals and with the tests' fake.
 */
import { type Failure, failure, withHalfWritten } from '../../core/failures';

interface OfficeErrorShape {
  readonly code: string;
  readonly message: string;
}

const isOfficeError = (cause: unknown): cause is OfficeErrorShape =>
  typeof cause === 'object' &&
  cause !== null &&
  typeof (cause as { code?: unknown }).code === 'string' &&
  typeof (cause as { message?: unknown }).message === 'string';

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

/** An Office.js error's `code` (e.g. 'ItemNotFound'), or undefined for anything else thrown. */
export const officeErrorCode = (cause: unknown): string | undefined => (isOfficeError(cause) ? cause.code : undefined);

/** An Office.js error code as the failure the user reads. */
function describe(code: string | undefined, detail: string): Failure {
  switch (code) {
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return failure('payloadTooLarge', {});
    case 'InvalidOperationInCellEditMode':
      return failure('cellEditMode', {});
    case 'Conflict':
    case 'ActivityLimitReached':
    case 'EditModeCannotAcquireLock':
    case 'RequestAborted':
      return failure('busy', { detail });
    case 'AccessDenied':
      return failure('protectedWorkbook', {});
    case 'ItemAlreadyExists':
      return failure('nameTaken', { detail });
    case 'ItemNotFound':
      return failure('notFound', { detail });
    default:
      return code === undefined ? failure('unexpected', { detail }) : failure('excelError', { code, detail });
  }
}

/**
 * Any failure of an Excel.run as a Failure. A `PartialWriteError` names the sheets that may be
 * half-written, so the user knows which to delete before trying again.
 */
export function failureFrom(cause: unknown): Failure {
  const inner = cause instanceof PartialWriteError ? cause.failure : cause;
  const detail = inner instanceof Error || isOfficeError(inner) ? inner.message : String(inner);
  const described = describe(officeErrorCode(inner), detail);
  return withHalfWritten(described, cause instanceof PartialWriteError ? cause.halfWritten : []);
}
