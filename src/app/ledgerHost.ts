/**
 * What the task pane can ask of the workbook it works on: a typed map of the use cases, bound to
 * one host's session. Inside Excel every call is one `Excel.run`; in the browser preview it works
 * on the opened file in memory. Components receive a host as a prop and never call Excel themselves.
 */
import type { CheckResult } from '../core/check/checkResult';
import type { Failure } from '../core/failures';
import type { Problem } from '../core/problems';
import type { ReviewResult } from '../core/review/reviewResult';
import { ok, type Result } from '../core/result';
import type { CellPlace } from '../workbook/port';
import { addContact, type ContactAdded, type ContactDraft } from './addContact';
import { checkLedger } from './checkLedger';
import { createLedger } from './createLedger';
import type { Distribution } from './distributeLedger';
import type { HandoverOutcome, HandoverPreview, HandoverRequest, PairingChoice } from './handover';
import type { LoadHostFiles, PickedFile } from './hostFiles';
import { type LedgerOverview, overviewOf } from './ledgerOverview';
import { type FormsOutcome, type FormsRequest, renderFormSheets } from './renderFormSheets';
import type { MergeOutcome } from './mergeReturns';
import { remind, type RemindOutcome, type RemindRequest } from './remind';
import type { AppEnv, WorkbookSession } from './session';
import type { SplitRequest } from './splitLedger';
import { type UpgradeOutcome, upgradeLedger } from './upgradeLedger';
import type { WorkflowActions } from './workflowActions';

export type {
  CellPlace,
  ContactAdded,
  ContactDraft,
  Distribution,
  Failure,
  FormsOutcome,
  FormsRequest,
  HandoverOutcome,
  HandoverPreview,
  HandoverRequest,
  LedgerOverview,
  MergeOutcome,
  PairingChoice,
  PickedFile,
  RemindOutcome,
  RemindRequest,
  ReviewResult,
  SplitRequest,
  UpgradeOutcome,
};

/** Progress of long work: how many of all are done. */
export type Progress = (done: number, total: number) => void;

/** A generated workbook to download (the preview). */
export interface Download {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What the preview can download: the last report, the last forms, or the ledger with the user's changes. */
export type DownloadKind = 'report' | 'forms' | 'review' | 'ledger';

/** Preview only: what the user changed in the page's copy of the ledger and has not downloaded yet. */
export interface UnsavedState {
  /** How many changes (rows, columns, cells, sheets) are in no downloaded file yet; 0 when none. */
  readonly count: number;
  /** The name of the last updated ledger downloaded, once there is one. */
  readonly savedAs?: string;
  /** Whether the last report, or the last forms, were made from a ledger holding changes not downloaded yet. */
  readonly report: boolean;
  readonly forms: boolean;
  readonly review: boolean;
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
  /**
   * 年度考核 of an academic year as of today: the table, and the 年度考核 and 意见办理统计 sheets
   * written into the workbook (replacing earlier ones); in the preview they are a download of their own.
   */
  review(request: { readonly year: string }): Promise<Result<ReviewResult, Failure>>;
  /** Validates a contact and, when it holds, appends it below the 联系记录 table. */
  addContact(draft: ContactDraft): Promise<Result<ContactAdded, Failure | readonly Problem[]>>;
  /** Creates the ledger sheets in a blank workbook (with the fictional sample when asked). */
  createLedger(options: { readonly sample: boolean }): Promise<Result<void, Failure>>;
  /** Adds what an older ledger lacks (sheets, columns, 设置 keys) without touching a cell it has. */
  upgradeLedger(): Promise<Result<UpgradeOutcome, Failure>>;
  /** Selects a cell in the workbook (a click on a problem). */
  selectCell(place: CellPlace): Promise<Result<void, Failure>>;
  /** 分发: each unit's copy as a new workbook, all in one .zip to download; the workbook is only read. */
  distribute(request: SplitRequest, progress: Progress, signal: AbortSignal): Promise<Result<Distribution, Failure>>;
  /** 汇总, first look: what merging the returned files would add, skip, find conflicting or reject; writes nothing. */
  previewMerge(
    files: readonly PickedFile[],
    progress: Progress,
    signal: AbortSignal,
  ): Promise<Result<MergeOutcome, Failure>>;
  /** 汇总: merges the returned files into the ledger (in Excel, one Excel.run); nothing is written once cancelled. */
  merge(files: readonly PickedFile[], progress: Progress, signal: AbortSignal): Promise<Result<MergeOutcome, Failure>>;
  /** 交接, first look: the pairings that end, each with who may take it over, and the cells it would set. */
  previewHandover(request: HandoverRequest): Promise<Result<HandoverPreview, Failure>>;
  /** 交接: writes the handover and the 交接单 sheet (then shown); nothing is written once cancelled. */
  handOver(request: HandoverRequest, signal: AbortSignal): Promise<Result<HandoverOutcome, Failure>>;
  /**
   * Preview only: the last check's report or the last forms as a new .xlsx, or the opened ledger
   * with the user's changes (填报, 新建, 升级, 汇总, 交接) under a new name; the ledger's changes then count as saved.
   */
  download?(what: DownloadKind): Promise<Result<Download, Failure>>;
  /** Preview only: the changes not downloaded yet, which the pane shows and asks about before they are lost. */
  readonly unsaved?: UnsavedChanges;
}

/**
 * The use cases bound to a host's session: each call is one session. 分发, 汇总 and 交接 (and the
 * file operations they need, `loadFiles`) are loaded when first used.
 */
export function createLedgerHost(
  kind: LedgerHost['kind'],
  session: WorkbookSession,
  env: AppEnv,
  loadFiles: LoadHostFiles,
): LedgerHost {
  let loaded: Promise<WorkflowActions> | undefined;
  const workflows = (): Promise<WorkflowActions> =>
    (loaded ??= import(/* webpackChunkName: "workflows" */ './workflowActions').then((module) =>
      module.workflowActions(session, env, loadFiles),
    ));
  return {
    kind,
    overview: () => session((port) => overviewOf(port, env)),
    check: (request) => session((port) => checkLedger(port, env, request)),
    renderForms: (request, progress, signal) =>
      session((port) => renderFormSheets(port, env, request, progress, signal)),
    remind: (request) => session((port) => remind(port, env, request)),
    // The 考核 is loaded when first asked for: it is not part of the pane's first load.
    review: (request) =>
      session(async (port) => {
        const { reviewLedger } = await import(/* webpackChunkName: "review" */ './reviewLedger');
        return reviewLedger(port, env, { year: request.year, sheets: true });
      }),
    addContact: (draft) => session((port) => addContact(port, env, draft)),
    createLedger: (options) => session((port) => createLedger(port, env, options)),
    upgradeLedger: () => session((port) => upgradeLedger(port, env)),
    selectCell: (place) =>
      session(async (port) => {
        await port.selectCell(place);
        return ok(undefined);
      }),
    distribute: async (...args) => (await workflows()).distribute(...args),
    previewMerge: async (...args) => (await workflows()).previewMerge(...args),
    merge: async (...args) => (await workflows()).merge(...args),
    previewHandover: async (request) => (await workflows()).previewHandover(request),
    handOver: async (...args) => (await workflows()).handOver(...args),
  };
}
