/**
 * Which cell styles show a number as a date: the styles part's cell formats (`cellXfs`), each with
 * a number format that is one of Excel's built-in date formats or a custom format that writes a
 * year, month, day or time. Excel keeps dates as numbers; this is how a reader tells them apart.
 */
import { entryText } from './entryText';
import { attributes, elementPattern } from './xmlText';
import type { ZipEntry } from './zipDirectory';

/**
 * Built-in date and time formats: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the Chinese,
 * Japanese and Korean versions of Excel (e.g. 31 is yyyy"年"m"月"d"日" in zh-CN).
 */
export const BUILT_IN_DATES: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a format code writes a date or time: y, m, d, h or s outside quoted text, [colours] and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index, whether it shows numbers as dates. */
export function dateStyles(bytes: Uint8Array, entry: ZipEntry | undefined): boolean[] {
  if (!entry) return [];
  const xml = entryText(bytes, entry);
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(elementPattern('numFmt'))) {
    const attrs = attributes(match[1] ?? '');
    custom.set(Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? '');
  }
  const cellXfs = xml.match(elementPattern('cellXfs'))?.[0] ?? '';
  return [...cellXfs.matchAll(elementPattern('xf'))].map((match) => {
    const id = Number(attributes(match[1] ?? '').get('numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}
