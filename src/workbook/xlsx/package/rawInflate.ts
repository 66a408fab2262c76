/**
 * How a zip entry's deflated bytes become its content: a function a host chooses. The default is
 * fflate (plain JavaScript, the same in Node and the browser); the command line hands in Node's own
 * zlib (src/cli/nodeInflate.ts), a fifth of the time on a large sheet, and the preview the browser's
 * DecompressionStream where it has one (streamInflate.ts).
 */
import { Inflate } from 'fflate';

/**
 * Inflates raw-deflate `data`, handing each piece of the output to `onPiece` in order. Rejects when
 * the data is damaged or ends early, or when `onPiece` throws.
 */
export type RawInflate = (data: Uint8Array, onPiece: (piece: Uint8Array) => void) => Promise<void>;

/** Compressed bytes handed to fflate at a time: its output pieces stay small. */
const INPUT_PIECE = 64 * 1024;

/** fflate, synchronously: for the small parts read whole, and where a host hands in nothing faster. */
export function inflateWithFflate(data: Uint8Array, onPiece: (piece: Uint8Array) => void): void {
  let finished = false;
  const inflate = new Inflate((piece, final) => {
    onPiece(piece);
    finished ||= final;
  });
  for (let at = 0; at < data.length; at += INPUT_PIECE)
    inflate.push(data.subarray(at, at + INPUT_PIECE), at + INPUT_PIECE >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  if (!finished) throw new Error('unexpected end of data');
}

/** fflate as a `RawInflate`. */
export const fflateInflate: RawInflate = (data, onPiece) =>
  new Promise((resolve) => resolve(inflateWithFflate(data, onPiece)));
