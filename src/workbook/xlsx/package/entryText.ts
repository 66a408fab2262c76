/**
 * An entry's XML as text, inflated in pieces and decoded as a UTF-8 stream, so a character split
 * between two pieces arrives whole (the bug that rules out exceljs's streaming reader, exceljs#2084).
 * A sheet of a million rows is never held whole: the caller sees it a piece at a time.
 */
import { fflateInflate, inflateWithFflate, type RawInflate } from './rawInflate';
import type { ZipEntry } from './zipDirectory';

/** Stored (uncompressed) bytes handed on at a time. */
const STORED_PIECE = 64 * 1024;

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

/** The entry's compressed bytes, and a decoder that hands on its text piece by piece. */
function entryPieces(bytes: Uint8Array, entry: ZipEntry, onText: (text: string) => void) {
  const decoder = new TextDecoder('utf-8');
  const emit = (piece: Uint8Array, final = false) => {
    const text = decoder.decode(piece, { stream: !final });
    if (text !== '') onText(text);
  };
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const stored = () => {
    for (let at = 0; at < data.length; at += STORED_PIECE) emit(data.subarray(at, at + STORED_PIECE));
  };
  if (entry.method !== 0 && entry.method !== 8)
    throw new DamagedEntryError(entry.name, `compression method ${entry.method}`);
  return { data, emit, stored, deflated: entry.method === 8 };
}

/** Calls `onText` with the entry's text, piece by piece, in order (synchronously, with fflate). */
export function streamEntryText(bytes: Uint8Array, entry: ZipEntry, onText: (text: string) => void): void {
  const { data, emit, stored, deflated } = entryPieces(bytes, entry, onText);
  try {
    if (deflated) inflateWithFflate(data, emit);
    else stored();
    emit(new Uint8Array(0), true);
  } catch (cause) {
    throw new DamagedEntryError(entry.name, cause);
  }
}

/** As `streamEntryText`, inflating with the host's inflater (Node's zlib for the command line). */
export async function streamEntryTextWith(
  inflate: RawInflate = fflateInflate,
  bytes: Uint8Array,
  entry: ZipEntry,
  onText: (text: string) => void,
): Promise<void> {
  const { data, emit, stored, deflated } = entryPieces(bytes, entry, onText);
  try {
    if (deflated) await inflate(data, emit);
    else stored();
    emit(new Uint8Array(0), true);
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
