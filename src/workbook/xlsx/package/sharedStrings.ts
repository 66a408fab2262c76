/**
 * The shared strings: every text cell of an Excel file points into this list. Read piece by piece
 * (a ledger of 200k contacts has tens of megabytes of them); each item is its text with rich-text
 * runs joined and phonetic guides left out.
 */
import { streamEntryTextWith } from './entryText';
import type { RawInflate } from './rawInflate';
import { elementPattern, itemText } from './xmlText';
import type { ZipEntry } from './zipDirectory';

/** The list, in order. */
export async function sharedStrings(
  bytes: Uint8Array,
  entry: ZipEntry | undefined,
  inflate?: RawInflate,
): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let pending = '';
  const item = elementPattern('si');
  await streamEntryTextWith(inflate, bytes, entry, (text) => {
    pending += text;
    item.lastIndex = 0;
    let consumed = 0;
    for (let match = item.exec(pending); match; match = item.exec(pending)) {
      strings.push(match[2] === undefined ? '' : itemText(match[2]));
      consumed = item.lastIndex;
    }
    pending = pending.slice(consumed);
  });
  return strings;
}
