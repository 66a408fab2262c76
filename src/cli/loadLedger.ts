import { type LedgerRead, readLedger } from '../core/ledger/readLedger';
import { err, type Result } from '../core/result';
import { readXlsx } from '../workbook/xlsx/readXlsx';
import { readInputFile } from './files';

/** Reads a ledger file (never writing to it), or says in one line why it is not a usable ledger. */
export async function loadLedger(file: string): Promise<Result<LedgerRead, string>> {
  const bytes = await readInputFile(file);
  if (!bytes.ok) return bytes;
  const workbook = await readXlsx(bytes.value);
  if (!workbook.ok) return err(`${file}：${workbook.error.message}`);
  const read = readLedger(workbook.value);
  return read.ok ? read : err(`${file}：${read.error.message}`);
}
