/**
 * What Excel checks of a package before it shows a workbook, checked here so a test fails where
 * Excel would say "We found a problem with some content": every content-type override names a part
 * that exists, every part has a content type, every internal relationship points at a part that
 * exists, sheet names and ids are unique, and table ids and names are unique in the workbook.
 */
import { relationships, workbookParts } from '../../src/workbook/xlsx/package/workbookParts';
import { entryXml, rawEntries } from './zipEntries';

/** The problems found; empty when the package is sound. */
export function packageProblems(bytes: Uint8Array): string[] {
  const names = [...rawEntries(bytes).keys()].filter((name) => !name.endsWith('/'));
  const read = (path: string) => (names.includes(path) ? entryXml(bytes, path) : undefined);
  const problems: string[] = [];
  const types = read('[Content_Types].xml') ?? '';
  const overrides = [...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((match) =>
    (match[1] as string).slice(1),
  );
  const defaults = [...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((match) =>
    (match[1] as string).toLowerCase(),
  );
  for (const part of overrides) if (!names.includes(part)) problems.push(`override for missing part ${part}`);
  for (const name of names)
    if (
      name !== '[Content_Types].xml' &&
      !overrides.includes(name) &&
      !defaults.includes(name.split('.').pop()?.toLowerCase() ?? '')
    )
      problems.push(`no content type for ${name}`);
  for (const name of names.filter((path) => path.endsWith('.rels'))) {
    const source = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    for (const relationship of relationships(read, source).values())
      if (!names.includes(relationship.target)) problems.push(`${name} points at missing ${relationship.target}`);
    if (source !== '' && !names.includes(source)) problems.push(`${name} belongs to missing ${source}`);
  }
  const parts = workbookParts(read);
  if (!parts) return [...problems, 'no workbook'];
  const workbook = read(parts.workbook) ?? '';
  const sheetNames = [...workbook.matchAll(/<(?:\w+:)?sheet [^>]*name="([^"]+)"/g)].map((match) => match[1]);
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet [^>]*sheetId="(\d+)"/g)].map((match) => match[1]);
  if (new Set(sheetNames).size !== sheetNames.length) problems.push(`duplicate sheet names ${sheetNames.join(',')}`);
  if (new Set(sheetIds).size !== sheetIds.length) problems.push(`duplicate sheet ids ${sheetIds.join(',')}`);
  const tables = parts.sheets.flatMap((sheet) =>
    [...relationships(read, sheet.path).values()]
      .filter((relationship) => relationship.type.endsWith('/table'))
      .map((relationship) => /<table [^>]*>/.exec(read(relationship.target) ?? '')?.[0] ?? ''),
  );
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const ids = tables.map((tag) => attribute(tag, 'id'));
  const tableNames = tables.map((tag) => attribute(tag, 'name')?.toLowerCase());
  if (new Set(ids).size !== ids.length) problems.push(`duplicate table ids ${ids.join(',')}`);
  if (new Set(tableNames).size !== tableNames.length) problems.push(`duplicate table names ${tableNames.join(',')}`);
  return problems;
}
