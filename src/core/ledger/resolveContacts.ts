/** Ties each 联系记录 row to its pairing; a row tied to none counts toward nothing. */
import { groupInto } from '../groupInto';
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import type { Located, PlaceOf } from '../readTable';
import { type ContactRow, contactsTable, groupContactOf } from '../schema/contacts';
import {
  type GroupResolution,
  groupNameProblems,
  type IdLookup,
  type PeopleLookup,
  pairingsOfIdList,
  pairingsOfNameList,
} from './groupContacts';
import { KeyIndex } from './keyIndex';
import { type Contact, isActiveOn, type Pairing } from './model';

const NO_PAIRINGS: readonly Pairing[] = [];

const pairKey = (leaderName: string, figureName: string): string =>
  `${matchKey(leaderName)}\u0000${matchKey(figureName)}`;

/**
 * Takes the 联系记录 rows one by one, and keeps the first row of each 记录编号 (in a `KeyIndex`) and
 * the pairing it is for: by 结对编号, or by 干部姓名 + 人士姓名 among the pairings of those two people
 * active on the contact date. A group row (several 结对编号, or several 人士姓名 of one 干部姓名)
 * gives one contact per pairing it resolves to, each carrying the group. A contact that resolves to
 * nothing counts toward nothing.
 */
export class ContactResolver {
  readonly contacts: Contact[] = [];
  readonly problems: Problem[] = [];
  /** The row of each 记录编号 kept, by its key. */
  readonly rowOfId: KeyIndex;
  private readonly byId: Map<string, Pairing>;
  /** 结对编号 as typed in 结对关系: nearly every contact types it the same way, and needs no folding. */
  private readonly byTypedId: Map<string, Pairing>;
  private readonly byPeople = new Map<string, Pairing[]>();
  private readonly ids: IdLookup;
  private readonly people: PeopleLookup;

  constructor(
    pairings: readonly Pairing[],
    /** Rows of 结对关系 by 结对编号 key, resolved or not: a contact of a broken pairing says so. */
    private readonly pairingRows: ReadonlyMap<string, number>,
    /** How many rows will come, about: the index of 记录编号 is sized for them once. */
    rowCount = 0,
  ) {
    this.rowOfId = new KeyIndex(rowCount);
    this.byId = new Map(pairings.map((pairing) => [matchKey(pairing.id), pairing]));
    this.byTypedId = new Map(pairings.map((pairing) => [pairing.id, pairing]));
    for (const pairing of pairings) {
      const key = pairKey(pairing.leader.name, pairing.figure.name);
      groupInto(this.byPeople, key, pairing);
    }
    this.ids = {
      pairingOf: (id) => this.byTypedId.get(id) ?? this.byId.get(matchKey(id)),
      brokenRowOf: (key) => pairingRows.get(key),
    };
    this.people = peopleLookup(pairings, this.byPeople);
  }

  /**
   * Every row of the table, in order. A loop of its own: inside the long function that reads the
   * ledger, V8 compiled it mid-loop each time and threw the code away at the loop's end, so most of
   * the 200k rows ran in the interpreter on every read.
   */
  addAll(rows: ReadonlyArray<Located<ContactRow>>, at: ContactPlaceOf): void {
    for (let index = 0; index < rows.length; index++) this.add(rows[index] as Located<ContactRow>, at);
  }

  /** One row as read; `at` says where its cells are. A later row of a 记录编号 already kept is an error. */
  add(value: Located<ContactRow>, at: ContactPlaceOf): void {
    const id = value.contactId;
    const idKey = matchKey(id);
    const firstRow = this.rowOfId.claim(idKey, value.row);
    if (firstRow !== undefined) {
      this.problems.push(
        problemAt('DUPLICATE_ID', at(value.row, 'contactId'), {
          header: contactsTable.columns.contactId.header,
          id,
          firstRow,
        }),
      );
      return;
    }
    if (value.pairingId !== undefined) this.byPairingId(value, value.pairingId, at);
    else if (value.leaderName !== undefined && value.figureName !== undefined)
      this.byNames(value, value.leaderName, value.figureName, at);
    else this.problems.push(problemAt('CONTACT_PAIRING_EMPTY', at(value.row, 'pairingId'), {}));
  }

