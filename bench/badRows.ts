import { addDays, type LocalDate } from '../src/core/localDate';
import type { GFigure, GLeader, GPairing, Row } from './generateLedger';
import type { Prng } from './prng';

/** How many deliberately bad rows each sheet got. */
export type BadRowCounts = Record<string, number>;

interface People {
  readonly figures: readonly GFigure[];
  readonly leaders: readonly GLeader[];
  readonly pairings: readonly GPairing[];
  /** The pairings sheet is filled up to this many rows with bad ones. */
  readonly targetPairings: number;
}

type Mutation = (row: Row, index: number, rows: Row[]) => void;

/** Applies `mutations` in turn to `count` distinct random rows (never the first, so a duplicate has an original). */
function mutateRows(
  rng: Prng,
  rows: Row[],
  count: number,
  mutations: readonly Mutation[],
  allowed: (row: Row) => boolean = () => true,
): number {
  const indices = rng.sample(
    rows.map((_, index) => index).filter((index) => index > 0 && allowed(rows[index] as Row)),
    count,
  );
  indices.forEach((index, turn) => (mutations[turn % mutations.length] as Mutation)(rows[index] as Row, index, rows));
  return indices.length;
}

function insertRows(rng: Prng, rows: Row[], extra: readonly Row[]): void {
  for (const row of extra) rows.splice(rng.int(1, rows.length), 0, row);
}

function contactMutations(rng: Prng, pairings: readonly GPairing[]): Mutation[] {
  const late = pairings.filter((pairing) => pairing.start >= '2026-03-15');
  const early = pairings.filter((pairing) => pairing.start <= '2025-06-01');
  const point = (row: Row, pairing: GPairing, date: LocalDate) =>
    Object.assign(row, { pairingId: pairing.id, leaderName: undefined, figureName: undefined, date });
  return [
    (row, index) =>
      Object.assign(row, {
        pairingId: `P9${String(index).padStart(6, '0')}`,
        leaderName: undefined,
        figureName: undefined,
      }), // CONTACT_PAIRING_UNKNOWN
    (row) => (row.date = '2026-02-30'), // DATE_INVALID
    (row) => (row.date = undefined), // REQUIRED_MISSING
    (row) => (row.form = '电话联系'), // NOT_IN_LIST
    (row) => (row.summary = undefined), // REQUIRED_MISSING
    (row) => (row.date = '2027-02-10'), // CONTACT_AFTER_TODAY
    (row) => {
      const pairing = late.length > 0 ? rng.pick(late) : undefined;
      if (pairing) point(row, pairing, addDays(pairing.start, -10)); // CONTACT_OUTSIDE_PAIRING
    },
    (row) => {
      const pairing = early.length > 0 ? rng.pick(early) : undefined;
      if (pairing) point(row, pairing, '2025-06-15' as LocalDate); // CONTACT_IN_NO_SEMESTER
    },
    (row, index, rows) => (row.contactId = rows[index - 1]?.contactId), // DUPLICATE_ID
    (row) => Object.assign(row, { leaderName: undefined, figureName: '张冠李戴' }), // CONTACT_NAME_MISMATCH (pairingId kept)
    (row) => Object.assign(row, { pairingId: undefined, figureName: undefined }), // CONTACT_PAIRING_EMPTY
    (row) => Object.assign(row, { pairingId: undefined, leaderName: '查无此人', figureName: '某某' }), // CONTACT_PAIRING_NOT_FOUND
  ];
}

function badPairings(rng: Prng, people: People, count: number): Row[] {
  const college = people.leaders.filter((leader) => leader.level === '院级' && leader.leftOn === undefined);
  const serving = people.figures.filter((figure) => figure.status === '在职');
  const rows: Row[] = [];
  for (let index = 0; index < count; index++) {
    const leader = rng.pick(college);
    const figure = rng.pick(serving);
    const base: Row = {
      pairingId: `PX${String(index + 1).padStart(5, '0')}`,
      level: '院级',
      leaderId: leader.id,
      figureId: figure.id,
      unit: figure.unit,
      start: '2026-03-01',
    };
    const kinds: Row[] = [
      { ...base, leaderId: 'L99999' }, // REF_ID_MISSING
      { ...base, start: '2026-09-01', end: '2026-05-01' }, // PAIRING_DATES_INVALID
      { ...base, level: '校级' }, // PAIRING_LEVEL_MISMATCH
      { ...base, leaderId: undefined, leaderName: '查无此人' }, // REF_NAME_MISSING
      { ...base, start: undefined }, // REQUIRED_MISSING
      { ...base, pairingId: people.pairings[0]?.id ?? 'P000001' }, // DUPLICATE_ID
    ];
    rows.push(kinds[index % kinds.length] as Row);
  }
  return rows;
}

/**
 * Spoils a small share of rows (~0.3% of contacts, ~0.2% of pairings, a few people and items), one
 * kind of mistake after another, so every problem path of the check runs at scale.
 */
export function addBadRows(rng: Prng, content: Record<string, Row[]>, people: People): BadRowCounts {
  const counts: BadRowCounts = {};
  const figures = content['党外代表人士'] as Row[];
  const paired = new Set(people.pairings.map((pairing) => pairing.figure.id));
  counts['党外代表人士'] =
    mutateRows(rng, figures, Math.max(4, Math.round(figures.length * 0.002)), [
      (row) => (row.party = '中共党员'), // NOT_IN_LIST (optional column: warning)
      (row) => (row.unit = '外语学院（旧）'), // UNIT_UNKNOWN
      (row) => (row.categories = `${String(row.categories)}、优秀教师`), // NOT_IN_LIST
      (row) => (row.schoolKeyTarget = '待定'), // NOT_YES_NO
    ]) +
    mutateRows(
      rng,
      figures,
      2,
      [(row, index, rows) => (row.figureId = rows[index - 1]?.figureId), (row) => (row.name = undefined)],
      (row) => !paired.has(String(row.figureId)),
    );

  const leaders = content['领导干部'] as Row[];
  const extraLeaders: Row[] = [
    { leaderId: 'L90001', name: '错层级', post: '处长', level: '处级', unit: '人事处', status: '在任' }, // NOT_IN_LIST (required)
    { ...(leaders[0] as Row), name: '重复编号' }, // DUPLICATE_ID
    {
      leaderId: 'L90002',
      name: '日期错',
      post: '副院长',
      level: '院级',
      unit: '教育学院',
      status: '在任',
      leftOn: '2026-9-31',
    }, // DATE_INVALID
  ];
  insertRows(rng, leaders, extraLeaders);
  counts['领导干部'] = extraLeaders.length;

  const pairings = content['结对关系'] as Row[];
  const extraPairings = badPairings(rng, people, Math.max(0, people.targetPairings - pairings.length));
  insertRows(rng, pairings, extraPairings);
  counts['结对关系'] = extraPairings.length;

  const contacts = content['联系记录'] as Row[];
  counts['联系记录'] = mutateRows(
    rng,
    contacts,
    Math.max(12, Math.round(contacts.length * 0.003)),
    contactMutations(rng, people.pairings),
  );

  const followUps = content['意见办理'] as Row[];
  counts['意见办理'] = mutateRows(rng, followUps, Math.max(3, Math.round(followUps.length * 0.002)), [
    (row) => (row.sourceContactId = 'C1999-000001'), // FOLLOW_UP_SOURCE_MISSING
    (row) => (row.type = undefined), // REQUIRED_MISSING
    (row) => (row.status = '已完成'), // NOT_IN_LIST
  ]);
  return counts;
}
