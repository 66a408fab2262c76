/**
 * Columns added at the right of a ledger table (an upgrade): the header in the style of the header
 * to its left, the table widened over it when the table ends right there (a user's own columns in
 * between stay outside), the column's width when no `<col>` sets one, and its dropdown over the
 * rows below when the column is still empty. A header cell that already holds something is left
 * as it is, and then the table is not widened (its column names must match its header cells).
 */
import { LAST_ROW } from '../../../core/template/ledgerTemplate';
import { columnLetters } from '../../../core/address';
import type { ColumnsAddition } from '../../port';
import { cellXml } from './cellXml';
import type { EditContext } from './editContext';
import { growDimension } from './sheetAppend';
import { type CellWrite, editRows, readRow } from './sheetRows';
import { addTableColumns, sheetTables } from './tableParts';
import { appendItems, insertionPoint } from './xmlLists';
import { attributeOf, escapeXml, rootPrefix } from './xmlText';

/** The worksheet's children that come after `dataValidations`, in schema order. */
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
/** The worksheet's children that come after `cols`. */
const AFTER_COLS = ['sheetData'];

/** A list dropdown as the template describes it (the same rule `init` writes through exceljs). */
function validation(column: ColumnsAddition['columns'][number]['template'], sqref: string): string | undefined {
  const list = column.list;
  if (!list) return undefined;
  const style = list.strict ? '' : ' errorStyle="information"';
  return (
    `<dataValidation type="list"${style} allowBlank="1" showErrorMessage="1" errorTitle="${escapeXml(list.alert.title)}"` +
    ` error="${escapeXml(list.alert.text)}" sqref="${sqref}"><formula1>${escapeXml(`"${list.values.join(',')}"`)}</formula1></dataValidation>`
  );
}

/** A `<col>` setting a column's width, inserted in order unless a `<col>` already covers the column. */
function withWidth(xml: string, column: number, width: number): string {
  const prefix = rootPrefix(xml, 'worksheet');
  const cols = [...xml.matchAll(new RegExp(`<${prefix}col\\b([^>]*?)/?>`, 'g'))];
  const covering = cols.some((match) => {
    const min = Number(attributeOf(match[1] ?? '', 'min'));
    const max = Number(attributeOf(match[1] ?? '', 'max'));
    return min <= column && column <= max;
  });
  if (covering) return xml;
  const element = `<${prefix}col min="${column}" max="${column}" width="${width + 0.7109375}" customWidth="1"/>`;
  const later = cols.find((match) => Number(attributeOf(match[1] ?? '', 'min')) > column);
  if (later?.index !== undefined) return xml.slice(0, later.index) + element + xml.slice(later.index);
  const close = xml.indexOf(`</${prefix}cols>`);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  const at = insertionPoint(xml, 'worksheet', prefix, AFTER_COLS);
  return `${xml.slice(0, at)}<${prefix}cols>${element}</${prefix}cols>${xml.slice(at)}`;
}

/** Adds the columns of each addition to its sheet. */
export function addColumns(context: EditContext, additions: readonly ColumnsAddition[]): void {
  for (const { def, headerRow, firstColumn, columns } of additions) {
    if (columns.length === 0) continue;
    const path = context.sheetPath(def.sheet);
    let xml = context.parts.read(path) ?? '';
    const headerCells = readRow(xml, headerRow);
    const style = headerCells.get(firstColumn - 1)?.style;
    const taken = columns.some((_, index) => headerCells.get(firstColumn + index)?.value === true);
    const writes = new Map<number, CellWrite>(
      columns.map(({ template }, index) => [
        firstColumn + index,
        (existing, ref, prefix) =>
          existing?.value
            ? undefined
            : cellXml(prefix, ref, { kind: 'text', text: template.header }, style, context.date1904),
      ]),
    );
    xml = editRows(xml, new Map([[headerRow, writes]]));
    const rules: string[] = [];
    columns.forEach(({ template, formatCells }, index) => {
      const column = firstColumn + index;
      xml = withWidth(xml, column, template.width);
      const letter = columnLetters(column);
      const rule = formatCells ? validation(template, `${letter}${headerRow + 1}:${letter}${LAST_ROW}`) : undefined;
      if (rule) rules.push(rule);
    });
    if (rules.length > 0)
      xml = appendItems(xml, 'worksheet', 'dataValidations', 'dataValidation', rules, AFTER_VALIDATIONS).xml;
    xml = growDimension(xml, headerRow, firstColumn + columns.length - 1);
    context.parts.write(path, xml);
    const table = sheetTables(context.parts, path).find(
      (candidate) => candidate.range.top === headerRow && candidate.range.right === firstColumn - 1,
    );
    if (table && !taken)
      addTableColumns(
        context.parts,
        table,
        columns.map(({ template }) => template.header),
      );
  }
}
