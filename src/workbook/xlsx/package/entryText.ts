/**
 * An entry's XML as text, inflated in pieces (fflate, the same code in Node and the browser) and
 * decoded as a UTF-8 stream, so a character split between two pieces arrives whole (the bug that
 * rules out exceljs's streaming reader, exceljs#2084). A sheet of a million rows is never held
 * whole: the caller sees it a piece at a time.
 */
import { Inflate } from 'fflate';
import type { ZipEntry } from './zipDirectory';

/** Compressed bytes handed to the inflater at a time. */
const INPUT_PIECE = 64 * 1024;

/** Thrown when an entry cannot be inflated: the file is damaged. */
export class DamagedEntryError extends Error {
  constructor(
    readonly entry: string,
    cause: unknown,
  ) {
    super(`${entry}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DamagedEntryError';
  }
}

/** Calls `onText` with the entry's text, piece by piece, in order. */
export function streamEntryText(bytes: Uint8Array, entry: ZipEntry, onText: (text: string) => void): void {
  const decoder = new TextDecoder('utf-8');
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const emit = (piece: Uint8Array, final: boolean) => {
    const text = decoder.decode(piece, { stream: !final });
    if (text !== '') onText(text);
  };
  try {
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += INPUT_PIECE) emit(data.subarray(at, at + INPUT_PIECE), false);
      emit(new Uint8Array(0), true);
      return;
    }
    if (entry.method !== 8) throw new Error(`compression method ${entry.method}`);
    let finished = false;
    const inflate = new Inflate((piece, final) => {
      emit(piece, final);
      finished ||= final;
    });
    for (let at = 0; at < data.length; at += INPUT_PIECE)
      inflate.push(data.subarray(at, at + INPUT_PIECE), at + INPUT_PIECE >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
    if (!finished) throw new Error('unexpected end of data');
  } catch (cause) {
    throw new DamagedEntryError(entry.name, cause);
  }
}

/** The entry's whole text (for the small parts: workbook, relationships, styles). */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  const pieces: string[] = [];
  streamEntryText(bytes, entry, (text) => pieces.push(text));
  return pieces.join('');
}
