/**
 * The command line's inflater: Node's own zlib, native code, about a fifth of fflate's time on the
 * 90 MB sheet of a 200k-contact ledger (bench-out figures in the README). Output comes in pieces of
 * 64 KB, so a sheet is never held whole.
 */
import { createInflateRaw } from 'node:zlib';
import type { RawInflate } from '../workbook/xlsx/package/rawInflate';

const OUTPUT_PIECE = 64 * 1024;

/** Node's zlib as a `RawInflate`: damaged or cut-off data, or a piece its reader refuses, rejects. */
export const nodeInflate: RawInflate = (data, onPiece) =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: OUTPUT_PIECE });
    inflater.on('data', (piece: Buffer) => {
      try {
        onPiece(piece);
      } catch (cause) {
        inflater.destroy(cause instanceof Error ? cause : new Error(String(cause)));
      }
    });
    inflater.once('error', reject);
    inflater.once('end', () => resolve());
    inflater.end(data);
  });
