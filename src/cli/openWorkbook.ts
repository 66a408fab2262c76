/** Opens a ledger file for the command line: its cells in memory behind the port, the file itself never written. */
import type { Failure } from '../core/failures';
import { err, ok, type Result } from '../core/result';
import { createMemoryWorkbook, type MemoryWorkbook } from '../workbook/memory/memoryWorkbook';
import { readXlsxCells } from '../workbook/xlsx/readXlsxCells';
import { nodeInflate } from './nodeInflate';
import { readInputFile } from './files';

/** The file's workbook in memory and the file's bytes, or one line on why it cannot be read (its path first). */
export async function openWorkbookFile(
  file: string,
): Promise<Result<{ readonly workbook: MemoryWorkbook; readonly bytes: Uint8Array }, Failure>> {
  const bytes = await readInputFile(file);
  if (!bytes.ok) return bytes;
  const workbook = await readXlsxCells(bytes.value, { inflate: nodeInflate });
  if (!workbook.ok) return err({ ...workbook.error, message: `${file}：${workbook.error.message}` });
  return ok({ workbook: createMemoryWorkbook(workbook.value), bytes: bytes.value });
}

/** The file's workbook in memory, or one line on why it cannot be read (its path first). */
export async function openWorkbook(file: string): Promise<Result<MemoryWorkbook, Failure>> {
  const opened = await openWorkbookFile(file);
  return opened.ok ? ok(opened.value.workbook) : opened;
}

/** A failure of a use case as the command line says it: a ledger problem names the file. */
export const located = (file: string, found: Failure): Failure =>
  found.kind === 'notLedger' ? { ...found, message: `${file}：${found.message}` } : found;

/** The sheets a use case added to the workbook, as the bytes of a new .xlsx (exceljs is loaded only now). */
export async function addedSheetsBytes(workbook: MemoryWorkbook): Promise<Uint8Array> {
  const { newWorkbookBytes } = await import('../workbook/xlsx/newWorkbook');
  return newWorkbookBytes(workbook.addedSheets());
}
