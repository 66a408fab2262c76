/** The 联系记录 row each 意见办理 item names as its source (来源记录编号), looked up once per ledger. */
import { matchKey } from '../cellText';
import type { RowIndex } from './keyIndex';
import type { FollowUp, Ledger } from './model';

/**
 * Per item, in the order of `followUps`: the worksheet row of the contact its 来源记录编号 names, or 0
 * (none named, or no contact read cleanly has that 编号). Reading the ledger finds them for its
 * problems; R7 and the 考核 ask again for every item, and each look-up of a 记录编号 among 200k is a
 * few misses of the processor's caches (15 ms per check of 16k items): they take the rows found here.
 */
const made = new WeakMap<readonly FollowUp[], Int32Array>();

export function followUpSources(followUps: readonly FollowUp[], contactIds: RowIndex): Int32Array {
  let rows = made.get(followUps);
  if (!rows) {
    rows = sourceRowsOf(followUps, contactIds);
    made.set(followUps, rows);
  }
  return rows;
}

/** A loop of its own, so that V8 compiles it whole. */
function sourceRowsOf(followUps: readonly FollowUp[], contactIds: RowIndex): Int32Array {
  const rows = new Int32Array(followUps.length);
  for (let index = 0; index < followUps.length; index++) {
    const source = (followUps[index] as FollowUp).sourceContactId;
    if (source !== undefined) rows[index] = contactIds.get(matchKey(source)) ?? 0;
  }
  return rows;
}

/** The rows of the contacts some item names as its source: their suggestions are registered. */
export function registeredContactRows(ledger: Pick<Ledger, 'followUps' | 'contactIds'>): Set<number> {
  const registered = new Set<number>();
  for (const row of followUpSources(ledger.followUps, ledger.contactIds)) if (row !== 0) registered.add(row);
  return registered;
}
