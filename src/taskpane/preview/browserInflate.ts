/**
 * The preview's inflater: the browser's own DecompressionStream ('deflate-raw', Chromium 103+,
 * Firefox 113+, Safari 16.4+), native code; where a browser has none, the reader's fflate.
 */
import type { RawInflate } from '../../workbook/xlsx/package/rawInflate';

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

const streamInflate: RawInflate = async (data, onPiece) => {
  // The file's bytes come from File.arrayBuffer(): never a SharedArrayBuffer.
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
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

/** The browser's inflater, or undefined (the reader then uses fflate). */
export const browserInflate = (): RawInflate | undefined => (hasRawDeflate() ? streamInflate : undefined);
