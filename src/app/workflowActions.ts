/**
 * The 台账 view's three workflows — 分发, 汇总, 交接 — bound to a host's session, as LedgerHost
 * methods. The pane loads this module (and the use cases with it) only when one of them is first
 * used, so opening the pane does not fetch them. Files the user picked are read before the
 * session, so Excel is not held while they are parsed; each action is then one session.
 */
import type { ReturnedFile } from '../core/distribute/returnedFile';
import { failure, type Failure } from '../core/failures';
import { err, ok, type Result } from '../core/result';
import { distributeLedger } from './distributeLedger';
import { handOver, previewHandover } from './handover';
import type { HostFiles, LoadHostFiles, PickedFile } from './hostFiles';
import type { LedgerHost } from './ledgerHost';
import { mergeReturns } from './mergeReturns';
import type { AppEnv, WorkbookSession } from './session';
import { splitLedger } from './splitLedger';

/** The workflow methods of LedgerHost. */
export type WorkflowActions = Pick<
  LedgerHost,
  'distribute' | 'previewMerge' | 'merge' | 'previewHandover' | 'handOver'
>;

/** Where the ledger is, in the places a merge reports: the opened file's name, or this workbook. */
const THIS_WORKBOOK = '本工作簿';

/** Reads the picked files, reporting progress per file; stops between two when cancelled. */
async function readPicked(
  files: HostFiles,
  picked: readonly PickedFile[],
  progress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Result<ReturnedFile[], Failure>> {
  const read: ReturnedFile[] = [];
  progress(0, picked.length);
  for (const file of picked) {
    if (signal.aborted) return err(failure('cancelledBeforeWriting', { action: 'merge' }));
    const returned = await files.readReturned(file);
    if (!returned.ok) return returned;
    read.push(returned.value);
    progress(read.length, picked.length);
  }
  return ok(read);
}

/** The workflows on one host's session and file operations. */
export function workflowActions(session: WorkbookSession, env: AppEnv, loadFiles: LoadHostFiles): WorkflowActions {
  const ledgerFile = env.ledgerFile ?? THIS_WORKBOOK;
  const merging =
    (write: boolean): WorkflowActions['merge'] =>
    async (picked, progress, signal) => {
      const returned = await readPicked(await loadFiles(), picked, progress, signal);
      if (!returned.ok) return returned;
      if (signal.aborted) return err(failure('cancelledBeforeWriting', { action: 'merge' }));
      return session((port) => mergeReturns(port, env, returned.value, ledgerFile, { write, signal }));
    };
  return {
    async distribute(request, progress, signal) {
      const files = await loadFiles();
      const split = await session((port) => splitLedger(port, env, request));
      if (!split.ok) return split;
      return distributeLedger(split.value, files, env.clock.today(), { progress, signal });
    },
    previewMerge: merging(false),
    merge: merging(true),
    previewHandover: (request) => session((port) => previewHandover(port, env, request)),
    handOver: (request, signal) => session((port) => handOver(port, env, request, signal)),
  };
}
