/**
 * A start tag's attributes in a row's XML, read by position: where a value starts, the value decoded,
 * and a cell reference's column. Shared by the sheet reader and the package writer.
 */
import { attributes, decodeXml } from './xmlText';

/**
 * Where an attribute's value starts in `text[start, end)` (a start tag's attributes), or -1. The
 * common spelling `name="…"` is found with indexOf and no new strings; spaces around `=` (allowed,
 * never seen from a real producer) take the general path.
 */
export function attributeAt(text: string, start: number, end: number, key: string): number {
  for (let at = text.indexOf(key, start); at >= 0 && at < end; at = text.indexOf(key, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58) continue;
    const quote = text.charCodeAt(at + key.length);
    return quote === 34 || quote === 39 ? at + key.length + 1 : -1;
  }
  return -1;
}

/** Where the value starting at `valueStart` ends (its closing quote, the one it opened with), or -1 past `end`. */
function valueEnd(text: string, valueStart: number, end: number): number {
  const close = text.indexOf(text[valueStart - 1] as string, valueStart);
  return close > end ? -1 : close;
}

/** The search key of an attribute: the ones read on every cell are made once, not at each call. */
const keyOf = (name: string): string => (name === 'r' ? 'r=' : name === 't' ? 't=' : name === 's' ? 's=' : `${name}=`);

/** What a regular expression's `\s` matches (the general path reads attributes with one). */
const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** Whether `text[start, end)` has a space next to an `=` (`r = "1"`), without cutting it out. */
function hasSpacedEquals(text: string, start: number, end: number): boolean {
  for (let at = text.indexOf('=', start); at >= 0 && at < end; at = text.indexOf('=', at + 1))
    if (isSpace(text.charCodeAt(at - 1)) || isSpace(text.charCodeAt(at + 1))) return true;
  return false;
}

/** An attribute's value in `text[start, end)` (a start tag's attributes), decoded; undefined when the tag has none. */
export function attributeIn(text: string, start: number, end: number, name: string): string | undefined {
  const valueStart = attributeAt(text, start, end, keyOf(name));
  if (valueStart >= 0) {
    const close = valueEnd(text, valueStart, end);
    return close < 0 ? undefined : decodeXml(text.slice(valueStart, close));
  }
  return hasSpacedEquals(text, start, end) ? attributes(text.slice(start, end)).get(name) : undefined;
}

/** The integer written as 1 to 15 ASCII digits in `text[start, end)` (exact as a number), or -1 when it is written otherwise. */
export function digitsIn(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * An attribute written as plain digits (a row's `r`, a cell's `s`), read without a new string; -1
 * when the tag has no such attribute or writes it otherwise (the caller then reads it as text).
 */
export function digitsAttribute(text: string, start: number, end: number, name: string): number {
  const valueStart = attributeAt(text, start, end, keyOf(name));
  const close = valueStart < 0 ? -1 : valueEnd(text, valueStart, end);
  return close < 0 ? -1 : digitsIn(text, valueStart, close);
}

/** The column of a cell reference starting at `at` ('AB12' → 28), or undefined without letters. */
export function columnAt(text: string, at: number): number | undefined {
  let column = 0;
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column === 0 ? undefined : column;
}
