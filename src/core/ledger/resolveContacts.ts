/** Ties each 联系记录 row to its pairing; a row tied to none counts toward nothing. */
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import type { Located } from '../readTable';
import { type ContactRow, contactsTable, groupContactOf } from '../schema/contacts';
import { type ContactPlaceOf, type ContactResolution, contactResolution } from './contactResolution';
import {
  type GroupResolution,
  groupNameProblems,
  pairingsNamed,
  pairingsOfIdList,
  pairingsOfNameList,
} from './groupContacts';
import type { KeyIndex } from './keyIndex';
import { type Contact, isActiveOn, type Pairing } from './model';

/** The contacts as tied to their pairings, the row of each 记录编号 kept, and the problems found. */
export interface ResolvedContacts {
  readonly contacts: Contact[];
  readonly problems: Problem[];
  /** The row of each 记录编号 kept, by its key. */
  readonly rowOfId: KeyIndex;
}

/**
 * Takes the 联系记录 rows one by one, and keeps the first row of each 记录编号 (in a `KeyIndex`) and
 * the pairing it is for: by 结对编号, or by 干部姓名 + 人士姓名 among the pairings of those two people
 * active on the contact date. A group row (several 结对编号, or several 人士姓名 of one 干部姓名)
 * gives one contact per pairing it resolves to, each carrying the group. A contact that resolves to
 * nothing counts toward nothing. `at` says where a row's cells are.
 */
export function resolveContacts(
  pairings: readonly Pairing[],
  pairingRows: ReadonlyMap<string, number>,
  rows: ReadonlyArray<Located<ContactRow>>,
  at: ContactPlaceOf,
): ResolvedContacts {
  const state = contactResolution(pairings, pairingRows, rows.length, at);
  addAll(state, rows);
  return { contacts: state.contacts, problems: state.problems, rowOfId: state.rowOfId };
}

/** Every row, in order; a loop of its own, so V8 compiles it whole rather than mid-loop in a longer function. */
function addAll(state: ContactResolution, rows: ReadonlyArray<Located<ContactRow>>): void {
  for (let index = 0; index < rows.length; index++) add(state, rows[index] as Located<ContactRow>);
}

/** One row as read. A later row of a 记录编号 already kept is an error. */
function add(state: ContactResolution, value: Located<ContactRow>): void {
  const id = value.contactId;
  const firstRow = state.rowOfId.claim(matchKey(id), value.row);
  if (firstRow !== undefined) {
    state.problems.push(
      problemAt('DUPLICATE_ID', state.at(value.row, 'contactId'), {
        header: contactsTable.columns.contactId.header,
        id,
        firstRow,
      }),
    );
    return;
  }
  if (value.pairingId !== undefined) byPairingId(state, value, value.pairingId);
  else if (value.leaderName !== undefined && value.figureName !== undefined)
    byNames(state, value, value.leaderName, value.figureName);
  else state.problems.push(problemAt('CONTACT_PAIRING_EMPTY', state.at(value.row, 'pairingId'), {}));
}

function byPairingId(state: ContactResolution, value: Located<ContactRow>, pairingId: string): void {
  const { row } = value;
  const { at } = state;
  let pairing = state.byTypedId.get(pairingId);
  // Known as a list (it named no single pairing, and the 结对关系 rows do not change while reading).
  const listed = pairing ? undefined : state.lists.get(pairingId);
  if (listed) {
    addGroupRow(state, value, listed);
    return;
  }
  const idKey = pairing ? '' : matchKey(pairingId);
  pairing ??= state.byId.get(idKey);
  if (pairing) {
    // The names beside a 结对编号 must be its pairing's, or the row says which it means.
    // Asked only of a row that wrote the name: looking at the pairing's people for every row took a
    // tenth of reading 200k contacts.
    if (value.leaderName !== undefined) checkName(state, value.leaderName, pairing.leader.name, 'leaderName', row);
    if (value.figureName !== undefined) checkName(state, value.figureName, pairing.figure.name, 'figureName', row);
    attach(state, value, pairing);
    return;
  }
  const brokenRow = state.pairingRows.get(idKey);
  if (brokenRow !== undefined) {
    state.problems.push(
      problemAt('CONTACT_PAIRING_UNUSABLE', at(row, 'pairingId'), { value: pairingId, row: brokenRow }),
    );
    return;
  }
  const group = pairingsOfIdList(pairingId, state.ids, () => at(row, 'pairingId'));
  if (group) {
    if (group.problems.length === 0) state.lists.set(pairingId, group);
    addGroupRow(state, value, group);
  } else state.problems.push(problemAt('CONTACT_PAIRING_UNKNOWN', at(row, 'pairingId'), { value: pairingId }));
}