  private byPairingId(value: Located<ContactRow>, pairingId: string, at: ContactPlaceOf): void {
    const { row } = value;
    let pairing = this.byTypedId.get(pairingId);
    const idKey = pairing ? '' : matchKey(pairingId);
    pairing ??= this.byId.get(idKey);
    if (pairing) {
      // The names beside a 结对编号 must be its pairing's, or the row says which it means.
      // Asked only of a row that wrote the name: looking at the pairing's people for every row took a
      // tenth of reading 200k contacts.
      if (value.leaderName !== undefined) this.checkName(value.leaderName, pairing.leader.name, 'leaderName', row, at);
      if (value.figureName !== undefined) this.checkName(value.figureName, pairing.figure.name, 'figureName', row, at);
      this.attach(value, pairing);
      return;
    }
    const brokenRow = this.pairingRows.get(idKey);
    if (brokenRow !== undefined) {
      this.problems.push(
        problemAt('CONTACT_PAIRING_UNUSABLE', at(row, 'pairingId'), { value: pairingId, row: brokenRow }),
      );
      return;
    }
    const group = pairingsOfIdList(pairingId, this.ids, at(row, 'pairingId'));
    if (group) {
      this.problems.push(...groupNameProblems(group.pairings, value, namePlaces(at, row)));
      this.addGroup(value, group);
    } else this.problems.push(problemAt('CONTACT_PAIRING_UNKNOWN', at(row, 'pairingId'), { value: pairingId }));
  }

  private byNames(value: Located<ContactRow>, leader: string, figure: string, at: ContactPlaceOf): void {
    const { row } = value;
    // The one pairing of the two active on the date, found without a list per row.
    let found: Pairing | undefined;
    let active = 0;
    for (const candidate of this.byPeople.get(pairKey(leader, figure)) ?? NO_PAIRINGS)
      if (isActiveOn(candidate, value.date)) {
        found = candidate;
        active += 1;
      }
    if (found && active === 1) this.attach(value, found);
    else if (active > 1)
      this.problems.push(problemAt('CONTACT_PAIRING_AMBIGUOUS', at(row, 'leaderName'), { leader, figure }));
    else {
      const group = pairingsOfNameList(leader, figure, value.date, this.people, namePlaces(at, row));
      if (group) this.addGroup(value, group);
      else
        this.problems.push(
          problemAt('CONTACT_PAIRING_NOT_FOUND', at(row, 'leaderName'), { leader, figure, date: value.date }),
        );
    }
  }

  /** A name typed beside a 结对编号 that is not its pairing's (the same text, nearly every row, needs no folding). */
  private checkName(
    typed: string,
    expected: string,
    key: 'leaderName' | 'figureName',
    row: number,
    at: ContactPlaceOf,
  ): void {
    if (typed !== expected && matchKey(typed) !== matchKey(expected)) {
      const header = contactsTable.columns[key].header;
      this.problems.push(problemAt('CONTACT_NAME_MISMATCH', at(row, key), { header, value: typed, expected }));
    }
  }

  /** A group row's contacts: a copy of the row per pairing (group rows are few; a row of one pairing is not copied). */
  private addGroup(value: Located<ContactRow>, group: GroupResolution): void {
    this.problems.push(...group.problems);
    if (!group.isGroup) {
      if (group.pairings[0]) this.attach(value, group.pairings[0]);
      return;
    }
    const members: readonly Pairing[] = group.pairings;
    // Made by groupContactOf: the copies keep the layout of every other contact (contacts.ts says why).
    for (const pairing of members) this.contacts.push(groupContactOf(value, pairing, members));
  }

  /** The row object is this read's own: attaching the pairing spares copying every contact row. */
  private attach(value: Located<ContactRow>, pairing: Pairing): void {
    (value as Located<ContactRow> & { pairing?: Pairing }).pairing = pairing;
    this.contacts.push(value as Contact);
  }
}

/** Where a 联系记录 row's cell of a column is. */
type ContactPlaceOf = PlaceOf<typeof contactsTable>;

const namePlaces = (at: (row: number, key: 'leaderName' | 'figureName') => Place, row: number) => ({
  leaderName: at(row, 'leaderName'),
  figureName: at(row, 'figureName'),
});

/** Finding pairings by names for group rows; the indexes only group rows need are built when the first one comes. */
function peopleLookup(pairings: readonly Pairing[], byPeople: ReadonlyMap<string, readonly Pairing[]>): PeopleLookup {
  let byFigure: Map<string, Pairing[]> | undefined;
  let leaderNames: Set<string> | undefined;
  const figures = () => {
    if (!byFigure) {
      byFigure = new Map();
      for (const pairing of pairings) {
        const key = matchKey(pairing.figure.name);
        groupInto(byFigure, key, pairing);
      }
    }
    return byFigure;
  };
  return {
    pairingsOf: (leaderName, figureName) => byPeople.get(pairKey(leaderName, figureName)) ?? [],
    pairingsOfFigure: (figureName) => figures().get(matchKey(figureName)) ?? [],
    isLeaderName: (name) => (leaderNames ??= new Set(pairings.map((p) => matchKey(p.leader.name)))).has(matchKey(name)),
    isFigureName: (name) => figures().has(matchKey(name)),
  };
}
