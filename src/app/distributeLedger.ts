/**
 * 分发 in the pane: the unit copies splitLedger.ts plans (read from the open workbook in one
 * session, which writes nothing) written as new workbooks, one `{单位}.xlsx` each, and put into one
 * .zip for the user to download and mail out. Long work: progress per unit, cancelled between two
 * units (nothing is downloaded then).
 */
import { failure, type Failure } from '../core/failures';
import type { LocalDate } from '../core/localDate';
import { err, ok, type Result } from '../core/result';
import type { HostFiles, PickedFile } from './hostFiles';
import type { SplitOutcome, UnitWorkbook } from './splitLedger';

/** The .zip to download and what each unit's workbook in it holds. */
export interface Distribution extends Omit<SplitOutcome, 'copies'> {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly copies: ReadonlyArray<Omit<UnitWorkbook, 'sheets'>>;
}

/** What the pane passes for long work: progress in units written of all, and a way to stop. */
export interface WorkHandle {
  readonly progress: (done: number, total: number) => void;
  readonly signal: AbortSignal;
}

/**
 * The zip's name: `分发-20270120.zip` on 2027-01-20.
 * @example distributionName('2027-01-20') // '分发-20270120.zip'
 */
export const distributionName = (today: LocalDate): string => `分发-${today.replaceAll('-', '')}.zip`;

/** Writes the copies of `split` and zips them; refuses when there is no unit to distribute to. */
export async function distributeLedger(
  split: SplitOutcome,
  files: HostFiles,
  today: LocalDate,
  work: WorkHandle,
): Promise<Result<Distribution, Failure>> {
  const { copies, ...rest } = split;
  if (copies.length === 0) return err(failure('nothingToSplit', {}));
  const cancelled = () => err(failure('cancelledBeforeWriting', { action: 'distribute' }));
  const written: PickedFile[] = [];
  work.progress(0, copies.length);
  for (const copy of copies) {
    if (work.signal.aborted) return cancelled();
    written.push({ name: copy.fileName, bytes: await files.newWorkbook(copy.sheets) });
    work.progress(written.length, copies.length);
  }
  if (work.signal.aborted) return cancelled();
  return ok({
    ...rest,
    fileName: distributionName(today),
    bytes: files.zip(written),
    copies: copies.map(({ unit, fileName, counts }) => ({ unit, fileName, counts })),
  });
}
