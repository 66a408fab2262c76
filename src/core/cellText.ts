/**
 * Cell values as people type them: text cleaned and compared loosely, and dates, 是/否 and lists in
 * the many ways users write them.
 */
import type { Cell } from './cell';
import { type LocalDate, localDate, serialToLocalDate } from './localDate';

/** Spaces other than the ASCII one: full-width (U+3000), no-break, en/em and the like. They show as spaces. */
const WIDE_SPACE_CHARS = '\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
/**
 * Characters no one sees (Unicode's Default_Ignorable_Code_Point): zero-width spaces and joiners,
 * the word joiner, the byte-order mark, the soft hyphen, direction marks, Hangul fillers… Pasted
 * from web pages and chat apps, they make a name differ from the same name typed, and a cell that
 * looks blank hold something.
 */
const INVISIBLES = /\p{Default_Ignorable_Code_Point}/gu;
/** Invisible characters that change what is shown around them (emoji sequences, some scripts): kept inside text. */
function isJoiner(char: string): boolean {
  const code = char.codePointAt(0) as number;
  return (
    code === 0x200c || // zero-width non-joiner
    code === 0x200d || // zero-width joiner (👩‍🎓)
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    (code >= 0xe0020 && code <= 0xe007f) || // tags (flags of regions)
    (code >= 0xe0100 && code <= 0xe01ef) // ideographic variation selectors
  );
}
/** A character other than ASCII, CJK ideographs, CJK and full-width punctuation: the text may need cleaning. */
const NOT_PLAIN = /[^\x20-\x7e\u3001-\u303f\u4e00-\u9fff\uff01-\uff5e]/;
const UNUSUAL = new RegExp(`[${WIDE_SPACE_CHARS}]|\\p{Default_Ignorable_Code_Point}`, 'u');
const WIDE_SPACES = new RegExp(`[${WIDE_SPACE_CHARS}]`, 'gu');
const BLANK_ENDS = /^[\s\p{Default_Ignorable_Code_Point}]+|[\s\p{Default_Ignorable_Code_Point}]+$/gu;

/**
 * Text as it shows: wide spaces count as spaces, invisible characters are dropped (those joining
 * what is shown, as in 👩‍🎓, only at the ends), the ends are trimmed. Text of nothing visible is ''.
 * @example cleanText('\u200b张\u00ad三\u3000') // '张三'
 */
export function cleanText(text: string): string {
  // Testing first spares the replaces (and their new strings) for the text that has none of them, nearly
  // all; the plain test first, as the Unicode property is the slower one to test.
  if (!NOT_PLAIN.test(text) || !UNUSUAL.test(text)) return text.trim();
  return text
    .replace(WIDE_SPACES, ' ')
    .replace(INVISIBLES, (char) => (isJoiner(char) ? char : ''))
    .replace(BLANK_ENDS, '');
}

/**
 * The key names and IDs are compared by: no spaces and no invisible characters at all, case folded
 * (to upper case), full-width forms folded (ｐ０１ = P01). Keys are only compared, never shown.
 */
export function matchKey(text: string): string {
  // Most keys (P01, C2026-015, 张三) have nothing to fold: they are their own key, and no new string
  // is made for them (on 200k contacts those strings were a good part of the garbage). A loop over the
  // char codes, as a regular expression literal is a new object each time it is evaluated.
  let lower = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) lower = true;
    // CJK punctuation 、。《》「」【】… (U+3001–U+3029) is its own key too: a group row's list of 结对编号
    // (P01、P02) then needs no Unicode normalization.
    else if (code < 0x21 || (code > 0x7e && (code < 0x4e00 || code > 0x9fff) && (code < 0x3001 || code > 0x3029)))
      return foldedKey(text);
  }
  return lower ? text.toUpperCase() : text;
}

const SPACES = /\s+/g;

/** The key of a text with something to fold: invisible characters, spaces, full-width or other forms. */
function foldedKey(text: string): string {
  // Invisible characters go first: one between a letter and its accent would keep NFKC from joining them.
  return text.replace(INVISIBLES, '').normalize('NFKC').replace(SPACES, '').toUpperCase();
}

/**
 * What a cell reads as text: how a name, an ID or a note is taken whatever the cell holds.
 * @example cellText({ kind: 'number', value: 1001 }) // '1001'
 */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
    case 'uncalculated':
      return '';
    case 'text':
      return cleanText(cell.text);
    case 'number':
      return Number.isInteger(cell.value) ? String(cell.value) : String(Number(cell.value.toPrecision(12)));
    case 'date':
      return cell.date;
    case 'boolean':
      return cell.value ? '是' : '否';
    case 'error':
      return cell.code;
  }
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];
const TRAILING_TIME = /\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Reads the date forms users type: 2026-09-15, 2026/9/15, 2026.9.15, 2026年9月15日, 20260915
 * (full-width digits too, and a trailing time of day). Anything else, or a day that does not
 * exist, gives undefined: never a guess.
 */
export function parseDateText(text: string): LocalDate | undefined {
  // Nearly every date typed as text is one of the forms as it stands: it has nothing to clean, fold or
  // trim (the forms allow no space, and NFKC leaves ASCII and 年月日 as they are), so it is read first
  // as it is; the Unicode normalization and two replaces took most of reading 10k such cells.
  const plain = dateOfForms(text);
  if (plain !== NOT_A_FORM) return plain;
  const compact = cleanText(text).normalize('NFKC').replace(TRAILING_TIME, '').replace(/\s+/g, '');
  const read = dateOfForms(compact);
  return read === NOT_A_FORM ? undefined : read;
}

const NOT_A_FORM = null;

/** The day a text written in one of the date forms is (undefined when there is no such day), else NOT_A_FORM. */
function dateOfForms(text: string): LocalDate | undefined | typeof NOT_A_FORM {
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return localDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return NOT_A_FORM;
}

/** A date cell, a date serial, the number 20260915 typed without a format, or date text. */
export function cellDate(cell: Cell, date1904 = false): LocalDate | undefined {
  switch (cell.kind) {
    case 'date':
      return cell.date;
    case 'number':
      if (cell.value >= 19000101 && cell.value <= 99991231 && Number.isInteger(cell.value))
        return parseDateText(String(cell.value));
      return serialToLocalDate(cell.value, date1904);
    case 'text':
      return parseDateText(cell.text);
    default:
      return undefined;
  }
}

// As keys, so the sets hold what matchKey gives whichever way it folds case.
const YES = new Set(['是', 'y', 'yes', '1', '√', '✓', '✔', 'true', '对'].map(matchKey));
const NO = new Set(['否', 'n', 'no', '0', '×', '✗', '✘', 'x', 'false', '不是'].map(matchKey));

/** 是/否 and the ways people write them (Y/N, 1/0, √/×, TRUE/FALSE). */
export function cellYesNo(cell: Cell): boolean | undefined {
  if (cell.kind === 'boolean') return cell.value;
  const key = matchKey(cellText(cell));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** Splits 人士类别-style lists written with 、 ， , ; or ；. */
export function splitList(text: string): string[] {
  return text
    .split(/[、，,;；]/)
    .map(cleanText)
    .filter((item) => item !== '');
}
