/**
 * The Excel tables (`xl/tables/tableN.xml`) on a worksheet, found through the sheet's
 * relationships: which one a ledger's header row starts, and growing it over appended rows (its
 * `ref` and its autoFilter's) or added columns (a `tableColumn` each). Nothing else in the table
 * part changes: its style, its other columns and their formats, its extensions.
 */
import { columnLetters } from '../../../core/address';
import type { PackageParts } from './packageParts';
import { columnAt } from './cellAttributes';
import { isType, relationships } from './workbookParts';
import { appendItems, listItems } from './xmlLists';
import { attributeOf, attributes, escapeXml, setAttribute } from './xmlText';

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 'B2:L20' (or a single 'B2') as a range; undefined for anything else. */
export function parseRange(ref: string): CellRange | undefined {
  const match = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref.trim());
  if (!match) return undefined;
  const left = columnAt(match[1] as string, 0) ?? 1;
  const top = Number(match[2]);
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) : top,
    right: match[3] ? (columnAt(match[3], 0) ?? left) : left,
  };
}

/** A range as 'B2:L20'. */
export const rangeRef = (range: CellRange): string =>
  `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;

/** A table on a sheet: its part and its range. */
export interface TablePart {
  readonly path: string;
  readonly range: CellRange;
  /** Rows of totals at its bottom (rows appended below those would not belong to it). */
  readonly totalsRows: number;
}

const tableTag = (xml: string): string => /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';

/** The tables of a worksheet part. */
export function sheetTables(parts: PackageParts, sheetPath: string): TablePart[] {
  return [...relationships(parts.read, sheetPath).values()].flatMap((relationship) => {
    if (!isType(relationship, 'table')) return [];
    const xml = parts.read(relationship.target);
    const tag = xml === undefined ? '' : tableTag(xml);
    const range = parseRange(attributeOf(tag, 'ref') ?? '');
    return range
      ? [{ path: relationship.target, range, totalsRows: Number(attributeOf(tag, 'totalsRowCount') ?? 0) }]
      : [];
  });
}

/** The table whose header row is `headerRow` and that spans `column`, if any. */
export const tableAt = (
  parts: PackageParts,
  sheetPath: string,
  headerRow: number,
  column: number,
): TablePart | undefined =>
  sheetTables(parts, sheetPath).find(
    (table) => table.range.top === headerRow && table.range.left <= column && column <= table.range.right,
  );

/** Sets a table's range (and its autoFilter's, which covers the same cells when there is no totals row). */
export function resizeTable(parts: PackageParts, table: TablePart, range: CellRange): void {
  const xml = parts.read(table.path);
  if (xml === undefined) return;
  const tag = tableTag(xml);
  let next = xml.replace(tag, setAttribute(tag, 'ref', rangeRef(range)));
  next = next.replace(
    /<((?:[\w.-]+:)?autoFilter)\b([^>]*?)(\/?)>/,
    (whole, name: string, attrs: string, end: string) =>
      /\sref=/.test(attrs)
        ? setAttribute(
            `<${name}${attrs}${end}>`,
            'ref',
            rangeRef({ ...range, bottom: range.bottom - table.totalsRows }),
          )
        : whole,
  );
  parts.write(table.path, next);
}

/** Appends columns named `headers` at the table's right and widens it over them. */
export function addTableColumns(parts: PackageParts, table: TablePart, headers: readonly string[]): void {
  const xml = parts.read(table.path);
  if (xml === undefined || headers.length === 0) return;
  const ids = listItems(xml, 'table', 'tableColumns', 'tableColumn').map((element) =>
    Number(attributes(element.slice(0, element.indexOf('>'))).get('id') ?? 0),
  );
  let id = Math.max(0, ...ids);
  const columns = headers.map((header) => `<tableColumn id="${++id}" name="${escapeXml(header)}"/>`);
  parts.write(
    table.path,
    appendItems(xml, 'table', 'tableColumns', 'tableColumn', columns, ['tableStyleInfo', 'extLst']).xml,
  );
  resizeTable(parts, table, { ...table.range, right: table.range.right + headers.length });
}
