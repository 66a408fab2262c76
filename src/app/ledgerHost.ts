/**
 * What the task pane can ask of the workbook it works on: a typed map of the use cases, bound to
 * one host's session. Inside Excel every call is one `Excel.run`; in the browser preview it works
 * on the opened file in memory. Components receive a host as a prop and never call Excel themselves.
 */
import type { CheckResult } from '../core/check/checkResult';
import type { Failure } from '../core/failures';
import type { Problem } from '../core/problems';
import { ok, type Result } from '../core/result';
import type { CellPlace } from '../workbook/port';
import { addContact, type ContactAdded, type ContactDraft } from './addContact';
import { checkLedger } from './checkLedger';
import { createLedger } from './createLedger';
import { type LedgerOverview, overviewOf } from './ledgerOverview';
import { type FormsOutcome, type FormsRequest, renderFormSheets } from './renderFormSheets';
import { remind, type RemindOutcome, type RemindRequest } from './remind';
import type { AppEnv, WorkbookSession } from './session';
import { type UpgradeOutcome, upgradeLedger } from './upgradeLedger';

export type {
  CellPlace,
  ContactAdded,
  ContactDraft,
  Failure,
  FormsOutcome,
  FormsRequest,
  LedgerOverview,
  RemindOutcome,
  RemindRequest,
  UpgradeOutcome,
};

/** A generated workbook to download (the preview). */
export interface Download {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What the preview can download: the last report, the last forms, or the ledger with the user's changes. */
export type DownloadKind = 'report' | 'forms' | 'ledger';

/** Preview only: what the user changed in the page's copy of the ledger and has not downloaded yet. */
export interface UnsavedState {
  /** How many changes (rows, columns, cells, sheets) are in no downloaded file yet; 0 when none. */
  readonly count: number;
  /** The name of the last updated ledger downloaded, once there is one. */
  readonly savedAs?: string;
  /** Whether the last report, or the last forms, were made from a ledger holding changes not downloaded yet. */
  readonly report: boolean;
  readonly forms: boolean;
}

/** Preview only: the unsaved state and a way to hear when it changes (React's useSyncExternalStore). */
export interface UnsavedChanges {
  /** The state now; the same object until something changes. */
  current(): UnsavedState;
  /** Calls `listener` after each change of the state; returns how to stop. */
  subscribe(listener: () => void): () => void;
}

/** The pane's contract with its host. */
export interface LedgerHost {
  readonly kind: 'excel' | 'preview';
  /** The lists the pane's pickers need; fails when the workbook is not (yet) a ledger. */
  overview(): Promise<Result<LedgerOverview, Failure>>;
  /** Runs the check and (re)writes the 覆盖检查 sheet. */
  check(request: { readonly semesterId?: string }): Promise<Result<CheckResult, Failure>>;
  /** Renders 登记表 sheets, replacing the ones rendered before; reports progress, stops when aborted. */
  renderForms(
    request: FormsRequest,
    progress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<Result<FormsOutcome, Failure>>;
  /**
   * 催办单: checks the semester and writes one sheet per unit with something to chase, replacing the
   * 催办单 written before; nothing is written when nothing is to be chased. In the preview the sheets
   * are changes of the ledger, downloaded with it.
   */
  remind(request: RemindRequest): Promise<Result<RemindOutcome, Failure>>;
  /** Validates a contact and, when it holds, appends it below the 联系记录 table. */
  addContact(draft: ContactDraft): Promise<Result<ContactAdded, Failure | readonly Problem[]>>;
  /** Creates the ledger sheets in a blank workbook (with the fictional sample when asked). */
  createLedger(options: { readonly sample: boolean }): Promise<Result<void, Failure>>;
  /** Adds what an older ledger lacks (sheets, columns, 设置 keys) without touching a cell it has. */
  upgradeLedger(): Promise<Result<UpgradeOutcome, Failure>>;
  /** Selects a cell in the workbook (a click on a problem). */
  selectCell(place: CellPlace): Promise<Result<void, Failure>>;
  /**
   * Preview only: the last check's report or the last forms as a new .xlsx, or the opened ledger
   * with the user's changes (填报, 新建, 升级) under a new name; the ledger's changes then count as saved.
   */
  download?(what: DownloadKind): Promise<Result<Download, Failure>>;
  /** Preview only: the changes not downloaded yet, which the pane shows and asks about before they are lost. */
  readonly unsaved?: UnsavedChanges;
}

/** The use cases bound to a host's session: each call is one session. */
export function createLedgerHost(kind: LedgerHost['kind'], session: WorkbookSession, env: AppEnv): LedgerHost {
  return {
    kind,
    overview: () => session((port) => overviewOf(port, env)),
    check: (request) => session((port) => checkLedger(port, env, request)),
    renderForms: (request, progress, signal) =>
      session((port) => renderFormSheets(port, env, request, progress, signal)),
    remind: (request) => session((port) => remind(port, env, request)),
    addContact: (draft) => session((port) => addContact(port, env, draft)),
    createLedger: (options) => session((port) => createLedger(port, env, options)),
    upgradeLedger: () => session((port) => upgradeLedger(port, env)),
    selectCell: (place) =>
      session(async (port) => {
        await port.selectCell(place);
        return ok(undefined);
      }),
  };
}
