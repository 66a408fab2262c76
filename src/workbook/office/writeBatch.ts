/**
 * Batches writes into as few `context.sync()` calls as the request size allows. Excel on the web
 * rejects a request larger than 5 MB (RequestPayloadSizeLimitExceeded) and has no way to ask how
 * large a queued batch is, so every queued command carries an estimate of its share of the
 * request's JSON (its values in UTF-8, plus ACTION_BYTES for the action and object path around
 * it) and a chunk is synced before it would pass the budget, 4 MB by default: a margin of a fifth
 * for what the estimate misses. Desktop Excel has no such cap; the same chunks just work there.
 */
import type { OfficeContext } from './officeApi';
import { PartialWriteError } from './officeErrors';

/** Request bytes a chunk may reach before it is synced: 4 MB, a fifth under Excel on the web's cap. */
export const DEFAULT_BUDGET = 4_000_000;
/** What one queued action costs besides its own values: ids, names, the object path it acts on. */
export const ACTION_BYTES = 200;

/** One queued command (or a few that belong together), with its estimated request size. */
export interface WriteOp {
  readonly bytes: number;
  apply(): void;
}

/** The commands that write one sheet, in order. */
export interface SheetWrite {
  readonly sheet: string;
  readonly ops: readonly WriteOp[];
}

/** How a batch is limited (`budget` in request bytes), cancelled and followed. */
export interface BatchOptions {
  readonly budget?: number;
  readonly signal?: AbortSignal;
  /** Commands queued first, in the first chunk (deleting the sheets a new render replaces). */
  readonly prelude?: readonly WriteOp[];
  /** Queued just before each sync with every sheet written so far, e.g. to record their names. */
  readonly beforeSync?: (written: readonly string[]) => void;
  readonly progress?: (done: number, total: number) => void;
}

/** Whether the writes were cancelled, and then which sheets exist whole. */
export type BatchOutcome =
  { readonly cancelled: false } | { readonly cancelled: true; readonly written: readonly string[] };

/** UTF-8 length of a string: what it adds to the request body. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** Estimated request bytes of a value sent as JSON (a row of values or formats). */
export const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value) ?? '');

/**
 * Queues the sheets' commands and syncs whenever the next command would pass the budget. The abort
 * signal is honoured before anything is queued and then before each sheet after a sync (what is
 * queued is synced first, so every sheet named as written is whole). A failed sync throws a
 * PartialWriteError naming the sheets of that chunk.
 */
export async function writeInChunks(
  context: OfficeContext,
  writes: readonly SheetWrite[],
  options: BatchOptions = {},
): Promise<BatchOutcome> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const written: string[] = [];
  let queuedBytes = 0;
  let chunkSheets = new Set<string>();
  let done = 0;
  let whole = 0;

  const flush = async (): Promise<void> => {
    options.beforeSync?.(written);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    try {
      await context.sync();
    } catch (cause) {
      throw new PartialWriteError(cause, [...chunkSheets]);
    }
    queuedBytes = 0;
    chunkSheets = new Set();
    done = whole;
    options.progress?.(done, writes.length);
  };

  const queue = async (op: WriteOp, sheet: string | undefined): Promise<void> => {
    if (queuedBytes > 0 && queuedBytes + op.bytes > budget) await flush();
    op.apply();
    queuedBytes += op.bytes;
    if (sheet !== undefined) chunkSheets.add(sheet);
  };

  // The signal only changes while a sync is awaited, so it is checked first and then after each.
  if (options.signal?.aborted) return { cancelled: true, written: [] };
  for (const op of options.prelude ?? []) await queue(op, undefined);
  for (const write of writes) {
    if (options.signal?.aborted) {
      if (queuedBytes > 0) await flush();
      return { cancelled: true, written: [...written] };
    }
    written.push(write.sheet);
    for (const op of write.ops) await queue(op, write.sheet);
    whole += 1;
  }
  if (queuedBytes > 0 || done < whole) await flush();
  return { cancelled: false };
}
