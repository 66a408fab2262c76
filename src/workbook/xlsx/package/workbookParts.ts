/**
 * Where the parts of a workbook are: the workbook part (found through the package's relationships),
 * its worksheets in order with their names, the shared strings and styles, and whether dates
 * count from 1904. Relationship types are matched by their last segment, so Transitional and
 * Strict OOXML read alike.
 */
import { DamagedEntryError } from './entryText';
import { attributes, elementPattern } from './xmlText';

/** A part's text by its path in the package, undefined when there is no such part (the file's, or the writer's edited copy). */
export type PartReader = (path: string) => string | undefined;

/** A worksheet part of the workbook, in workbook order. */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
  /** The relationship id workbook.xml names the sheet by. */
  readonly relationshipId: string;
}

/** What the reader needs to know before it reads any cell. */
export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  /** `date1904` written as 1 or true (LibreOffice writes true). */
  readonly date1904: boolean;
  /** Where the workbook part is (xl/workbook.xml in every file seen so far). */
  readonly workbook: string;
}

/** A relationship of a part: its type URI and the path of the part it points to. */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A part's path from a relationship target, which is relative to the source part's folder or absolute. */
export function resolvePath(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Where a part's relationships are: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`, `_rels/.rels` for the package. */
export function relationshipsPath(part: string): string {
  const folder = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').pop() ?? '';
  return `${folder === '' ? '' : `${folder}/`}_rels/${name}.rels`;
}

/** The relationships of a part (its `_rels/*.rels`), by id; empty when it has none. External targets are left out. */
export function relationships(read: PartReader, part: string): Map<string, Relationship> {
  const xml = read(relationshipsPath(part));
  const found = new Map<string, Relationship>();
  if (xml === undefined) return found;
  for (const match of xml.matchAll(elementPattern('Relationship'))) {
    const attrs = attributes(match[1] ?? '');
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id !== undefined && target !== undefined && attrs.get('TargetMode') !== 'External')
      found.set(id, { type: attrs.get('Type') ?? '', target: resolvePath(part, target) });
  }
  return found;
}

/** Whether a relationship's type ends in this segment (Transitional and Strict URIs alike). */
export const isType = (relationship: Relationship, last: string): boolean => relationship.type.endsWith(`/${last}`);

/** The workbook's parts, or undefined when the package holds no spreadsheet workbook (an .ods, another zip). */
export function workbookParts(read: PartReader): WorkbookParts | undefined {
  const root = [...relationships(read, '').values()].find((relationship) => isType(relationship, 'officeDocument'));
  const workbookPath = root?.target ?? 'xl/workbook.xml';
  const xml = read(workbookPath);
  if (xml === undefined) return undefined;
  if (!/<(?:[\w.-]+:)?workbook\b/.test(xml)) return undefined;
  // A workbook part that never closes was cut short: reading on would report a ledger without sheets.
  if (!/<\/(?:[\w.-]+:)?workbook>\s*$/.test(xml)) throw new DamagedEntryError(workbookPath, '工作簿部件不完整');
  const rels = relationships(read, workbookPath);
  const sheets: SheetPart[] = [];
  for (const match of xml.matchAll(elementPattern('sheet'))) {
    const attrs = attributes(match[1] ?? '');
    const relationship = rels.get(attrs.get('id') ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (relationship && isType(relationship, 'worksheet'))
      sheets.push({ name: attrs.get('name') ?? '', path: relationship.target, relationshipId: attrs.get('id') ?? '' });
  }
  const properties = xml.match(elementPattern('workbookPr'));
  const date1904 = attributes(properties?.[0]?.replace(/^<[^\s>]+/, '') ?? '').get('date1904');
  const of = (last: string) => [...rels.values()].find((relationship) => isType(relationship, last))?.target;
  return {
    sheets,
    ...(of('sharedStrings') !== undefined ? { sharedStrings: of('sharedStrings') } : {}),
    ...(of('styles') !== undefined ? { styles: of('styles') } : {}),
    date1904: date1904 === '1' || date1904 === 'true',
    workbook: workbookPath,
  };
}
