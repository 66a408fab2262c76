/**
 * Just enough XML for the parts of an .xlsx: elements found by their local name whatever their
 * namespace prefix (Strict OOXML and some producers write `x:row`), attributes by local name, and
 * the five entities plus character references.
 */

/** Whether a character may be part of an element's name (ASCII letters, digits, `:` `-` `.` `_`). */
export const isNameChar = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 58 ||
  code === 45 ||
  code === 46 ||
  code === 95;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its entities and character references replaced. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

const safeCodePoint = (code: number): string | undefined =>
  Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;

/** The attributes of a start tag's text (what follows the element name), by local name, decoded. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const local = match[2] as string;
    if (!found.has(local)) found.set(local, decodeXml(match[4] ?? match[5] ?? ''));
  }
  return found;
}

/**
 * A pattern for every element of one local name: group 1 its attributes, group 2 its content
 * (undefined when it closes itself). `\b` keeps `row` from matching `rowBreaks`.
 */
export const elementPattern = (local: string): RegExp =>
  new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${local}>)`, 'g');

/** The text of the `t` elements in a string item, leaving out phonetic runs (`rPh`), which are not shown. */
export function itemText(content: string): string {
  const shown = content.includes('rPh') ? content.replace(PHONETIC, '') : content;
  let text = '';
  TEXT.lastIndex = 0;
  for (let match = TEXT.exec(shown); match; match = TEXT.exec(shown)) text += match[2] ?? '';
  return decodeXml(text);
}
const PHONETIC = elementPattern('rPh');
const TEXT = elementPattern('t');

const isNameBoundary = (char: string | undefined): boolean =>
  char === undefined || char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === ':';

/**
 * One attribute of a start tag's text by local name, without reading all of them as `attributes`
 * does. (The sheet reader reads a cell's and a row's by position instead: cellAttributes.ts.)
 */
export function attributeOf(tag: string, name: string): string | undefined {
  const key = `${name}=`;
  for (let at = tag.indexOf(key); at >= 0; at = tag.indexOf(key, at + 1)) {
    if (!isNameBoundary(at === 0 ? undefined : tag[at - 1])) continue;
    const quote = tag[at + key.length];
    if (quote !== '"' && quote !== "'") break;
    const end = tag.indexOf(quote, at + key.length + 1);
    if (end < 0) break;
    return decodeXml(tag.slice(at + key.length + 1, end));
  }
  // Unusual spellings (spaces around '=') take the general path.
  return tag.includes(name) ? attributes(tag).get(name) : undefined;
}

/** Text escaped for XML content and attribute values (the writer's side of `decodeXml`). */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Adds `prefix` (e.g. `x:`) to every element name written without one; attributes are left alone. */
export const prefixElements = (xml: string, prefix: string): string =>
  prefix === '' ? xml : xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);

/** A start tag with one attribute set (replaced where it is, or added at the end). */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** The namespace prefix of a part's root element (`x:` for `<x:worksheet …>`), '' when it has none. */
export const rootPrefix = (xml: string, local: string): string =>
  new RegExp(`<([\\w.-]+:)?${local}[\\s>]`).exec(xml)?.[1] ?? '';
