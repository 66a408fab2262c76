/**
 * Reads the ledger through the port: the cells of all tables in one go (and whatever else the
 * action asks for), then the core's reading. A workbook that is not a ledger is a `notLedger`
 * failure worded for where the user is.
 */
import { failure, type Failure } from '../core/failures';
import { type LedgerRead, readLedger } from '../core/ledger/readLedger';
import { err, ok, type Result } from '../core/result';
import type { ReadRequest, WorkbookPort, WorkbookRead } from '../workbook/port';
import type { AppEnv } from './session';

/** The ledger and its reading problems, with the raw read they came from. */
export interface ReadLedger extends LedgerRead {
  readonly read: WorkbookRead;
}

/** The ledger of the port's workbook, or why the workbook is not (yet) one. */
export async function readLedgerFrom(
  port: WorkbookPort,
  env: AppEnv,
  request: ReadRequest = {},
): Promise<Result<ReadLedger, Failure>> {
  const read = await port.read(request);
  const ledger = readLedger(read.cells);
  if (!ledger.ok) return err(failure('notLedger', { reason: ledger.error.message, inPane: env.inPane }));
  return ok({ ...ledger.value, read });
}
