/**
 * The package's wiring, edited as text: a part's relationships (`_rels/*.rels`) and the content
 * types of parts (`[Content_Types].xml`). Adding a part means a relationship from its owner and a
 * content type; removing one means taking both away. Ids are fresh (never reused while the
 * relationships part lists them).
 */
import type { PackageParts } from './packageParts';
import { relationshipsPath } from './workbookParts';
import { listItems, replaceItems } from './xmlLists';
import { attributes, escapeXml } from './xmlText';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = '[Content_Types].xml';

/** The target of a relationship from `from` to the part `to`, relative to `from`'s folder. */
export function relativeTarget(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** Adds a relationship of `part` to `target` (a part path); returns its id. */
export function addRelationship(parts: PackageParts, part: string, type: string, target: string): string {
  const path = relationshipsPath(part);
  const xml =
    parts.read(path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const ids = new Set(
    listItems(xml, 'Relationships', 'Relationships', 'Relationship').map((element) => attributes(element).get('Id')),
  );
  let number = ids.size + 1;
  while (ids.has(`rId${number}`)) number++;
  const id = `rId${number}`;
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  parts.write(path, appendToRoot(xml, 'Relationships', element));
  return id;
}

/** Removes a relationship of `part` by id. */
export function removeRelationship(parts: PackageParts, part: string, id: string): void {
  const path = relationshipsPath(part);
  const xml = parts.read(path);
  if (xml === undefined) return;
  const kept = listItems(xml, 'Relationships', 'Relationships', 'Relationship').filter(
    (element) => attributes(element.slice(0, element.indexOf('>'))).get('Id') !== id,
  );
  parts.write(path, replaceItems(xml, 'Relationships', 'Relationships', kept));
}

/** Gives a part its content type (an Override), replacing one it had. */
export function addContentType(parts: PackageParts, part: string, type: string): void {
  removeContentType(parts, part);
  const xml = parts.read(CONTENT_TYPES) ?? '';
  parts.write(
    CONTENT_TYPES,
    appendToRoot(xml, 'Types', `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`),
  );
}

/** Takes a removed part's Override out. */
export function removeContentType(parts: PackageParts, part: string): void {
  const xml = parts.read(CONTENT_TYPES);
  if (xml === undefined) return;
  const name = `/${part}`.toLowerCase();
  const pattern = /<(?:[\w.-]+:)?Override\b[^>]*?\/>|<(?:[\w.-]+:)?Override\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?Override>/g;
  const next = xml.replace(pattern, (element) =>
    (attributes(element.slice(0, element.indexOf('>'))).get('PartName') ?? '').toLowerCase() === name ? '' : element,
  );
  if (next !== xml) parts.write(CONTENT_TYPES, next);
}

/** Adds an element as the root's last child (the root of a relationships or content-types part). */
function appendToRoot(xml: string, root: string, element: string): string {
  const selfClosing = new RegExp(`<((?:[\\w.-]+:)?${root})\\b([^>]*?)\\s*/>`).exec(xml);
  if (selfClosing)
    return xml.replace(selfClosing[0], `<${selfClosing[1]}${selfClosing[2]}>${element}</${selfClosing[1]}>`);
  const close = new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).exec(xml);
  if (!close) throw new Error(`${root} never closes`);
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

/** A part's content type: its Override, else the Default for its extension. */
export function contentTypeOf(parts: PackageParts, part: string): string | undefined {
  const xml = parts.read(CONTENT_TYPES) ?? '';
  const name = `/${part}`.toLowerCase();
  const extension = part.split('.').pop()?.toLowerCase() ?? '';
  let fallback: string | undefined;
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?(Override|Default)\b([^>]*)>/g)) {
    const attrs = attributes(match[2] ?? '');
    if (match[1] === 'Override' && (attrs.get('PartName') ?? '').toLowerCase() === name)
      return attrs.get('ContentType');
    if (match[1] === 'Default' && (attrs.get('Extension') ?? '').toLowerCase() === extension)
      fallback = attrs.get('ContentType');
  }
  return fallback;
}
