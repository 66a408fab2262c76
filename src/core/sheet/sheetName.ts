/** Sheet names Excel accepts, made from any text (people's names, a report's title) and unique in a workbook. */

/**
 * Excel's limits on sheet names: at most 31 UTF-16 code units (a CJK character is one, a character
 * beyond the BMP such as 𠮷 two), none of []:*?/\ and no apostrophe at either end; 'History' is
 * reserved.
 */
export const MAX_SHEET_NAME = 31;

/** The longest start of a text within `units` UTF-16 code units, never cutting a surrogate pair. */
function cutToUnits(text: string, units: number): string {
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > units) break;
    cut += char;
  }
  return cut;
}

/**
 * Makes any text a valid sheet name: forbidden characters (and halves of broken surrogate pairs)
 * become '-', spaces collapse, long names are cut at 31 UTF-16 units as Excel counts them.
 * @example sanitizeSheetName('登记表-张三/李四') // '登记表-张三-李四'
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]|[\uD800-\uDFFF]/gu, '-')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  const cut = cutToUnits(cleaned, MAX_SHEET_NAME).replace(/'+$/, '').trim();
  if (cut.toLowerCase() === 'history') return `${cut}-1`;
  return cut === '' ? 'Sheet' : cut;
}

/**
 * Gives each wanted name a unique valid sheet name, in order: a clash (Excel compares names
 * case-insensitively) gets '-2', '-3'… with the base shortened so the whole stays within 31 units.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  return wanted.map((name) => {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let counter = 2; used.has(candidate.toLowerCase()); counter++) {
      const suffix = `-${counter}`;
      candidate = cutToUnits(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
