/**
 * A zip file's entries as the package writer's tests compare them: each entry's raw compressed
 * bytes and checksum (what "carried over unchanged" means), and its inflated text.
 */
import { strFromU8, unzipSync } from 'fflate';
import { zipDirectory } from '../../src/workbook/xlsx/package/zipDirectory';

/** One entry: method, CRC and compressed bytes exactly as stored. */
export interface RawEntry {
  readonly method: number;
  readonly crc32: number;
  readonly raw: Uint8Array;
}

/** Every entry by name, in the file's order. */
export function rawEntries(bytes: Uint8Array): Map<string, RawEntry> {
  const zip = zipDirectory(bytes);
  if (!zip.ok) throw new Error(`not a zip: ${zip.why}`);
  return new Map(
    [...zip.entries].map(([name, entry]) => [
      name,
      {
        method: entry.method,
        crc32: entry.crc32,
        raw: bytes.slice(entry.dataOffset, entry.dataOffset + entry.compressedSize),
      },
    ]),
  );
}

/** The names of entries whose stored bytes differ between two files, or that one of them lacks. */
export function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = rawEntries(before);
  const b = rawEntries(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => {
    const x = a.get(name);
    const y = b.get(name);
    return !x || !y || x.crc32 !== y.crc32 || x.method !== y.method || Buffer.compare(x.raw, y.raw) !== 0;
  });
}

/** An entry's inflated text. */
export function entryXml(bytes: Uint8Array, name: string): string {
  const file = unzipSync(bytes, { filter: (entry) => entry.name === name })[name];
  if (!file) throw new Error(`no entry ${name}`);
  return strFromU8(file);
}
