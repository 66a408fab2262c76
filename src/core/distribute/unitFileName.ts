/**
 * A unit's name as the name of its copy's file (`{单位}.xlsx`), safe on Windows, macOS and Linux
 * and on a USB stick: no character a file system refuses, no trailing dot or space, no device
 * name, not too long. Two units whose names give the same file name (as Windows and macOS compare
 * names: case folded, Unicode composed) would overwrite each other, so they are found up front.
 */
import { cleanText } from '../cellText';

/** At most this many characters before `.xlsx`: 80 Chinese characters are 240 bytes, under 255. */
export const MAX_FILE_STEM = 80;

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
/** Windows's device names, refused with any extension. */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The file name of a unit's copy: each unsafe character becomes `_`, spaces and dots at the ends
 * go, a device name or an empty result gets a prefix, and a long name is cut.
 * @example unitFileName('外语学院/国际部') // '外语学院_国际部.xlsx'
 */
export function unitFileName(unit: string): string {
  let stem = cleanText(unit).normalize('NFC').replace(UNSAFE, '_');
  stem = [...stem].slice(0, MAX_FILE_STEM).join('');
  stem = stem.replace(/^[\s.]+|[\s.]+$/g, '');
  if (stem === '') stem = '未命名单位';
  else if (DEVICE.test(stem)) stem = `单位-${stem}`;
  return `${stem}.xlsx`;
}

/** How file systems that ignore case compare two names. */
const fileKey = (name: string): string => name.normalize('NFC').toLowerCase();

/** A pair of units whose copies would have the same file name. */
export interface FileNameClash {
  readonly units: readonly [string, string];
  readonly fileName: string;
}

/** The first two units whose copies would get the same file name, if any. */
export function fileNameClash(units: readonly string[]): FileNameClash | undefined {
  const seen = new Map<string, string>();
  for (const unit of units) {
    const fileName = unitFileName(unit);
    const earlier = seen.get(fileKey(fileName));
    if (earlier !== undefined) return { units: [earlier, unit], fileName };
    seen.set(fileKey(fileName), unit);
  }
  return undefined;
}
