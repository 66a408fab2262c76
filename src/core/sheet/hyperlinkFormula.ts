/** Cell links as one formula text, so both adapters write the same link. */
import { quoteSheetName } from './a1Range';
import type { LinkTarget } from './sheetSpec';

/**
 * A link as the text of a HYPERLINK formula (without the leading '='): it works the same in Excel,
 * WPS and LibreOffice, to a cell of this workbook or of another file beside it. Both adapters
 * (exceljs, Office.js) write links this way.
 * @example hyperlinkFormula('P01', { sheet: '结对关系', cell: 'A3' }) // HYPERLINK("#'结对关系'!A3","P01")
 */
export function hyperlinkFormula(text: string, to: LinkTarget): string {
  const target = `${to.file ?? ''}#${quoteSheetName(to.sheet)}!${to.cell}`;
  const literal = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return `HYPERLINK(${literal(target)},${literal(text)})`;
}
