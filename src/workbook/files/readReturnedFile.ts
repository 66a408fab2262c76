/**
 * A file handed back for 汇总, read as cells: a .csv as a form's 联系记录 (its encoding told from its
 * bytes, never guessed), anything else as an .xlsx. A file that cannot be read is refused with its
 * name in front of the reason. The command line and the pane read returned files alike.
 */
import type { ReturnedFile } from '../../core/distribute/returnedFile';
import type { Failure } from '../../core/failures';
import { err, ok, type Result } from '../../core/result';
import { contactsTable } from '../../core/schema/index';
import { readCsvCells } from '../csv/readCsvCells';
import { readXlsxCells, type XlsxReadOptions } from '../xlsx/readXlsxCells';

/** The returned file `name` (a path or a picked file's name) from its bytes; `options` as the host reads an .xlsx. */
export async function readReturnedFile(
  name: string,
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<Result<ReturnedFile, Failure>> {
  const named = (found: Failure): Failure => ({ ...found, message: `${name}：${found.message}` });
  if (/\.csv$/i.test(name)) {
    const read = readCsvCells(bytes, contactsTable.sheet);
    if (!read.ok) return err(named(read.error));
    return ok({ name, kind: 'csv', cells: read.value.workbook, encoding: read.value.encoding });
  }
  const read = await readXlsxCells(bytes, options);
  return read.ok ? ok({ name, kind: 'ledger', cells: read.value }) : err(named(read.error));
}
