/**
 * Group contacts: one 联系记录 row for one 座谈会 or 活动 that served several pairings, naming them
 * by a list of 结对编号 or by one 干部姓名 and a list of 人士姓名. The row counts for each pairing
 * it resolves to; a part that resolves to none is a problem at its cell, naming the part, and the
 * other parts still count. Only rows whose single value finds no pairing come here, so a row of one
 * pairing costs nothing more than before.
 */
import { matchKey } from '../cellText';
import { groupInto } from '../groupInto';
import type { LocalDate } from '../localDate';
import { type Place, type Problem, problemAt } from '../problems';
import { distinctParts, groupParts } from './groupList';
import { isActiveOn, type Pairing } from './model';

/** The pairings a list names, each once and in the order written, and the problems of its parts. */
export interface GroupResolution {
  readonly pairings: Pairing[];
  readonly problems: Problem[];
  /** Whether the cell listed several distinct parts: the row is a group contact (集体活动计入 applies). */
  readonly isGroup: boolean;
}

/** How the reader and the 填报 form look a 结对编号 up. */
export interface IdLookup {
  /** The pairing of a 结对编号 as typed (compared as a key), if it resolved. */
  readonly pairingOf: (id: string) => Pairing | undefined;
  /** The 结对关系 row of a 结对编号 whose row has an error, by key. */
  readonly brokenRowOf: (key: string) => number | undefined;
}

/**
 * Resolves a 结对编号 cell listing several IDs (`groupParts`); `at` gives that cell's place, made
 * only for a problem (a ledger may hold thousands of group rows, nearly all without one). An ID
 * written twice is a warning and counts once; an unknown ID or one of a 结对关系 row with an error is
 * an error naming it. Returns undefined when the cell is a single value: the caller's own problems apply.
 */
export function pairingsOfIdList(text: string, lookup: IdLookup, at: () => Place): GroupResolution | undefined {
  const parts = groupParts(text);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === text)) return undefined;
  const { distinct, repeated } = distinctParts(parts);
  const problems = repeated.map((value) => problemAt('CONTACT_GROUP_DUPLICATE', at(), { header: '结对编号', value }));
  const pairings: Pairing[] = [];
  for (const part of distinct) {
    const pairing = lookup.pairingOf(part);
    const brokenRow = pairing ? undefined : lookup.brokenRowOf(matchKey(part));
    if (pairing) pairings.push(pairing);
    else if (brokenRow !== undefined)
      problems.push(problemAt('CONTACT_GROUP_PART_UNUSABLE', at(), { value: part, row: brokenRow }));
    else problems.push(problemAt('CONTACT_GROUP_PART_UNKNOWN', at(), { value: part }));
  }
  return { pairings, problems, isGroup: distinct.length > 1 };
}

/** How the reader finds pairings by the people's names. */
export interface PeopleLookup {
  /** The pairings of this leader and this figure, by name (any dates). */
  readonly pairingsOf: (leaderName: string, figureName: string) => readonly Pairing[];
  /** The pairings of a figure by name, whoever the leader (asked only when a part does not resolve). */
  readonly pairingsOfFigure: (figureName: string) => readonly Pairing[];
  /** Whether some pairing's leader has this very name: then it is one leader, not a list. */
  readonly isLeaderName: (name: string) => boolean;
  /** Whether some pairing's figure has this very name: then it is one figure, not a list. */
  readonly isFigureName: (name: string) => boolean;
}

/** The cells a name-form row is located by. */
export interface NamePlaces {
  readonly leaderName: Place;
  readonly figureName: Place;
}

/**
 * Resolves a row naming one 干部姓名 and several 人士姓名, each to the pairing of the two active on
 * `date`. Several names in 干部姓名 mix the pairings of several leaders: an error, the row counts
 * for none. A figure paired on that date with another leader is an error naming that leader. Returns
 * undefined when both cells are single names: the caller's own problems apply.
 */
