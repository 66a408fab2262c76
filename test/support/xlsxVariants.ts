import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';

export interface VariantOptions {
  /** New column order per sheet, as indexes into the original columns (missing ones are dropped). */
  readonly reorder?: (sheet: string, columnCount: number) => number[];
  /** Extra user columns appended after the data, with a header and a value per row. */
  readonly extraColumn?: string;
  /** Lines written above the header row (a title), as a WPS/LibreOffice user might. */
  readonly titleRows?: readonly string[];
  /** Sheets to leave out, and columns (by header) to leave out. */
  readonly dropSheets?: readonly string[];
  readonly dropHeaders?: readonly string[];
}

/**
 * Copies a ledger's cell values into a new workbook without any Excel table objects — what a file
 * looks like after WPS or LibreOffice — reshaped as asked.
 */
export async function writeVariant(source: string, target: string, options: VariantOptions): Promise<void> {
  const original = new ExcelJS.Workbook();
  await original.xlsx.load(readFileSync(source) as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] });
  const copy = new ExcelJS.Workbook();
  for (const sheet of original.worksheets) {
    if (options.dropSheets?.includes(sheet.name)) continue;
    const target = copy.addWorksheet(sheet.name);
    const rows: unknown[][] = [];
    sheet.eachRow(
      { includeEmpty: true },
      (row, rowNumber) => (rows[rowNumber - 1] = (row.values as unknown[]).slice(1)),
    );
    const width = Math.max(...rows.map((row) => row?.length ?? 0));
    const header = (rows[0] ?? []).map(String);
    const kept = [...Array(width).keys()].filter((index) => !options.dropHeaders?.includes(header[index] ?? ''));
    const order = options.reorder
      ? options.reorder(sheet.name, kept.length).map((index) => kept[index] as number)
      : kept;
    const offset = options.titleRows?.length ?? 0;
    options.titleRows?.forEach((line, index) => (target.getCell(index + 1, 1).value = line));
    rows.forEach((row, rowIndex) => {
      if (!row) return;
      order.forEach((sourceIndex, column) => {
        const value = row[sourceIndex];
        if (value !== undefined && value !== null)
          target.getCell(rowIndex + 1 + offset, column + 1).value = value as ExcelJS.CellValue;
      });
      if (options.extraColumn)
        target.getCell(rowIndex + 1 + offset, order.length + 1).value =
          rowIndex === 0 ? options.extraColumn : `备忘${rowIndex}`;
    });
  }
  writeFileSync(target, new Uint8Array((await copy.xlsx.writeBuffer()) as ArrayBuffer));
}
