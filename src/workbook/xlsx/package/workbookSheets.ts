/**
 * The workbook part's list of sheets, edited as text: a `<sheet>` added for a new worksheet (with
 * its print area and print titles as defined names), or one taken out with its own defined names,
 * the sheet-local names of later sheets moved down by one and the active tab kept on a sheet that
 * exists. Everything else in workbook.xml is carried over as it is.
 */
import type { EditContext } from './editContext';
import { appendItems, listItems, replaceItems } from './xmlLists';
import { attributeOf, escapeXml, setAttribute } from './xmlText';

const RELATIONSHIP_NAMESPACES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
/** The workbook's children after `sheets` and after `definedNames`, in schema order. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const AFTER_SHEETS = ['functionGroups', 'externalReferences', 'definedNames', ...AFTER_DEFINED_NAMES];

const fold = (name: string): string => name.trim().toLowerCase();
const startTag = (element: string): string => element.slice(0, element.indexOf('>') + 1);

/** The `<sheet>` elements, in order. */
export const sheetEntries = (xml: string): string[] => listItems(xml, 'workbook', 'sheets', 'sheet');

/** Adds a sheet pointing at relationship `id`; returns its position among the sheets (what `localSheetId` counts). */
export function addSheetEntry(context: EditContext, name: string, id: string): number {
  const xml = context.parts.read(context.workbook) ?? '';
  const entries = sheetEntries(xml);
  const sheetId = Math.max(0, ...entries.map((entry) => Number(attributeOf(startTag(entry), 'sheetId') ?? 0))) + 1;
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
  const declared = [...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].find((match) =>
    RELATIONSHIP_NAMESPACES.includes(match[2] ?? ''),
  );
  const reference = declared ? `${declared[1]}:id="${id}"` : `xmlns:r="${RELATIONSHIP_NAMESPACES[0]}" r:id="${id}"`;
  const element = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${reference}/>`;
  context.parts.write(context.workbook, appendItems(xml, 'workbook', 'sheets', 'sheet', [element], AFTER_SHEETS).xml);
  return entries.length;
}

/** Adds defined names (written without prefix) to the workbook. */
export function addDefinedNames(context: EditContext, names: readonly string[]): void {
  if (names.length === 0) return;
  const xml = context.parts.read(context.workbook) ?? '';
  const next = appendItems(xml, 'workbook', 'definedNames', 'definedName', names, AFTER_DEFINED_NAMES).xml;
  // definedNames has no count attribute: appendItems writes one only on a list it creates.
  context.parts.write(context.workbook, next.replace(/(<(?:[\w.-]+:)?definedNames) count="\d+"/, '$1'));
}

/**
 * Takes a sheet out of the workbook's list; returns its relationship id, or undefined when there is
 * no sheet of that name.
 */
export function removeSheetEntry(context: EditContext, name: string): string | undefined {
  let xml = context.parts.read(context.workbook) ?? '';
  const entries = sheetEntries(xml);
  const index = entries.findIndex((entry) => fold(attributeOf(startTag(entry), 'name') ?? '') === fold(name));
  if (index < 0) return undefined;
  const id = attributeOf(startTag(entries[index] as string), 'id');
  xml = replaceItems(
    xml,
    'workbook',
    'sheets',
    entries.filter((_, at) => at !== index),
  );
  const names = listItems(xml, 'workbook', 'definedNames', 'definedName');
  if (names.length > 0) {
    const kept = names.flatMap((element) => {
      const local = attributeOf(startTag(element), 'localSheetId');
      if (local === undefined || Number(local) < index) return [element];
      if (Number(local) === index) return [];
      return [
        setAttribute(startTag(element), 'localSheetId', String(Number(local) - 1)) +
          element.slice(startTag(element).length),
      ];
    });
    xml = replaceItems(xml, 'workbook', 'definedNames', kept);
  }
  // The tab shown on opening, and the first tab shown, stay on sheets that exist.
  xml = xml.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (view) => {
    let next = view;
    for (const key of ['activeTab', 'firstSheet']) {
      const value = attributeOf(view, key);
      if (value !== undefined && Number(value) >= index && Number(value) > 0)
        next = setAttribute(next, key, String(Number(value) === index ? Math.max(0, index - 1) : Number(value) - 1));
    }
    return next;
  });
  context.parts.write(context.workbook, xml);
  return id;
}
