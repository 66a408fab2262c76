/**
 * Writes a zip file (an .xlsx) from entries that are either carried over from the user's file —
 * their compressed bytes copied as they are, with the checksum, date and attributes the file's
 * directory records — or new content deflated here with fflate (the same code in Node and the
 * browser). Only what an .xlsx needs: no zip64, no encryption, names in UTF-8.
 */
import { deflateSync } from 'fflate';
import type { ZipEntry } from './zipDirectory';

/** One entry of the new zip: an entry of `source` copied as it is, or new content. */
export type ZipOutput =
  | { readonly name: string; readonly copy: ZipEntry; readonly source: Uint8Array }
  | { readonly name: string; readonly content: Uint8Array; readonly modified?: number };

/** 1980-01-01 00:00, the earliest MS-DOS date: new entries carry no clock time, so output is reproducible. */
const DOS_EPOCH = (1 << 5) | 1;
const DOS_EPOCH_STAMP = DOS_EPOCH << 16;
const UTF8_NAME = 1 << 11;
const VERSION = 20;
const MAX_U32 = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 a zip directory records for content. */
export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let index = 0; index < data.length; index++)
    crc = (CRC_TABLE[(crc ^ (data[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

interface Written {
  readonly name: Uint8Array;
  readonly data: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly flags: number;
  readonly modified: number;
  readonly madeBy: number;
  readonly external: number;
}

const encoder = new TextEncoder();

function prepare(entry: ZipOutput): Written {
  const name = encoder.encode(entry.name);
  const utf8 = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAME : 0;
  if ('copy' in entry) {
    const { copy, source } = entry;
    return {
      name,
      data: source.subarray(copy.dataOffset, copy.dataOffset + copy.compressedSize),
      method: copy.method,
      crc: copy.crc32,
      size: copy.size,
      // Sizes now stand in the local header, so no data descriptor follows (bit 3 cleared).
      flags: (copy.flags & ~0x8) | utf8,
      modified: copy.modified,
      madeBy: copy.versionMadeBy,
      external: copy.externalAttributes,
    };
  }
  const data = deflateSync(entry.content, { level: 6 });
  return {
    name,
    data,
    method: 8,
    crc: crc32(entry.content),
    size: entry.content.length,
    flags: utf8,
    modified: entry.modified ?? DOS_EPOCH_STAMP,
    madeBy: VERSION,
    external: 0,
  };
}

/** The bytes of a zip holding the entries, in order. */
export function writeZip(entries: readonly ZipOutput[]): Uint8Array {
  const written = entries.map(prepare);
  const localSize = written.reduce((sum, entry) => sum + 30 + entry.name.length + entry.data.length, 0);
  const directorySize = written.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  if (localSize > MAX_U32 || written.length > 0xffff) throw new Error('zip too large');
  const out = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of written) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, entry.flags, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint32(at + 10, entry.modified, true);
    view.setUint32(at + 14, entry.crc, true);
    view.setUint32(at + 18, entry.data.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, entry.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(entry.name, at + 30);
    out.set(entry.data, at + 30 + entry.name.length);
    at += 30 + entry.name.length + entry.data.length;
  }
  const directory = at;
  written.forEach((entry, index) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, entry.madeBy, true);
    view.setUint16(at + 6, VERSION, true);
    view.setUint16(at + 8, entry.flags, true);
    view.setUint16(at + 10, entry.method, true);
    view.setUint32(at + 12, entry.modified, true);
    view.setUint32(at + 16, entry.crc, true);
    view.setUint32(at + 20, entry.data.length, true);
    view.setUint32(at + 24, entry.size, true);
    view.setUint16(at + 28, entry.name.length, true);
    view.setUint32(at + 38, entry.external, true);
    view.setUint32(at + 42, offsets[index] as number, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
