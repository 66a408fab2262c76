import type { CheckResult } from '../core/check/checkResult';
import type { ContactDraft } from '../core/entry/contactEntry';
import type { LedgerOverview } from '../core/entry/ledgerOverview';
import type { Problem } from '../core/problems';
import type { Result } from '../core/result';

export type { ContactDraft, LedgerOverview };

/**
 * What the task pane can ask of the workbook it works on. Two implementations: inside Excel
 * (Office.js, `src/workbook/office`) and the browser preview (an .xlsx file the user opened, read
 * and written with exceljs). Components receive a host as a prop and never call Excel themselves.
 */
export interface LedgerHost {
  readonly kind: 'excel' | 'preview';
  /** The lists the pane's pickers need; fails when the workbook is not (yet) a ledger. */
  overview(): Promise<Result<LedgerOverview, HostError>>;
  /** Runs the check; inside Excel it also (re)writes the 覆盖检查 sheet. */
  check(request: CheckRequest): Promise<Result<CheckResult, HostError>>;
  /** Renders 登记表 sheets, replacing the ones rendered before; reports progress, stops when aborted. */
  renderForms(request: FormsRequest, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<Result<FormsOutcome, HostError>>;
  /** Validates a contact and, when it holds, appends it below the 联系记录 table. */
  addContact(draft: ContactDraft): Promise<Result<{ readonly row: number }, HostError | readonly Problem[]>>;
  /** Creates the ledger sheets in a blank workbook (with the fictional sample when asked). */
  createLedger(options: { readonly sample: boolean }): Promise<Result<void, HostError>>;
  /** Adds what an older ledger lacks (sheets, columns, 设置 keys) without touching a cell it has. */
  upgradeLedger(): Promise<Result<UpgradeOutcome, HostError>>;
  /** Selects a cell in the workbook (a click on a problem). */
  selectCell(place: { readonly sheet: string; readonly cell: string }): Promise<Result<void, HostError>>;
  /** Preview only: the last check's report or the last forms as a new .xlsx to download. */
  download?(what: 'report' | 'forms'): Promise<Result<{ readonly fileName: string; readonly bytes: Uint8Array }, HostError>>;
}

export interface HostError {
  /** A Chinese sentence that says what to do, and which sheet to look at if anything was half-written. */
  readonly message: string;
  readonly kind: 'notLedger' | 'payloadTooLarge' | 'busy' | 'cancelled' | 'unexpected';
}

export interface CheckRequest {
  readonly semesterId?: string;
}

export interface FormsRequest {
  readonly semesterId: string;
  readonly unit?: string;
  /** 'selection': the pairings named on the rows the user has selected (结对关系 or 联系记录 rows). */
  readonly pairings: 'all' | 'selection' | readonly string[];
}

export interface FormsOutcome {
  readonly sheetNames: readonly string[];
}

export interface UpgradeOutcome {
  readonly addedSheets: readonly string[];
  readonly addedColumns: ReadonlyArray<{ readonly sheet: string; readonly header: string }>;
  readonly addedSettings: readonly string[];
}