export function pairingsOfNameList(
  leaderName: string,
  figureName: string,
  date: LocalDate,
  lookup: PeopleLookup,
  places: NamePlaces,
): GroupResolution | undefined {
  const leaders = lookup.isLeaderName(leaderName) ? [leaderName] : groupParts(leaderName);
  if (leaders.length > 1)
    return {
      pairings: [],
      problems: [problemAt('CONTACT_GROUP_LEADERS', places.leaderName, { value: leaderName })],
      isGroup: true,
    };
  if (lookup.isFigureName(figureName)) return undefined;
  const parts = groupParts(figureName);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === figureName)) return undefined;
  // A separator left at an end of 干部姓名 (张三、) names that one leader.
  const leader = leaders[0] ?? leaderName;
  const { distinct, repeated } = distinctParts(parts);
  const at = places.figureName;
  const problems = repeated.map((value) => problemAt('CONTACT_GROUP_DUPLICATE', at, { header: '人士姓名', value }));
  const pairings: Pairing[] = [];
  for (const figure of distinct) {
    const active = lookup.pairingsOf(leader, figure).filter((pairing) => isActiveOn(pairing, date));
    if (active.length === 1) pairings.push(active[0] as Pairing);
    else if (active.length > 1) problems.push(problemAt('CONTACT_PAIRING_AMBIGUOUS', at, { leader, figure }));
    else {
      const other = lookup.pairingsOfFigure(figure).find((pairing) => isActiveOn(pairing, date));
      problems.push(
        other
          ? problemAt('CONTACT_GROUP_OTHER_LEADER', at, { figure, leader, other: other.leader.name, date })
          : problemAt('CONTACT_GROUP_PART_NOT_FOUND', at, { leader, figure, date }),
      );
    }
  }
  return { pairings, problems, isGroup: distinct.length > 1 };
}

const sameName = (typed: string, known: string): boolean => typed === known || matchKey(typed) === matchKey(known);

/**
 * The names a group row writes beside its 结对编号 list, checked against its pairings: 干部姓名
 * must be each pairing's leader (one warning per leader it is not), and each name 人士姓名 lists
 * one of their figures (the form writes all of them; a user may write fewer).
 */
export function groupNameProblems(
  pairings: readonly Pairing[],
  typed: { readonly leaderName?: string; readonly figureName?: string },
  places: NamePlaces,
): Problem[] {
  const problems: Problem[] = [];
  const { leaderName, figureName } = typed;
  if (leaderName !== undefined) {
    const others = new Set(
      pairings.map((pairing) => pairing.leader.name).filter((name) => !sameName(leaderName, name)),
    );
    for (const expected of others)
      problems.push(
        problemAt('CONTACT_NAME_MISMATCH', places.leaderName, { header: '干部姓名', value: leaderName, expected }),
      );
  }
  if (figureName !== undefined) {
    const figures = [...new Set(pairings.map((pairing) => pairing.figure.name))];
    // A name with a space in it (a foreign or minority name) lists as its parts: they match its parts.
    const known = new Set(figures.flatMap((name) => [matchKey(name), ...groupParts(name).map(matchKey)]));
    const names = known.has(matchKey(figureName)) ? [] : groupParts(figureName);
    for (const value of names)
      if (!known.has(matchKey(value)))
        problems.push(
          problemAt('CONTACT_NAME_MISMATCH', places.figureName, {
            header: '人士姓名',
            value,
            expected: figures.join('、'),
          }),
        );
  }
  return problems;
}

/**
 * Pairings by their leader's name key, then their figure's: a row's two names find their pairings
 * with two look-ups of strings the sheet already holds (most names are their own key), not one of a
 * key made of both for each of tens of thousands of rows.
 */
export type PairingsByNames = ReadonlyMap<string, ReadonlyMap<string, readonly Pairing[]>>;

export function pairingsByNames(pairings: readonly Pairing[]): PairingsByNames {
  const byLeader = new Map<string, Map<string, Pairing[]>>();
  for (const pairing of pairings) {
    const leaderKey = matchKey(pairing.leader.name);
    let byFigure = byLeader.get(leaderKey);
    if (!byFigure) byLeader.set(leaderKey, (byFigure = new Map()));
    groupInto(byFigure, matchKey(pairing.figure.name), pairing);
  }
  return byLeader;
}

const NO_PAIRINGS: readonly Pairing[] = [];

/** The pairings of this leader and this figure, by name (any dates). */
export const pairingsNamed = (index: PairingsByNames, leaderName: string, figureName: string): readonly Pairing[] =>
  index.get(matchKey(leaderName))?.get(matchKey(figureName)) ?? NO_PAIRINGS;

/** Pairings by their figure's name key: a loop in a function of its own, whose compiled code serves every read. */
function byFigureName(pairings: readonly Pairing[]): Map<string, Pairing[]> {
  const byFigure = new Map<string, Pairing[]>();
  for (const pairing of pairings) groupInto(byFigure, matchKey(pairing.figure.name), pairing);
  return byFigure;
}

/** Finding pairings by names for group rows; the indexes only group rows need are built when the first one comes. */
export function peopleLookup(pairings: readonly Pairing[], byNames: PairingsByNames): PeopleLookup {
  let byFigure: Map<string, Pairing[]> | undefined;
  const figures = () => (byFigure ??= byFigureName(pairings));
  return {
    pairingsOf: (leaderName, figureName) => pairingsNamed(byNames, leaderName, figureName),
    pairingsOfFigure: (figureName) => figures().get(matchKey(figureName)) ?? [],
    isLeaderName: (name) => byNames.has(matchKey(name)),
    isFigureName: (name) => figures().has(matchKey(name)),
  };
}
