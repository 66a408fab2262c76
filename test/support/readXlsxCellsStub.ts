/**
 * TEMPORARY: stands in for src/workbook/xlsx/readXlsxCells.ts (issue 8) until the streaming reader
 * lands. When merging, point the imports of this file at the real module and delete it.
 */
export { readXlsx as readXlsxCells, type WorkbookReadFailure } from '../../src/workbook/xlsx/readXlsx';
