/**
 * What a college secretary does to a unit's copy before sending it back, done with exceljs (as
 * another program than the product's writer): rows added below a table, by header, and cells of
 * existing rows changed. Dates go in as Excel dates, text as typed. The dropdowns do not survive
 * (exceljs cannot load whole-column validations in reasonable time); nothing read depends on them.
 */
import ExcelJS from 'exceljs';

/** A row by header; a Date is written as a date cell. */
export type SecretaryRow = Readonly<Record<string, string | number | Date>>;

/** The copy with `rows` added below each named sheet's table and `edits` made (sheet, row, header, value). */
export async function secretaryEdits(
  bytes: Uint8Array,
  rows: Readonly<Record<string, readonly SecretaryRow[]>>,
  edits: ReadonlyArray<readonly [string, number, string, string]> = [],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // exceljs would expand the whole-column dropdowns into a million cells each: the edit leaves them out.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] });
  const columnOf = (sheet: ExcelJS.Worksheet, header: string): number => {
    const values = sheet.getRow(1).values as unknown[];
    const index = values.indexOf(header);
    if (index < 1) throw new Error(`no header ${header} on ${sheet.name}`);
    return index;
  };
  for (const [name, added] of Object.entries(rows)) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    let last = sheet.actualRowCount;
    for (const row of added) {
      last += 1;
      for (const [header, value] of Object.entries(row)) sheet.getCell(last, columnOf(sheet, header)).value = value;
    }
  }
  for (const [name, row, header, value] of edits) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    sheet.getCell(row, columnOf(sheet, header)).value = value;
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A date cell of a LocalDate (exceljs writes a Date as a serial of its UTC day). */
export const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
