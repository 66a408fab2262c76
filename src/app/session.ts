/**
 * How a use case meets its host. A session runs one user action against one workbook: inside
 * Excel one `Excel.run` (so an action's reads and writes share a batch); in the browser preview and
 * the command line the opened file's cells in memory. Whatever the host throws comes back as a
 * `Failure`, so a use case only deals with results.
 */
import type { Failure } from '../core/failures';
import type { Result } from '../core/result';
import type { WorkbookPort } from '../workbook/port';
import type { Clock } from './clock';

/** Runs one action against the workbook. */
export type WorkbookSession = <T, E>(
  work: (port: WorkbookPort) => Promise<Result<T, E>>,
) => Promise<Result<T, E | Failure>>;

/** What the use cases need to know of the host they run in. */
export interface AppEnv {
  readonly clock: Clock;
  /** A task pane (Excel or the preview) can send the user to its 台账 view; the command line cannot. */
  readonly inPane: boolean;
  /** The ledger's file name or path as seen from a separate report file: its links then open it. */
  readonly ledgerFile?: string;
}
