/**
 * Generated sheets added to and removed from a user's package. A new sheet is laid out by exceljs
 * in a scratch workbook of its own (the same code that writes new workbooks, newWorkbook.ts) and
 * grafted in: its worksheet part with its text made inline strings and its style indices mapped to
 * styles appended to the user's styles part, its tables under fresh ids and names, its print area,
 * a relationship, a content type and a `<sheet>` entry. The user's parts are never rewritten by
 * exceljs. Removing a generated sheet takes out its entry, its parts and the calculation chain
 * (Excel rebuilds it; left in, it would name cells of a sheet that is gone).
 */
import { failure } from '../../../core/failures';
import { type NewSheet, newSheetName } from '../../port';
import { type EditContext, PatchRefusal, refuse } from './editContext';
import {
  addContentType,
  addRelationship,
  contentTypeOf,
  relativeTarget,
  removeContentType,
  removeRelationship,
} from './packageLinks';
import { openPackage, type PackageParts } from './packageParts';
import { sheetTables } from './tableParts';
import { isType, relationships, relationshipsPath, workbookParts } from './workbookParts';
import { addDefinedNames, addSheetEntry, removeSheetEntry, sheetEntries } from './workbookSheets';
import { listItems } from './xmlLists';
import { attributeOf, attributes, elementPattern, setAttribute } from './xmlText';

const fold = (name: string): string => name.trim().toLowerCase();
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The first free path `folder/stem{n}.ext` (part names compare without case). */
function freshPath(parts: PackageParts, taken: Set<string>, like: string): string {
  const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(like) ?? ['', like, '', ''];
  for (let n = 1; ; n++) {
    const path = `${match[1]}${n}${match[3]}`;
    if (!taken.has(path.toLowerCase()) && parts.read(path) === undefined) {
      taken.add(path.toLowerCase());
      return path;
    }
  }
}

/** A name no table and no defined name of the workbook has yet. */
function freshTableName(context: EditContext, wanted: string): string {
  const workbook = context.parts.read(context.workbook) ?? '';
  const used = new Set(
    listItems(workbook, 'workbook', 'definedNames', 'definedName').map((element) =>
      fold(attributes(element).get('name') ?? ''),
    ),
  );
  for (const sheet of context.sheets())
    for (const table of sheetTables(context.parts, sheet.path)) {
      const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(context.parts.read(table.path) ?? '')?.[0] ?? '';
      used.add(fold(attributeOf(tag, 'name') ?? '')).add(fold(attributeOf(tag, 'displayName') ?? ''));
    }
  let name = wanted;
  for (let n = 2; used.has(fold(name)); n++) name = `${wanted}_${n}`;
  return name;
}

/** The highest table id in the workbook (ids are unique across its tables). */
function lastTableId(context: EditContext): number {
  return Math.max(
    0,
    ...context.sheets().flatMap((sheet) =>
      sheetTables(context.parts, sheet.path).map((table) => {
        const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(context.parts.read(table.path) ?? '')?.[0] ?? '';
        return Number(attributeOf(tag, 'id') ?? 0);
      }),
    ),
  );
}

