/**
 * The list elements of the parts the writer edits — `<cellXfs count="n"><xf/>…</cellXfs>` in the
 * styles, `<tableColumns>` in a table, `<sheets>` and `<definedNames>` in the workbook,
 * `<dataValidations>` in a sheet — read and appended to as text, everything around them kept.
 * A missing list is created where the schema's element order puts it.
 */
import { elementPattern, prefixElements, rootPrefix, setAttribute } from './xmlText';

/** Where a list element is: its start tag, its content (empty when it closes itself) and its end. */
interface ListElement {
  readonly start: number;
  readonly tagEnd: number;
  readonly contentEnd: number;
  readonly end: number;
  readonly tag: string;
  readonly prefix: string;
}

/** The list with the root's prefix: `<x14:dxfs>` in an extension is another list than `<dxfs>`. */
function findList(xml: string, root: string, container: string): ListElement | undefined {
  const prefix = rootPrefix(xml, root);
  const match = new RegExp(`<${prefix}${container}\\b[^>]*?(\\/?)>`).exec(xml);
  if (!match) return undefined;
  const tagEnd = match.index + match[0].length;
  if (match[1] === '/') return { start: match.index, tagEnd, contentEnd: tagEnd, end: tagEnd, tag: match[0], prefix };
  const close = xml.indexOf(`</${prefix}${container}>`, tagEnd);
  if (close < 0) return undefined;
  return {
    start: match.index,
    tagEnd,
    contentEnd: close,
    end: close + prefix.length + container.length + 3,
    tag: match[0],
    prefix,
  };
}

/** The items of a list (each whole element, in order); empty when the list is not there. */
export function listItems(xml: string, root: string, container: string, item: string): string[] {
  const list = findList(xml, root, container);
  if (!list) return [];
  return [...xml.slice(list.tagEnd, list.contentEnd).matchAll(elementPattern(item))].map((match) => match[0]);
}

/**
 * Appends items (written without prefix; the part's prefix is added) to a list, updating its
 * `count`; a missing list is created before the first element of `before` found at the top
 * level, else before the root element closes. Returns the XML and the index of the first item.
 */
export function appendItems(
  xml: string,
  root: string,
  container: string,
  item: string,
  items: readonly string[],
  before: readonly string[],
): { readonly xml: string; readonly first: number } {
  const prefix = rootPrefix(xml, root);
  const added = items.map((text) => prefixElements(text, prefix)).join('');
  const list = findList(xml, root, container);
  if (list) {
    const first = listItems(xml, root, container, item).length;
    const counted = /\scount=/.test(list.tag)
      ? setAttribute(list.tag, 'count', String(first + items.length))
      : list.tag;
    const open = counted.replace(/\s*\/>$/, '>');
    const content = xml.slice(list.tagEnd, list.contentEnd);
    const close = `</${list.prefix}${container}>`;
    return { xml: `${xml.slice(0, list.start)}${open}${content}${added}${close}${xml.slice(list.end)}`, first };
  }
  const element = `<${prefix}${container} count="${items.length}">${added}</${prefix}${container}>`;
  const at = insertionPoint(xml, root, prefix, before);
  return { xml: `${xml.slice(0, at)}${element}${xml.slice(at)}`, first: 0 };
}

/** Where an element goes: before the first of `before` that the root holds, else before the root closes. */
export function insertionPoint(xml: string, root: string, prefix: string, before: readonly string[]): number {
  const positions = before
    .map((name) => new RegExp(`<${prefix}${name}[\\s/>]`).exec(xml)?.index ?? -1)
    .filter((index) => index >= 0);
  if (positions.length > 0) return Math.min(...positions);
  const close = xml.lastIndexOf(`</${prefix}${root}>`);
  if (close < 0) throw new Error(`${root} never closes`);
  return close;
}

/** Replaces the items of a list (e.g. to drop one), keeping its start tag with the count updated. */
export function replaceItems(xml: string, root: string, container: string, items: readonly string[]): string {
  const list = findList(xml, root, container);
  if (!list) return xml;
  const open = (/\scount=/.test(list.tag) ? setAttribute(list.tag, 'count', String(items.length)) : list.tag).replace(
    /\s*\/>$/,
    '>',
  );
  return `${xml.slice(0, list.start)}${open}${items.join('')}</${list.prefix}${container}>${xml.slice(list.end)}`;
}
