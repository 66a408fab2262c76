/** Each contact's date as a day number, made once per ledger for the rules that compare dates. */
import { dayNumber } from '../localDate';
import type { Contact } from './model';

const made = new WeakMap<readonly Contact[], Int32Array>();

/**
 * The day number of each contact's date, in the order of `ledger.contacts`. R5 and R8 (and the 考核,
 * once per semester) compare every contact's date with their windows: as numbers side by side in one
 * array, a pass that skips the contacts outside a window reads 4 bytes for each, not its date string.
 */
export function contactDays(contacts: readonly Contact[]): Int32Array {
  let days = made.get(contacts);
  if (!days) {
    days = new Int32Array(contacts.length);
    for (let index = 0; index < contacts.length; index++) days[index] = dayNumber((contacts[index] as Contact).date);
    made.set(contacts, days);
  }
  return days;
}
