/**
 * The directory of a zip file (an .xlsx is one): where each entry's data starts, how it is
 * compressed and how long it is, read from the central directory at the end of the file. Nothing is
 * inflated here; the reader inflates only the parts it needs, and the package writer (zipWriter.ts)
 * copies untouched entries' compressed bytes as they are, with the checksum and dates read here.
 */

/** One file inside the zip. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's compressed bytes start in the file. */
  readonly dataOffset: number;
  /** The CRC-32 of the uncompressed content, as the directory records it. */
  readonly crc32: number;
  /** General-purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  /** The MS-DOS modification time (low 16 bits) and date (high 16 bits). */
  readonly modified: number;
  /** The host's file attributes and the system that wrote them (`versionMadeBy`), carried over unchanged. */
  readonly externalAttributes: number;
  readonly versionMadeBy: number;
}

/** Why the bytes are not a readable zip: no directory at all, or one that points outside the file. */
export type ZipFailure = 'notZip' | 'damaged';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;

const utf8 = new TextDecoder('utf-8');

/** The entries by name, or why there are none. */
export function zipDirectory(
  bytes: Uint8Array,
): { ok: true; entries: Map<string, ZipEntry> } | { ok: false; why: ZipFailure } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - MAX_END_SEARCH); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, why: bytes.length >= 4 && u32(0) === LOCAL_HEADER ? 'damaged' : 'notZip' };
  const count = u16(end + 10);
  let at = u32(end + 16);
  // A directory past the end of the file: the file was cut short or the offsets are zip64's.
  if (at < 0 || at >= end) return { ok: false, why: 'damaged' };
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index++) {
    if (u32(at) !== DIRECTORY_ENTRY) return { ok: false, why: 'damaged' };
    const nameLength = u16(at + 28);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(at + 42);
    if (u32(local) !== LOCAL_HEADER) return { ok: false, why: 'damaged' };
    const compressedSize = u32(at + 20);
    const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataOffset + compressedSize > bytes.length) return { ok: false, why: 'damaged' };
    entries.set(name, {
      name,
      method: u16(at + 10),
      compressedSize,
      size: u32(at + 24),
      dataOffset,
      crc32: u32(at + 16),
      flags: u16(at + 8),
      modified: u32(at + 12),
      externalAttributes: u32(at + 38),
      versionMadeBy: u16(at + 4),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return { ok: true, entries };
}
