/** The lists the pane's pickers offer (semesters, units, pairings), read from the ledger. */
import { type LedgerOverview, ledgerOverview } from '../core/entry/ledgerOverview';
import type { Failure } from '../core/failures';
import { ok, type Result } from '../core/result';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

export type { LedgerOverview };

/** The overview of the ledger, or why the workbook is not (yet) one. */
export async function overviewOf(port: WorkbookPort, env: AppEnv): Promise<Result<LedgerOverview, Failure>> {
  const read = await readLedgerFrom(port, env);
  return read.ok ? ok(ledgerOverview(read.value.ledger, env.clock.today())) : read;
}
