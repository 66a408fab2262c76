/** Sheet names Excel accepts, made from any text (people's names, a report's title) and unique in a workbook. */

/** Excel's limits on sheet names: at most 31 characters, none of []:*?/\ and no apostrophe at either end. */
export const MAX_SHEET_NAME = 31;

/**
 * Makes any text a valid sheet name: forbidden characters become '-', spaces collapse, long
 * names are cut at 31 characters (counted as Excel counts them, a CJK character is one).
 * @example sanitizeSheetName('登记表-张三/李四') // '登记表-张三-李四'
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  const cut = [...cleaned].slice(0, MAX_SHEET_NAME).join('').replace(/'+$/, '').trim();
  return cut === '' ? 'Sheet' : cut;
}

/**
 * Gives each wanted name a unique valid sheet name, in order: a clash (Excel compares names
 * case-insensitively) gets '-2', '-3'… with the base shortened so the whole stays within 31.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  return wanted.map((name) => {
    const base = sanitizeSheetName(name);
    let candidate = base;
    for (let counter = 2; used.has(candidate.toLowerCase()); counter++) {
      const suffix = `-${counter}`;
      candidate = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
