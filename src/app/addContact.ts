/**
 * 填报: one contact, checked with the ledger's own rules before it is written, then appended below
 * the 联系记录 table under the headers that name its values. The row carries its 记录编号 as its key,
 * so inside Excel it is confirmed against co-authors writing at the same moment (port.ts `RowKey`):
 * the outcome says where it ended when another writer took its row or its 编号 first.
 */
import { type ContactDraft, nextContactId, prepareContact } from '../core/entry/contactEntry';
import { landingNote } from '../core/entry/contactLanding';
import { failure, type Failure } from '../core/failures';
import type { LocalDate } from '../core/localDate';
import type { Problem } from '../core/problems';
import { err, ok, type Result } from '../core/result';
import { contactsTable } from '../core/schema/index';
import type { RowKey, WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

export type { ContactDraft };

/** Where the contact was written; `note` tells the user what others writing at the same time changed. */
export interface ContactAdded {
  readonly row: number;
  /** The row's 记录编号, as finally written (renumbered when another writer took the first one). */
  readonly contactId: string;
  readonly note?: string;
}

/** Renumbering a contact whose 记录编号 another writer took: the next free one after every 编号 then in the sheet. */
const contactKey = (today: LocalDate): RowKey => ({
  column: 'contactId',
  fresh: (taken) => nextContactId(taken, today),
});

/** The worksheet row the contact was written to, or its problems (each naming its column), or a failure. */
export async function addContact(
  port: WorkbookPort,
  env: AppEnv,
  draft: ContactDraft,
): Promise<Result<ContactAdded, Failure | readonly Problem[]>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const today = env.clock.today();
  const prepared = prepareContact(read.value.ledger, draft, today);
  if (!prepared.ok) return prepared;
  const [appended] = await port.appendRows([{ def: contactsTable, rows: [prepared.value], key: contactKey(today) }]);
  if (!appended) return err(failure('noHeaderRow', { sheet: contactsTable.sheet }));
  const landing = appended.keyed;
  if (!landing) return ok({ row: appended.firstRow, contactId: prepared.value.contactId });
  if (landing.status === 'unplaced')
    return err(failure('contactNotPlaced', { sheet: appended.sheet, tried: landing.tried }));
  const note = landingNote({
    ...landing,
    status: landing.status,
    row: appended.firstRow,
    sheet: appended.sheet,
    contactId: landing.key,
    firstId: prepared.value.contactId,
  });
  return ok({ row: appended.firstRow, contactId: landing.key, ...(note !== undefined ? { note } : {}) });
}
