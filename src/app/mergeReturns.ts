/**
 * 汇总: the files the units send back (their copies, other ledger-shaped workbooks, form CSVs)
 * merged into the ledger the port holds (SPEC §4 `merge`): the pure plan decides what is added,
 * skipped, conflicting or rejected, and the added rows are appended below their tables through
 * the port in one write. The command line then writes the user's file plus those rows through the
 * lossless writer; the pane (later) in one `Excel.run`, or the preview as unsaved changes.
 */
import { mergePlan, type MergePlan } from '../core/distribute/mergePlan';
import { type ReturnedFile, returnedTables, type ReturnedTables } from '../core/distribute/returnedFile';
import { hiddenFigureColumns } from '../core/distribute/unitCopy';
import type { Failure } from '../core/failures';
import { ok, type Result } from '../core/result';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

export type { ReturnedFile };

/** What the merge did, for the user: per file, conflicts and rejections (the appended rows are in the workbook). */
export type MergeOutcome = Omit<MergePlan, 'appends'>;

/**
 * Merges the returned files into the port's ledger; `ledgerFile` names the ledger in the places
 * reported. A file that cannot be merged at all fails the whole merge before anything is written.
 */
export async function mergeReturns(
  port: WorkbookPort,
  env: AppEnv,
  returned: readonly ReturnedFile[],
  ledgerFile: string,
): Promise<Result<MergeOutcome, Failure>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const shapes: ReturnedTables[] = [];
  for (const file of returned) {
    const shape = returnedTables(file);
    if (!shape.ok) return shape;
    shapes.push(shape.value);
  }
  const hidden = hiddenFigureColumns(read.value.ledger.settings);
  const { appends, ...outcome } = mergePlan(read.value.read.cells, shapes, {
    ledgerFile,
    today: env.clock.today(),
    hiddenFigureKeys: hidden.ok ? hidden.value.keys : [],
  });
  if (appends.length > 0) await port.appendRows(appends.map(({ def, rows }) => ({ def, rows })));
  return ok(outcome);
}