function byNames(state: ContactResolution, value: Located<ContactRow>, leader: string, figure: string): void {
  const { row } = value;
  const { at } = state;
  // The one pairing of the two active on the date, found without a list per row.
  let found: Pairing | undefined;
  let active = 0;
  for (const candidate of pairingsNamed(state.byNames, leader, figure))
    if (isActiveOn(candidate, value.date)) {
      found = candidate;
      active += 1;
    }
  if (found && active === 1) attach(state, value, found);
  else if (active > 1)
    state.problems.push(problemAt('CONTACT_PAIRING_AMBIGUOUS', at(row, 'leaderName'), { leader, figure }));
  else {
    const group = pairingsOfNameList(leader, figure, value.date, state.people, namePlaces(at, row));
    if (group) addGroup(state, value, group);
    else
      state.problems.push(
        problemAt('CONTACT_PAIRING_NOT_FOUND', at(row, 'leaderName'), { leader, figure, date: value.date }),
      );
  }
}

/** A name typed beside a 结对编号 that is not its pairing's (the same text, nearly every row, needs no folding). */
function checkName(
  state: ContactResolution,
  typed: string,
  expected: string,
  key: 'leaderName' | 'figureName',
  row: number,
): void {
  if (typed !== expected && matchKey(typed) !== matchKey(expected)) {
    const header = contactsTable.columns[key].header;
    state.problems.push(problemAt('CONTACT_NAME_MISMATCH', state.at(row, key), { header, value: typed, expected }));
  }
}

/** A row listing 结对编号: the names beside the list checked, then its contacts. */
function addGroupRow(state: ContactResolution, value: Located<ContactRow>, group: GroupResolution): void {
  // A group row written by the 填报 form has the names beside the list; most rows typed by hand have none.
  if (value.leaderName !== undefined || value.figureName !== undefined)
    state.problems.push(...groupNameProblems(group.pairings, value, namePlaces(state.at, value.row)));
  addGroup(state, value, group);
}

/** A group row's contacts: a copy of the row per pairing (group rows are few; a row of one pairing is not copied). */
function addGroup(state: ContactResolution, value: Located<ContactRow>, group: GroupResolution): void {
  state.problems.push(...group.problems);
  if (!group.isGroup) {
    if (group.pairings[0]) attach(state, value, group.pairings[0]);
    return;
  }
  const members: readonly Pairing[] = group.pairings;
  // Made by groupContactOf: the copies keep the layout of every other contact (contacts.ts says why).
  for (const pairing of members) state.contacts.push(groupContactOf(value, pairing, members));
}

/** The row object is this read's own: attaching the pairing spares copying every contact row. */
function attach(state: ContactResolution, value: Located<ContactRow>, pairing: Pairing): void {
  (value as Located<ContactRow> & { pairing?: Pairing }).pairing = pairing;
  state.contacts.push(value as Contact);
}

const namePlaces = (at: (row: number, key: 'leaderName' | 'figureName') => Place, row: number) => ({
  leaderName: at(row, 'leaderName'),
  figureName: at(row, 'figureName'),
});
