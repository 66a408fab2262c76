/** What the rules compare of every contact, as numbers side by side, made once per ledger. */
import { dayNumber } from '../localDate';
import type { Contact } from './model';

/**
 * Per contact, in the order of `ledger.contacts`: its date as a day number, its pairing's 结对关系
 * row, and 1 if it is one of a group row's contacts. R5 and R8 (and the 考核, once per semester)
 * pass over every contact; reading 4 bytes of each from one array keeps those passes off the contact
 * objects and their pairings (scattered in memory) for all but the contacts that need a closer look,
 * and the compiled loop meets no object whose layout may differ.
 */
export interface ContactColumns {
  readonly days: Int32Array;
  readonly pairingRows: Int32Array;
  readonly grouped: Uint8Array;
}

const made = new WeakMap<readonly Contact[], ContactColumns>();

export function contactColumns(contacts: readonly Contact[]): ContactColumns {
  let columns = made.get(contacts);
  if (!columns) {
    columns = fill(contacts);
    made.set(contacts, columns);
  }
  return columns;
}

/** A loop of its own, so that V8 compiles it whole. */
function fill(contacts: readonly Contact[]): ContactColumns {
  const days = new Int32Array(contacts.length);
  const pairingRows = new Int32Array(contacts.length);
  const grouped = new Uint8Array(contacts.length);
  for (let index = 0; index < contacts.length; index++) {
    const contact = contacts[index] as Contact;
    days[index] = dayNumber(contact.date);
    pairingRows[index] = contact.pairing.row;
    if (contact.group) grouped[index] = 1;
  }
  return { days, pairingRows, grouped };
}
