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

/** An attribute's value in `text[start, end)` (a start tag's attributes), decoded; undefined when the tag has none. */
export function attributeIn(text: string, start: number, end: number, name: string): string | undefined {
  const valueStart = attributeAt(text, start, end, `${name}=`);
  if (valueStart >= 0) {
    const close = text.indexOf(text[valueStart - 1] as string, valueStart);
    return close < 0 || close > end ? undefined : decodeXml(text.slice(valueStart, close));
  }
  const tag = text.slice(start, end);
  return /\s=|=\s/.test(tag) ? attributes(tag).get(name) : undefined;
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
