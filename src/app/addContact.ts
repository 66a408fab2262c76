/**
 * 填报: one contact, checked with the ledger's own rules before it is written, then appended below
 * the 联系记录 table under the headers that name its values.
 */
import { type ContactDraft, prepareContact } from '../core/entry/contactEntry';
import { failure, type Failure } from '../core/failures';
import type { Problem } from '../core/problems';
import { err, ok, type Result } from '../core/result';
import { contactsTable } from '../core/schema/index';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

export type { ContactDraft };

/** The worksheet row the contact was written to, or its problems (each naming its column), or a failure. */
export async function addContact(
  port: WorkbookPort,
  env: AppEnv,
  draft: ContactDraft,
): Promise<Result<{ readonly row: number }, Failure | readonly Problem[]>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const prepared = prepareContact(read.value.ledger, draft, env.clock.today());
  if (!prepared.ok) return prepared;
  const [appended] = await port.appendRows([{ def: contactsTable, rows: [prepared.value] }]);
  return appended ? ok({ row: appended.firstRow }) : err(failure('noHeaderRow', { sheet: contactsTable.sheet }));
}
