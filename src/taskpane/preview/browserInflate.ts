/**
 * The preview's inflater: the browser's own DecompressionStream ('deflate-raw', Chromium 103+,
 * Firefox 113+, Safari 16.4+), native code, for every part but the largest; for those, and where a
 * browser has no DecompressionStream, the reader's fflate.
 */
import { fflateInflate, type RawInflate } from '../../workbook/xlsx/package/rawInflate';

/** Whether this browser inflates raw deflate itself. */
function hasRawDeflate(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** Compressed bytes handed to the browser at a time (as rawInflate.ts does to fflate). */
const INPUT_PIECE = 64 * 1024;

/**
 * The compressed bytes as a stream of small pieces, each made when the inflater asks for it. A Blob's
 * stream handed the browser a whole sheet's bytes at once, and the browser inflated all of it before
 * the reader took the first piece: the 200k-contact ledger's 150 MB of XML at once, and the preview's
 * peak memory 0.46× exceljs's instead of 0.35×.
 */
export function piecesOf(data: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (at >= data.length) {
          controller.close();
          return;
        }
        // The file's bytes come from File.arrayBuffer(): never a SharedArrayBuffer.
        controller.enqueue(data.subarray(at, at + INPUT_PIECE) as Uint8Array<ArrayBuffer>);
        at += INPUT_PIECE;
      },
    },
    { highWaterMark: 0 },
  );
}

const streamInflate: RawInflate = async (data, onPiece) => {
  const stream = piecesOf(data).pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onPiece(value);
    }
  } catch (cause) {
    // A piece the reader refuses stops the stream too: nothing is left running behind the failure.
    await reader.cancel().catch(() => undefined);
    throw cause;
  }
};

/**
 * Compressed bytes above which a part is inflated by fflate, not by the browser. The browser keeps
 * every piece its stream inflated until its next full collection, and on a large sheet that is tens
 * of megabytes at a time: opening the 200k-contact ledger (whose 联系记录 part is 10.8 MB compressed,
 * 91 MB of XML) peaked at 390–394 MB in Chromium with the stream for every part, 356 MB with fflate for
 * that part alone, and 357–360 MB with fflate for all. fflate is slower (that open took 2.2 s
 * against 1.7–1.9 s, and 2.4 s with fflate for all), so the other parts keep the browser's speed. A
 * ledger of 20k contacts has no part this large.
 */
export const LARGE_PART = 2 * 1024 * 1024;

/** The stream for a part up to `LARGE_PART` compressed bytes, fflate above it. */
const partInflate: RawInflate = (data, onPiece) =>
  data.length > LARGE_PART ? fflateInflate(data, onPiece) : streamInflate(data, onPiece);

/** The browser's inflater, or undefined (the reader then uses fflate). */
export const browserInflate = (): RawInflate | undefined => (hasRawDeflate() ? partInflate : undefined);
