/**
 * 汇总: the files the units send back (their copies, other ledger-shaped workbooks, form CSVs)
 * merged into the ledger the port holds (SPEC §4 `merge`): the pure plan decides what is added,
 * skipped, conflicting or rejected, and the added rows are appended below their tables through
 * the port in one write. The command line then writes the user's file plus those rows through the
 * lossless writer; the pane previews the plan first (nothing written), then applies it in one
 * `Excel.run`, or in the browser preview as unsaved changes.
 */
import { idKeyOf } from '../core/distribute/mergeMatch';
import { mergePlan, type MergePlan } from '../core/distribute/mergePlan';
import { type ReturnedFile, returnedTables, type ReturnedTables } from '../core/distribute/returnedFile';
import { hiddenFigureColumns } from '../core/distribute/unitCopy';
import { failure, type Failure } from '../core/failures';
import { matchKey } from '../core/cellText';
import { err, ok, type Result } from '../core/result';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

export type { ReturnedFile };

/** A row the plan added that did not land (another writer took its place in a shared workbook). */
export interface UnplacedRow {
  readonly sheet: string;
  readonly id: string;
}

/** What the merge did, for the user: per file, conflicts and rejections (the appended rows are in the workbook). */
export interface MergeOutcome extends Omit<MergePlan, 'appends'> {
  /** Inside Excel, rows that other writers' rows displaced: merging the same files again adds them. */
  readonly unplaced?: readonly UnplacedRow[];
}

/** How a merge runs: `write: false` only plans it (the pane's preview); the signal cancels it before any write. */
export interface MergeOptions {
  readonly write?: boolean;
  readonly signal?: AbortSignal;
}

/** The same file picked twice (same name and the same bytes) is refused rather than merged twice. */
function twice(returned: readonly ReturnedFile[]): string | undefined {
  const seen = new Set<string>();
  for (const file of returned) {
    const key = `${matchKey(file.name)}\u0000${JSON.stringify(file.cells)}`;
    if (seen.has(key)) return file.name;
    seen.add(key);
  }
  return undefined;
}

/**
 * Merges the returned files into the port's ledger; `ledgerFile` names the ledger in the places
 * reported. A file that cannot be merged at all fails the whole merge before anything is written.
 */
export async function mergeReturns(
  port: WorkbookPort,
  env: AppEnv,
  returned: readonly ReturnedFile[],
  ledgerFile: string,
  options: MergeOptions = {},
): Promise<Result<MergeOutcome, Failure>> {
  const repeated = twice(returned);
  if (repeated !== undefined) return err(failure('returnedTwice', { path: repeated }));
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
  if (options.write === false || appends.length === 0) return ok(outcome);
  if (options.signal?.aborted) return err(failure('cancelledBeforeWriting', { action: 'merge' }));
  const landed = await port.appendRows(appends.map(({ def, rows }) => ({ def, rows, confirmBy: idKeyOf(def) })));
  const unplaced = appends.flatMap(({ def, rows }, index) =>
    (landed[index]?.unplaced ?? []).map((row) => ({ sheet: def.sheet, id: String(rows[row]?.[idKeyOf(def)] ?? '') })),
  );
  return ok(unplaced.length > 0 ? { ...outcome, unplaced } : outcome);
}