/** The scratch sheet's XML with inline strings for shared ones and the user's style indices. */
function adoptedSheet(
  context: EditContext,
  scratch: PackageParts,
  sheetPath: string,
  strings: readonly string[],
  styles: string,
): string {
  const xml = (scratch.read(sheetPath) ?? '').replace(
    /<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g,
    (_, before: string, after: string, index: string) =>
      `<c${before} t="inlineStr"${after}><is>${strings[Number(index)] ?? '<t></t>'}</is></c>`,
  );
  const used = (pattern: RegExp) => [...new Set([...xml.matchAll(pattern)].map((match) => Number(match[1])))];
  const cellStyles = used(/<(?:c|row)\b[^>]*?\ss="(\d+)"/g).concat(used(/<col\b[^>]*?\sstyle="(\d+)"/g));
  const grafted = context.styles().graft(styles, cellStyles, used(/<cfRule\b[^>]*?\sdxfId="(\d+)"/g));
  const map = (index: string, to: ReadonlyMap<number, number>) => String(to.get(Number(index)) ?? 0);
  return xml
    .replace(
      /(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g,
      (_, head: string, index: string) => `${head}${map(index, grafted.cellXfs)}"`,
    )
    .replace(
      /(<col\b[^>]*?\sstyle=")(\d+)"/g,
      (_, head: string, index: string) => `${head}${map(index, grafted.cellXfs)}"`,
    )
    .replace(
      /(<cfRule\b[^>]*?\sdxfId=")(\d+)"/g,
      (_, head: string, index: string) => `${head}${map(index, grafted.dxfs)}"`,
    );
}

/** Grafts the one sheet of a scratch workbook into the user's package. */
function graftSheet(context: EditContext, scratchBytes: Uint8Array): void {
  const scratch = openPackage(scratchBytes) ?? refuse('exceljs 生成的工作表无法打开');
  const book = workbookParts(scratch.read) ?? refuse('exceljs 生成的工作表无法打开');
  const sheet = book.sheets[0] ?? refuse('exceljs 没有生成工作表');
  const strings = [...(scratch.read(book.sharedStrings ?? '') ?? '').matchAll(elementPattern('si'))].map(
    (match) => match[2] ?? '',
  );
  const { parts } = context;
  const taken = new Set(parts.paths().map((path) => path.toLowerCase()));
  const path = freshPath(parts, taken, 'xl/worksheets/sheet1.xml');
  parts.write(path, adoptedSheet(context, scratch, sheet.path, strings, scratch.read(book.styles ?? '') ?? ''));
  addContentType(parts, path, WORKSHEET_TYPE);
  const rels = scratch.read(relationshipsPath(sheet.path));
  if (rels !== undefined) {
    let tableId = lastTableId(context);
    const targets = relationships(scratch.read, sheet.path);
    const adopted = rels.replace(elementPattern('Relationship'), (element) => {
      const attrs = attributes(element);
      const relationship = targets.get(attrs.get('Id') ?? '');
      if (!relationship) return element; // an external link: nothing to copy
      const copy = freshPath(parts, taken, relationship.target);
      let content = scratch.read(relationship.target) ?? '';
      if (isType(relationship, 'table')) {
        const tag = /<table\b[^>]*>/.exec(content)?.[0] ?? '';
        const name = freshTableName(context, attributeOf(tag, 'name') ?? 'Table');
        const renamed = setAttribute(
          setAttribute(setAttribute(tag, 'id', String(++tableId)), 'name', name),
          'displayName',
          name,
        );
        content = content.replace(tag, renamed);
      }
      parts.write(copy, content);
      addContentType(parts, copy, contentTypeOf(scratch, relationship.target) ?? 'application/xml');
      return setAttribute(element, 'Target', relativeTarget(path, copy));
    });
    parts.write(relationshipsPath(path), adopted);
  }
  const id = addRelationship(parts, context.workbook, `${TRANSITIONAL}/worksheet`, path);
  const index = addSheetEntry(context, sheet.name, id);
  const scratchWorkbook = scratch.read(book.workbook) ?? '';
  addDefinedNames(
    context,
    listItems(scratchWorkbook, 'workbook', 'definedNames', 'definedName').map((element) =>
      /\slocalSheetId=/.test(element) ? element.replace(/(\slocalSheetId=")\d+"/, `$1${index}"`) : element,
    ),
  );
}

/** Adds generated sheets at the end of the workbook, in order; a name the workbook already has is refused. */
export async function addSheets(context: EditContext, sheets: readonly NewSheet[]): Promise<void> {
  if (sheets.length === 0) return;
  const workbook = context.parts.read(context.workbook) ?? '';
  if (workbook.includes('http://purl.oclc.org/ooxml/spreadsheetml/main'))
    refuse('Strict OOXML 格式的工作簿暂不能添加工作表');
  const { buildWorkbook } = await import('../newWorkbook');
  for (const sheet of sheets) {
    const name = newSheetName(sheet);
    const names = sheetEntries(context.parts.read(context.workbook) ?? '').map((entry) =>
      fold(attributes(entry).get('name') ?? ''),
    );
    if (names.includes(fold(name))) throw new PatchRefusal(failure('nameTaken', { detail: `工作表「${name}」` }));
    const buffer = await buildWorkbook([sheet]).xlsx.writeBuffer();
    graftSheet(context, new Uint8Array(buffer as ArrayBuffer));
  }
}

/** Removes a sheet the product generated earlier, with the parts it owns. */
export function removeSheet(context: EditContext, name: string): void {
  const { parts, workbook } = context;
  const links = relationships(parts.read, workbook);
  const id = removeSheetEntry(context, name);
  const target = id === undefined ? undefined : links.get(id)?.target;
  if (id === undefined || target === undefined) return;
  removeRelationship(parts, workbook, id);
  const owned = [target, ...[...relationships(parts.read, target).values()].map((relationship) => relationship.target)];
  for (const part of owned) {
    parts.remove(part);
    parts.remove(relationshipsPath(part));
    removeContentType(parts, part);
  }
  for (const [calcId, relationship] of links)
    if (isType(relationship, 'calcChain')) {
      removeRelationship(parts, workbook, calcId);
      parts.remove(relationship.target);
      removeContentType(parts, relationship.target);
    }
}
