/**
 * Batches writes into as few `context.sync()` calls as the request size allows. Excel on the web
 * rejects a request larger than 5 MB (RequestPayloadSizeLimitExceeded) and has no way to ask how
 * large a queued batch is, so every queued command carries its share of the request's JSON,
 * counted from what it queues (REQUEST_COST: ranges, other objects, actions, the JSON of its
 * values) and calibrated on the request bodies Office.js's own client library builds
 * (test/unit/office/requestSizes.test.ts). A chunk is synced before it would pass the budget, 4 MB
 * by default: a tenth under the 4.5 MB every request must stay within. Desktop Excel has no such
 * cap; the same chunks just work there.
 */
import type { OfficeContext } from './officeApi';
import { PartialWriteError } from './officeErrors';

/** Request bytes a chunk may reach before it is synced: 4 MB, under the 4.5 MB kept from Excel on the web's 5 MB cap. */
export const DEFAULT_BUDGET = 4_000_000;

/**
 * Request bytes of each part of a command, measured in the client library's request bodies (ids of
 * seven digits, as a long batch reaches) and rounded up: a range made with `rangeAt` (its object
 * path and two instantiations, address excluded); any other object reached on the way (a format,
 * a font, `borders.getItem(…)`, a sheet, its page layout); one property set or method call
 * (arguments excluded); and each slice of 1,500 cells the library cuts a large 2-D array into
 * (a range of its own for the slice).
 */
export const REQUEST_COST = { range: 260, object: 170, action: 125, arraySlice: 950 } as const;

/** What one command queues, counted. */
export interface RequestParts {
  readonly ranges?: number;
  readonly objects?: number;
  readonly actions?: number;
  /** UTF-8 bytes of the JSON it sends: values, addresses, names, arguments. */
  readonly payload?: number;
}

/** Request bytes of the parts queued. */
export const requestBytes = ({ ranges = 0, objects = 0, actions = 0, payload = 0 }: RequestParts): number =>
  ranges * REQUEST_COST.range + objects * REQUEST_COST.object + actions * REQUEST_COST.action + payload;

/** One command on a range of its own, arguments excluded (appending rows counts in these). */
export const ACTION_BYTES = requestBytes({ ranges: 1, actions: 1 });

/** Cells per slice the client library sends a large 2-D array in (setRangePropertiesInBulk). */
const LIBRARY_SLICE_CELLS = 1_500;

/** Request bytes of setting a 2-D array on the range at that address: its JSON, and the library's slices of it. */
export function arrayBytes(rows: ReadonlyArray<readonly unknown[]>, address: string): number {
  const columns = rows[0]?.length ?? 0;
  const sliced = rows.length * columns > LIBRARY_SLICE_CELLS;
  const slices = sliced ? Math.ceil(rows.length / Math.max(1, Math.round(LIBRARY_SLICE_CELLS / columns))) : 0;
  return (
    requestBytes({ ranges: 1, actions: 1, payload: jsonBytes(rows) + utf8Bytes(address) }) +
    slices * REQUEST_COST.arraySlice
  );
}

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
