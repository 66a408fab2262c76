/**
 * 下载更新后的台账: the file the user opened plus the ledger's changes, written by the package
 * writer (SPEC §8), so everything the changes do not touch is the file's own; under a new name,
 * never the opened one, so the user's file stays as it was. A ledger made in the page (the sample,
 * or 新建 with no file opened) is a new workbook of its sheets, with the later changes made in it
 * the same way. Both writers are fetched only now: opening a file does not load them.
 */
import { type Failure, failure } from '../../core/failures';
import type { LocalDate } from '../../core/localDate';
import { err, ok, type Result } from '../../core/result';
import type { WorkbookChange } from '../../workbook/memory/workbookChanges';

/** The updated ledger's bytes, or why there is nothing to write or the file cannot take the changes. */
export async function updatedLedgerBytes(
  opened: Uint8Array | undefined,
  changes: readonly WorkbookChange[],
): Promise<Result<Uint8Array, Failure>> {
  let base = opened;
  let later = changes;
  if (base === undefined) {
    // No file: the ledger's sheets were the copy's first change (新建 or the sample).
    const [created, ...rest] = changes;
    if (created?.kind !== 'sheets' || created.add.length === 0) return err(failure('nothingToSave', { opened: false }));
    const { newWorkbookBytes } = await import(/* webpackChunkName: "newWorkbook" */ '../../workbook/xlsx/newWorkbook');
    base = await newWorkbookBytes(created.add);
    later = rest;
  } else if (changes.length === 0) return err(failure('nothingToSave', { opened: true }));
  if (later.length === 0) return ok(base);
  const { patchedXlsx } = await import(/* webpackChunkName: "patchedXlsx" */ '../../workbook/xlsx/patchedXlsx');
  return patchedXlsx(base, later);
}

const EXTENSION = /\.(xlsx|xlsm)$/i;
/** What an earlier download added to the name: `-更新-YYYYMMDD`, and `-2`, `-3` … for a second one that day. */
const UPDATED = /-更新-(\d{8})(?:-(\d+))?$/;

/**
 * The updated ledger's file name: `台账.xlsx` opened on 2027-01-20 gives `台账-更新-20270120.xlsx`,
 * and that file updated again the same day `台账-更新-20270120-2.xlsx`; never the opened file's name.
 * A ledger made in the page is `台账-20270120.xlsx`.
 */
export function updatedLedgerName(opened: string | undefined, today: LocalDate): string {
  const day = today.replaceAll('-', '');
  if (opened === undefined) return `台账-${day}.xlsx`;
  const extension = (EXTENSION.exec(opened)?.[1] ?? 'xlsx').toLowerCase();
  const named = opened.replace(EXTENSION, '');
  const earlier = UPDATED.exec(named);
  const stem = earlier ? named.slice(0, earlier.index) : named;
  // BigInt: however many digits the earlier count has, the next one differs from it.
  const again = earlier?.[1] === day ? BigInt(earlier[2] ?? '1') + 1n : undefined;
  return `${stem}-更新-${day}${again !== undefined ? `-${again}` : ''}.${extension}`;
}
