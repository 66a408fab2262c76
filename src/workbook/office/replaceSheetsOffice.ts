/**
 * Replacing generated sheets inside Excel (覆盖检查, 登记表, a new ledger's sheets) so that an old
 * sheet is deleted only after its successor is whole (SPEC §6): the new sheets are written first,
 * each under its own name or, while its predecessor still holds that name, under a temporary one;
 * then, in the same request after the last write, each predecessor is deleted and its successor
 * renamed, and the old sheets without a successor go. Excel runs a request's commands in order and
 * stops at the first that fails, so a failed write never reaches a deletion. Cancelled between
 * sheets, the successors already whole take their predecessors' places and the rest stay as they
 * were. The last visible sheet is never deleted (Excel refuses that, failing the whole request).
 */
import { uniqueSheetNames } from '../../core/sheet/sheetName';
import { newSheetName, type ReplaceOptions, type ReplaceOutcome, type SheetReplacement } from '../port';
import type { OfficeContext } from './officeApi';
import { queueRecordWrite } from './officeRecords';
import { requestBytes, type SheetWrite, utf8Bytes, writeInChunks, type WriteOp } from './writeBatch';
import { tableSheetWrite } from './writeLedgerOffice';
import { sheetSpecWrite } from './writeSheetSpecOffice';

/** What the replacement needs of the workbook as the action read it. */
export interface ReplaceState {
  readonly date1904: boolean;
  readonly sheetNames: readonly string[];
  readonly visibleSheets: readonly string[];
}

const fold = (name: string): string => name.trim().toLowerCase();
const unique = (names: readonly string[]): string[] => [...new Map(names.map((name) => [fold(name), name])).values()];

/** The name each new sheet is written under: its own, or a temporary one while an old sheet holds its own. */
export function temporaryNames(finals: readonly string[], replaced: readonly string[], taken: readonly string[]) {
  const holders = new Map(replaced.map((name) => [fold(name), name]));
  const clashing = finals.filter((name) => holders.has(fold(name)));
  const temporary = uniqueSheetNames(
    clashing.map((name) => `${name}（新）`),
    [...taken, ...finals],
  );
  const byFinal = new Map(clashing.map((name, index) => [fold(name), temporary[index] as string]));
  return {
    /** The name to write a new sheet under. */
    writeName: (final: string): string => byFinal.get(fold(final)) ?? final,
    /** The old sheet a new one replaces by name, if any. */
    predecessor: (final: string): string | undefined =>
      byFinal.has(fold(final)) ? holders.get(fold(final)) : undefined,
  };
}

/** Writes the replacement in as few syncs as the budget allows; see the module comment for the order. */
export async function replaceSheetsOffice(
  context: OfficeContext,
  state: ReplaceState,
  replacement: SheetReplacement,
  options: ReplaceOptions & { readonly budget: number },
): Promise<ReplaceOutcome> {
  const { signal, progress, budget } = options;
  const finals = replacement.add.map(newSheetName);
  const names = temporaryNames(finals, replacement.remove, state.sheetNames);
  const finalOf = new Map(finals.map((final) => [names.writeName(final), final]));
  const worksheet = (name: string) => context.workbook.worksheets.getItem(name);
  const sheetOp = (name: string, apply: () => void, payload = 0): WriteOp => ({
    bytes: requestBytes({ objects: 1, actions: 1, payload: utf8Bytes(JSON.stringify(name)) + payload }),
    apply,
  });
  /** Deletes a successor's predecessor and gives the successor its name. */
  const swap = (final: string): WriteOp[] => {
    const old = names.predecessor(final);
    if (old === undefined) return [];
    const temporary = names.writeName(final);
    return [
      sheetOp(old, () => worksheet(old).delete()),
      sheetOp(temporary, () => (worksheet(temporary).name = final), utf8Bytes(JSON.stringify(final))),
    ];
  };
  const succeeded = new Set(finals.filter((final) => names.predecessor(final) !== undefined).map(fold));
  const leaving = replacement.remove.filter((name) => !succeeded.has(fold(name)));
  // Without new sheets, the last visible one stays (only a replacement without additions could reach it).
  const visibleLeft = state.visibleSheets.filter((name) => !leaving.some((gone) => fold(gone) === fold(name)));
  const deletable =
    finals.length > 0 || visibleLeft.length > 0
      ? leaving
      : leaving.filter((name) => fold(name) !== fold(state.visibleSheets[0] ?? ''));

  let closed = false;
  const { activate, recordAs } = replacement;
  const closing: WriteOp[] = [
    ...finals.flatMap(swap),
    ...deletable.map((name) => sheetOp(name, () => worksheet(name).delete())),
    sheetOp(activate ?? '', () => {
      if (activate !== undefined) worksheet(activate).activate();
      closed = true;
    }),
  ];
  const writes: SheetWrite[] = replacement.add.map((sheet) =>
    sheet.kind === 'sheet'
      ? sheetSpecWrite(
          context,
          { ...sheet.spec, name: names.writeName(sheet.spec.name) },
          { date1904: state.date1904, budget },
        )
      : tableSheetWrite(context, { ...sheet.table, sheet: names.writeName(sheet.table.sheet) }, state.date1904),
  );
  const lastWrite = writes[writes.length - 1];
  if (lastWrite) writes[writes.length - 1] = { ...lastWrite, ops: [...lastWrite.ops, ...closing] };
  // Until the swap is done, the record names every sheet that may be this action's, old and new.
  const record = (written: readonly string[]) =>
    closed ? finals : unique([...written, ...written.map((name) => finalOf.get(name) ?? name), ...replacement.remove]);

  if (!signal?.aborted) progress?.(0, writes.length);
  const outcome = await writeInChunks(context, writes, {
    budget,
    signal,
    prelude: lastWrite ? [] : closing,
    progress,
    ...(recordAs !== undefined
      ? { beforeSync: (written) => queueRecordWrite(context, recordAs, record(written)) }
      : {}),
  });
  if (!outcome.cancelled) return outcome;
  const whole = outcome.written.map((name) => finalOf.get(name) ?? name);
  const replaced = new Set(whole.filter((final) => names.predecessor(final) !== undefined).map(fold));
  const swaps = whole.map((final) => ({ sheet: names.writeName(final), ops: swap(final) }));
  if (replaced.size > 0)
    await writeInChunks(context, swaps, {
      budget,
      ...(recordAs !== undefined
        ? {
            beforeSync: () =>
              queueRecordWrite(context, recordAs, [
                ...whole,
                ...replacement.remove.filter((name) => !replaced.has(fold(name))),
              ]),
          }
        : {}),
    });
  return { cancelled: true, written: whole };
}
