/** The state of tying one read's contacts to their pairings (resolveContacts.ts): its lookups and findings. */
import { matchKey } from '../cellText';
import type { Problem } from '../problems';
import type { PlaceOf } from '../readTable';
import type { contactsTable } from '../schema/contacts';
import {
  type GroupResolution,
  type IdLookup,
  type PairingsByNames,
  pairingsByNames,
  type PeopleLookup,
  peopleLookup,
} from './groupContacts';
import { KeyIndex } from './keyIndex';
import type { Contact, Pairing } from './model';

/** Where a 联系记录 row's cell of a column is. */
export type ContactPlaceOf = PlaceOf<typeof contactsTable>;

/**
 * What ties one read's contacts to their pairings: its lookups, and the contacts and problems found
 * so far. A literal passed to functions, not a class: V8 holds a class instance's layout only weakly,
 * so once a read's resolver was collected, the compiled code of every method went with it ("weak
 * objects" in --trace-deopt) and the next read's 200k rows started over in the interpreter.
 */
export interface ContactResolution {
  readonly contacts: Contact[];
  readonly problems: Problem[];
  readonly rowOfId: KeyIndex;
  readonly byId: Map<string, Pairing>;
  /** 结对编号 as typed in 结对关系: nearly every contact types it the same way, and needs no folding. */
  readonly byTypedId: Map<string, Pairing>;
  readonly byNames: PairingsByNames;
  readonly ids: IdLookup;
  readonly people: PeopleLookup;
  /** Rows of 结对关系 by 结对编号 key, resolved or not: a contact of a broken pairing says so. */
  readonly pairingRows: ReadonlyMap<string, number>;
  /**
   * The lists of 结对编号 already resolved without a problem, by their text: a group that meets every
   * month (the same 座谈会 of the same pairings) is one text on many rows, parsed once.
   */
  readonly lists: Map<string, GroupResolution>;
  readonly at: ContactPlaceOf;
}

/** The lookups of a read's pairings, and room for `expected` contact rows. */
export function contactResolution(
  pairings: readonly Pairing[],
  pairingRows: ReadonlyMap<string, number>,
  expected: number,
  at: ContactPlaceOf,
): ContactResolution {
  const byId = new Map<string, Pairing>();
  const byTypedId = new Map<string, Pairing>();
  for (const pairing of pairings) {
    byTypedId.set(pairing.id, pairing);
    byId.set(matchKey(pairing.id), pairing);
  }
  const byNames = pairingsByNames(pairings);
  return {
    contacts: [],
    problems: [],
    // Sized once for the rows to come.
    rowOfId: new KeyIndex(expected),
    byId,
    byTypedId,
    byNames,
    ids: {
      pairingOf: (id) => byTypedId.get(id) ?? byId.get(matchKey(id)),
      brokenRowOf: (key) => pairingRows.get(key),
    },
    people: peopleLookup(pairings, byNames),
    pairingRows,
    lists: new Map(),
    at,
  };
}
