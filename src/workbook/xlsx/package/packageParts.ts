/**
 * A user's .xlsx opened for editing at the package level: parts are read from the file on demand,
 * edited as text, and written back as one new zip in which every part that was not changed is the
 * file's own entry, its compressed bytes copied as they are (zipWriter.ts). The file's entry order
 * is kept; new parts follow it.
 */
import { entryText } from './entryText';
import type { PartReader } from './workbookParts';
import { writeZip, type ZipOutput } from './zipWriter';
import { type ZipEntry, zipDirectory } from './zipDirectory';

/** The package being edited. */
export interface PackageParts {
  /** A part's current text (edited or the file's), undefined when there is none. */
  readonly read: PartReader;
  /** Replaces (or adds) a part's content. */
  write(path: string, text: string): void;
  /** Removes a part. */
  remove(path: string): void;
  /** Every part's path now, in the order they will be written. */
  paths(): string[];
  /** Paths of the file's parts that changed or went (for tests and for the caller's summary). */
  changed(): string[];
  /** The new file's bytes. */
  bytes(): Uint8Array;
}

/** Opens the bytes of an .xlsx; undefined when they are not a readable zip. */
export function openPackage(source: Uint8Array): PackageParts | undefined {
  const zip = zipDirectory(source);
  if (!zip.ok) return undefined;
  const original: ReadonlyMap<string, ZipEntry> = zip.entries;
  /** Edited parts as text; null for a removed part. */
  const edits = new Map<string, string | null>();
  /** Inflated once per part: workbook.xml and the relationships are read by many edits. */
  const cache = new Map<string, string>();
  const encoder = new TextEncoder();

  const read = (path: string): string | undefined => {
    const edited = edits.get(path);
    if (edited !== undefined) return edited ?? undefined;
    const entry = original.get(path);
    if (!entry) return undefined;
    let text = cache.get(path);
    if (text === undefined) {
      text = entryText(source, entry);
      cache.set(path, text);
    }
    return text;
  };
  const paths = (): string[] => [
    ...[...original.keys()].filter((path) => edits.get(path) !== null),
    ...[...edits.keys()].filter((path) => !original.has(path) && edits.get(path) !== null),
  ];

  return {
    read,
    write: (path, text) => {
      // A part written back unchanged stays the file's own entry.
      if (original.has(path) && cache.get(path) === text && !edits.has(path)) return;
      edits.set(path, text);
    },
    remove: (path) => {
      if (original.has(path)) edits.set(path, null);
      else edits.delete(path);
    },
    paths,
    changed: () => [...original.keys()].filter((path) => edits.has(path)),
    bytes: () =>
      writeZip(
        paths().map((name): ZipOutput => {
          const edited = edits.get(name);
          const entry = original.get(name);
          if (typeof edited === 'string' || !entry)
            return { name, content: encoder.encode(edited ?? ''), ...(entry ? { modified: entry.modified } : {}) };
          return { name, copy: entry, source };
        }),
      ),
  };
}
