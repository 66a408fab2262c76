/** Ties each 联系记录 row to its pairing; a row tied to none counts toward nothing. */
import { matchKey } from '../cellText';
import { type Place, type Problem, problemAt } from '../problems';
import type { Located, TableRead } from '../readTable';
import { blankContactRow, type ContactRow, type contactsTable } from '../schema/contacts';
import {
  type GroupResolution,
  groupNameProblems,
  type IdLookup,
  type PeopleLookup,
  pairingsOfIdList,
  pairingsOfNameList,
} from './groupContacts';
import { type Contact, isActiveOn, type Pairing } from './model';

/** The names a row may write beside its 结对编号, and the pairing's name each must match. */
const NAME_CHECKS = [
  ['leaderName', '干部姓名', (pairing: Pairing) => pairing.leader.name],
  ['figureName', '人士姓名', (pairing: Pairing) => pairing.figure.name],
] as const;

/** Names compared as keys; the same text (nearly every row) needs no folding. */
const sameName = (typed: string, known: string): boolean => typed === known || matchKey(typed) === matchKey(known);

const pairKey = (leaderName: string, figureName: string): string =>
  `${matchKey(leaderName)}\u0000${matchKey(figureName)}`;

/**
 * Finds each contact's pairing: by 结对编号, or by 干部姓名 + 人士姓名 among the pairings of those
 * two people active on the contact date. A group row (several 结对编号, or several 人士姓名 of one
 * 干部姓名) gives one contact per pairing it resolves to, each carrying the group. A contact that
 * resolves to nothing counts toward nothing.
 */
export function resolveContacts(
  table: TableRead<typeof contactsTable>,
  rows: ReadonlyArray<Located<ContactRow>>,
  pairings: readonly Pairing[],
  /** Rows of 结对关系 by 结对编号 key, resolved or not: a contact of a broken pairing says so. */
  pairingRows: ReadonlyMap<string, number>,
): { contacts: Contact[]; problems: Problem[] } {
  const byId = new Map(pairings.map((pairing) => [matchKey(pairing.id), pairing]));
  // 结对编号 as typed in 结对关系: nearly every contact types it the same way, and needs no folding.
  const byTypedId = new Map(pairings.map((pairing) => [pairing.id, pairing]));
  const byPeople = new Map<string, Pairing[]>();
  for (const pairing of pairings) {
    const key = pairKey(pairing.leader.name, pairing.figure.name);
    byPeople.set(key, [...(byPeople.get(key) ?? []), pairing]);
  }
  const contacts: Contact[] = [];
  const problems: Problem[] = [];
  const at = (row: number, key: keyof ContactRow & string) => table.placeOf(row, key);
  const ids: IdLookup = {
    pairingOf: (id) => byTypedId.get(id) ?? byId.get(matchKey(id)),
    brokenRowOf: (key) => pairingRows.get(key),
  };
  const people = peopleLookup(pairings, byPeople);
  /** A group row's contacts: a copy of the row per pairing (group rows are few; a row of one pairing is not copied). */
  const addGroup = (value: Located<ContactRow>, group: GroupResolution) => {
    problems.push(...group.problems);
    if (!group.isGroup) {
      if (group.pairings[0]) attach(value, group.pairings[0]);
      return;
    }
    const members: readonly Pairing[] = group.pairings;
    // Copied onto a blank row: the copies keep the layout of every other contact (contacts.ts says why).
    for (const pairing of members) contacts.push(Object.assign(blankContactRow(), value, { pairing, group: members }));
  };
  // The row object is this read's own: attaching the pairing spares copying every contact row.
  const attach = (value: Located<ContactRow>, pairing: Pairing) => {
    (value as Located<ContactRow> & { pairing?: Pairing }).pairing = pairing;
    contacts.push(value as Contact);
  };
  for (const value of rows) {
    const { row } = value;
    let pairing: Pairing | undefined;
    if (value.pairingId !== undefined) {
      pairing = byTypedId.get(value.pairingId);
      const idKey = pairing ? '' : matchKey(value.pairingId);
      pairing ??= byId.get(idKey);
      const brokenRow = pairing ? undefined : pairingRows.get(idKey);
      const group =
        pairing || brokenRow !== undefined ? undefined : pairingsOfIdList(value.pairingId, ids, at(row, 'pairingId'));
      if (group) {
        problems.push(...groupNameProblems(group.pairings, value, namePlaces(at, row)));
        addGroup(value, group);
        continue;
      }
      if (!pairing && brokenRow !== undefined)
        problems.push(
          problemAt('CONTACT_PAIRING_UNUSABLE', at(row, 'pairingId'), { value: value.pairingId, row: brokenRow }),
        );
      else if (!pairing)
        problems.push(problemAt('CONTACT_PAIRING_UNKNOWN', at(row, 'pairingId'), { value: value.pairingId }));
      else {
        // The names beside a 结对编号 must be its pairing's, or the row says which it means.
        // Indexed, not destructured: destructuring a tuple walks an iterator, an allocation per contact.
        for (const check of NAME_CHECKS) {
          const key = check[0];
          const header = check[1];
          const expected = check[2](pairing);
          const typed = value[key];
          if (typed !== undefined && !sameName(typed, expected))
            problems.push(problemAt('CONTACT_NAME_MISMATCH', at(row, key), { header, value: typed, expected }));
        }
      }
    } else if (value.leaderName !== undefined && value.figureName !== undefined) {
      const active = (byPeople.get(pairKey(value.leaderName, value.figureName)) ?? []).filter((candidate) =>
        isActiveOn(candidate, value.date),
      );
      const group =
        active.length === 0
          ? pairingsOfNameList(value.leaderName, value.figureName, value.date, people, namePlaces(at, row))
          : undefined;
      if (group) {
        addGroup(value, group);
        continue;
      }
      if (active.length === 1) pairing = active[0];
      else if (active.length === 0)
        problems.push(
          problemAt('CONTACT_PAIRING_NOT_FOUND', at(row, 'leaderName'), {
            leader: value.leaderName,
            figure: value.figureName,
            date: value.date,
          }),
        );
      else
        problems.push(
          problemAt('CONTACT_PAIRING_AMBIGUOUS', at(row, 'leaderName'), {
            leader: value.leaderName,
            figure: value.figureName,
          }),
        );
    } else {
      problems.push(problemAt('CONTACT_PAIRING_EMPTY', at(row, 'pairingId'), {}));
    }
    if (pairing) attach(value, pairing);
  }
  return { contacts, problems };
}

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
        byFigure.set(key, [...(byFigure.get(key) ?? []), pairing]);
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
