import { academicYearSemesters } from '../src/core/ledger/semesters';
import { SETTING_DEFAULTS } from '../src/core/ledger/settings';
import { addDays, dayNumber, fromDayNumber, type LocalDate } from '../src/core/localDate';
import { CONTACT_FORMS, FIGURE_CATEGORIES, type Level, PARTIES } from '../src/core/schema/valueLists';
import { type LedgerContent, semesterRows } from '../src/core/template/ledgerTemplate';
import { addBadRows, type BadRowCounts } from './badRows';
import { Prng } from './prng';
import {
  COLLEGE_POSTS,
  COLLEGES,
  DEPARTMENTS,
  DIFFICULTIES,
  FIGURE_POSTS,
  FOLLOW_UP_DEPARTMENTS,
  FOLLOW_UP_RESULTS,
  HANDOVER_NOTES,
  NameMaker,
  NOTES,
  SCHOOL_POSTS,
  SUGGESTIONS,
  SUMMARIES,
} from './syntheticText';

/**
 * A synthetic but realistic ledger of a given size, the same for the same seed: ~40 units, 校级
 * leaders with exactly one pairing each, 院级 leaders over the units, figures of every category,
 * pairings with handovers, contacts over 2025-2026-2 and 2026-2027-1, follow-ups, and a small
 * share of bad rows (see badRows.ts) so problem reporting is exercised.
 */
export interface LedgerSize {
  readonly figures: number;
  readonly pairings: number;
  readonly contacts: number;
}

export const BENCH_TODAY = '2027-01-20' as LocalDate;
export const BENCH_SEMESTER = '2026-2027-1';

export type Row = Record<string, string | number | undefined>;

export interface GLeader {
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  readonly unit: string;
  readonly leftOn?: LocalDate;
}

export interface GFigure {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly status: '在职' | '调离' | '退休';
}

export interface GPairing {
  readonly id: string;
  readonly level: Level;
  readonly leader: GLeader;
  readonly figure: GFigure;
  readonly start: LocalDate;
  end?: LocalDate;
  changeReason?: string;
  handoverNote?: string;
}

export interface GeneratedLedger {
  readonly content: LedgerContent;
  readonly rows: { readonly [sheet: string]: number };
  readonly badRows: BadRowCounts;
}

/** The first day contacts are dated (2025-2026-2 starts) and the last (today). */
const CONTACTS_FROM = '2026-03-01' as LocalDate;
const SECOND_SEMESTER_END = '2026-08-31' as LocalDate;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function randomDay(rng: Prng, from: LocalDate, to: LocalDate): LocalDate {
  return fromDayNumber(rng.int(dayNumber(from), dayNumber(to)));
}

/** How a user might type a contact date: mostly real date cells, a few as text. */
function typedDate(rng: Prng, date: LocalDate): string {
  if (!rng.chance(0.05)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return rng.pick([`${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}.${m}.${d}`, date.replaceAll('-', '')]);
}

function makeUnits(rng: Prng, names: NameMaker): Row[] {
  return [
    ...COLLEGES.map((name) => ({
      name,
      type: '二级学院',
      partyOrganisation: `${name}${rng.chance(0.6) ? '党委' : '党总支'}`,
      liaison: names.next(),
    })),
    ...DEPARTMENTS.map((name) => ({ name, type: '职能部门', partyOrganisation: '机关党委', liaison: names.next() })),
  ];
}

function makeLeaders(rng: Prng, names: NameMaker, collegeLeaders: number): GLeader[] {
  const leaders: GLeader[] = [];
  for (let index = 0; index < 13; index++) {
    // The 13th 校级 leader left on 2026-10-15 and handed over to the 12th (see schoolPairings).
    leaders.push({
      id: `L${pad(leaders.length + 1, 5)}`,
      name: names.next(),
      level: '校级',
      unit: '学校党委',
      ...(index === 12 ? { leftOn: '2026-10-15' as LocalDate } : {}),
    });
  }
  const units = [...COLLEGES, ...DEPARTMENTS];
  for (let index = 0; index < collegeLeaders; index++) {
    const leftOn = rng.chance(0.02) ? randomDay(rng, '2026-04-01' as LocalDate, '2026-12-31' as LocalDate) : undefined;
    leaders.push({
      id: `L${pad(leaders.length + 1, 5)}`,
      name: names.next(),
      level: '院级',
      unit: units[index % units.length] as string,
      ...(leftOn ? { leftOn } : {}),
    });
  }
  return leaders;
}

function makeFigures(rng: Prng, names: NameMaker, count: number): GFigure[] {
  const figures: GFigure[] = [];
  for (let index = 0; index < count; index++) {
    const unit = rng.chance(0.85) ? rng.pick(COLLEGES) : rng.pick(DEPARTMENTS);
    const status = rng.weighted<GFigure['status']>([
      ['在职', 92],
      ['调离', 5],
      ['退休', 3],
    ]);
    figures.push({ id: `F${pad(index + 1, 5)}`, name: names.next(), unit, status });
  }
  return figures;
}

function figureRow(rng: Prng, figure: GFigure, schoolKey: boolean): Row {
  const party = rng.weighted<string>([
    ...PARTIES.slice(0, 8).map((p) => [p, 6] as const),
    ['无党派人士', 8],
    ['无', 44],
  ]);
  const categories = new Set<string>();
  if (party !== '无' && party !== '无党派人士') categories.add(rng.chance(0.15) ? '民主党派负责人' : '民主党派成员');
  if (party === '无党派人士') categories.add('无党派人士');
  while (categories.size === 0 || rng.chance(0.3)) categories.add(rng.pick(FIGURE_CATEGORIES));
  const ethnicity = rng.chance(0.9) ? '汉族' : rng.pick(['回族', '满族', '蒙古族', '壮族', '苗族']);
  return {
    figureId: figure.id,
    name: figure.name,
    gender: rng.pick(['男', '女']),
    ethnicity,
    unit: figure.unit,
    post: rng.pick(FIGURE_POSTS),
    party,
    categories: [...categories].join(rng.pick(['、', '，', ','])),
    schoolKeyTarget: schoolKey ? '是' : '否',
    status: figure.status,
    note: figure.status === '调离' ? '2026年调离' : undefined,
  };
}

class PairingBook {
  readonly pairings: GPairing[] = [];
  private readonly leadersOfFigure = new Map<GFigure, Set<GLeader>>();

  add(level: Level, leader: GLeader, figure: GFigure, start: LocalDate, end?: LocalDate): GPairing {
    const pairing: GPairing = {
      id: `P${pad(this.pairings.length + 1, 6)}`,
      level,
      leader,
      figure,
      start,
      ...(end ? { end } : {}),
    };
    this.pairings.push(pairing);
    const leaders = this.leadersOfFigure.get(figure) ?? new Set<GLeader>();
    leaders.add(leader);
    this.leadersOfFigure.set(figure, leaders);
    return pairing;
  }

  /** Ends `pairing` on `end` and starts the successor's pairing the next day. */
  handOver(pairing: GPairing, end: LocalDate, successor: GLeader, reason: string, note: string): GPairing {
    pairing.end = end;
    pairing.changeReason = reason;
    const next = this.add(pairing.level, successor, pairing.figure, addDays(end, 1));
    next.handoverNote = note;
    return next;
  }

  hasPair(leader: GLeader, figure: GFigure): boolean {
    return this.leadersOfFigure.get(figure)?.has(leader) ?? false;
  }
}

function makePairings(
  rng: Prng,
  leaders: GLeader[],
  figures: GFigure[],
  budget: number,
): { pairings: GPairing[]; schoolKey: Set<GFigure> } {
  const book = new PairingBook();
  const school = leaders.filter((leader) => leader.level === '校级');
  const inService = figures.filter((figure) => figure.status === '在职');
  const keyFigures = rng.sample(inService, school.length - 1);
  keyFigures.forEach((figure, index) => {
    if (index < 11) book.add('校级', school[index] as GLeader, figure, '2026-03-01' as LocalDate);
    else
      book.handOver(
        book.add('校级', school[12] as GLeader, figure, '2026-03-01' as LocalDate),
        '2026-10-15' as LocalDate,
        school[11] as GLeader,
        '干部离任',
        rng.pick(HANDOVER_NOTES),
      );
  });

  const byUnit = new Map<string, GLeader[]>();
  for (const leader of leaders)
    if (leader.level === '院级') byUnit.set(leader.unit, [...(byUnit.get(leader.unit) ?? []), leader]);
  const college = leaders.filter((leader) => leader.level === '院级');
  const serving = (on: LocalDate) => (leader: GLeader) => leader.leftOn === undefined || leader.leftOn > on;
  /** A leader of the figure's unit (or, when all are taken, of any unit) not yet paired with it. */
  const leaderFor = (figure: GFigure, on: LocalDate): GLeader | undefined => {
    const free = (leader: GLeader) => serving(on)(leader) && !book.hasPair(leader, figure);
    const local = (byUnit.get(figure.unit) ?? []).filter(free);
    if (local.length > 0) return rng.pick(local);
    for (let tries = 0; tries < 20; tries++) {
      const other = rng.pick(college);
      if (free(other)) return other;
    }
    return undefined;
  };
  const startDay = () =>
    rng.weighted<LocalDate>([
      ['2025-03-01' as LocalDate, 5],
      ['2025-09-01' as LocalDate, 40],
      ['2026-03-01' as LocalDate, 45],
      [randomDay(rng, '2026-03-02' as LocalDate, '2026-11-30' as LocalDate), 10],
    ]);

  // Every figure in service gets a 院级 pairing, bar ~2% left uncovered for R3.
  for (const figure of inService) {
    if (book.pairings.length >= budget || rng.chance(0.02)) continue;
    const start = startDay();
    const leader = leaderFor(figure, start);
    if (!leader) continue;
    const pairing = book.add('院级', leader, figure, start);
    if (leader.leftOn !== undefined && book.pairings.length < budget && rng.chance(0.7)) {
      const successor = leaderFor(figure, addDays(leader.leftOn, 1));
      if (successor) book.handOver(pairing, leader.leftOn, successor, '干部离任', rng.pick(HANDOVER_NOTES));
    }
  }
  // Figures who left or retired: their pairing was closed, or (20%) is still open for R4.
  for (const figure of figures) {
    if (figure.status === '在职' || book.pairings.length >= budget) continue;
    const leader = leaderFor(figure, '2025-09-01' as LocalDate);
    if (!leader) continue;
    const pairing = book.add('院级', leader, figure, '2025-09-01' as LocalDate);
    if (rng.chance(0.8)) {
      pairing.end = randomDay(rng, '2026-03-01' as LocalDate, '2026-11-30' as LocalDate);
      pairing.changeReason = figure.status === '调离' ? '人士调离' : '人士退休';
    }
  }
  // The rest: handovers (ended + successor) and second 院级 pairings of the same figure.
  const open = () =>
    book.pairings.filter(
      (pairing) => pairing.level === '院级' && pairing.end === undefined && pairing.figure.status === '在职',
    );
  let candidates = open();
  while (book.pairings.length < budget && candidates.length > 0) {
    const pairing = rng.pick(candidates);
    if (rng.chance(0.4) && pairing.end === undefined && pairing.start < '2026-11-01') {
      const end = randomDay(
        rng,
        fromDayNumber(Math.max(dayNumber(pairing.start) + 30, dayNumber(CONTACTS_FROM))),
        '2026-12-31' as LocalDate,
      );
      const successor = leaderFor(pairing.figure, addDays(end, 1));
      if (successor) candidates.push(book.handOver(pairing, end, successor, '工作调整', rng.pick(HANDOVER_NOTES)));
    } else {
      const start = startDay();
      const leader = leaderFor(pairing.figure, start);
      if (leader) book.add('院级', leader, pairing.figure, start);
    }
    if (book.pairings.length % 1000 === 0) candidates = open();
  }
  return { pairings: book.pairings, schoolKey: new Set(keyFigures) };
}

function leaderRow(rng: Prng, leader: GLeader, index: number): Row {
  const post =
    leader.level === '校级'
      ? (SCHOOL_POSTS[Math.min(index, SCHOOL_POSTS.length - 1)] as string)
      : rng.pick(COLLEGE_POSTS);
  return {
    leaderId: leader.id,
    name: leader.name,
    post,
    level: leader.level,
    unit: leader.unit,
    status: leader.leftOn ? '离任' : '在任',
    leftOn: leader.leftOn,
    note: leader.leftOn ? rng.pick(['工作调动', '退休', '任期届满']) : undefined,
  };
}

function pairingRow(rng: Prng, pairing: GPairing, unitOf: (figure: GFigure) => string): Row {
  const byName = rng.chance(0.08);
  const withNames = byName || rng.chance(0.6);
  return {
    pairingId: pairing.id,
    level: pairing.level,
    leaderId: byName ? undefined : pairing.leader.id,
    leaderName: withNames ? pairing.leader.name : undefined,
    figureId: byName ? undefined : pairing.figure.id,
    figureName: withNames ? pairing.figure.name : undefined,
    unit: pairing.level === '校级' ? '统战部' : unitOf(pairing.figure),
    start: pairing.start,
    end: pairing.end,
    changeReason: pairing.changeReason,
    handoverNote: pairing.handoverNote,
    filedOn: addDays(pairing.start, rng.int(0, 14)),
  };
}

interface ContactsOut {
  readonly contacts: Row[];
  readonly followUps: Row[];
}

/** Contacts spread over the pairings' active days from 2026-03-01 to today; ~6% of pairings go quiet in 2026-2027-1. */
function makeContacts(
  rng: Prng,
  pairings: GPairing[],
  count: number,
  liaisonOf: (unit: string) => string,
): ContactsOut {
  const pairsSeen = new Map<string, number>();
  for (const pairing of pairings)
    pairsSeen.set(
      `${pairing.leader.id}|${pairing.figure.id}`,
      (pairsSeen.get(`${pairing.leader.id}|${pairing.figure.id}`) ?? 0) + 1,
    );
  const windows: Array<{ pairing: GPairing; from: LocalDate; to: LocalDate; uniquePair: boolean }> = [];
  for (const pairing of pairings) {
    const quiet = rng.chance(0.06);
    const from = pairing.start > CONTACTS_FROM ? pairing.start : CONTACTS_FROM;
    let to = pairing.end !== undefined && pairing.end < BENCH_TODAY ? pairing.end : BENCH_TODAY;
    if (quiet && to > SECOND_SEMESTER_END) to = SECOND_SEMESTER_END;
    if (from <= to)
      windows.push({ pairing, from, to, uniquePair: pairsSeen.get(`${pairing.leader.id}|${pairing.figure.id}`) === 1 });
  }
  const contacts: Row[] = [];
  const followUps: Row[] = [];
  for (let index = 0; index < count; index++) {
    const { pairing, from, to, uniquePair } = rng.pick(windows);
    const date = randomDay(rng, from, to);
    const contactId = `C${date.slice(0, 4)}-${pad(index + 1, 6)}`;
    const byNames = uniquePair && rng.chance(0.05);
    const withNames = byNames || rng.chance(0.07);
    const suggestions = rng.chance(0.08) ? rng.pick(SUGGESTIONS) : undefined;
    const difficulties = rng.chance(0.04) ? rng.pick(DIFFICULTIES) : undefined;
    const filedOn = addDays(date, rng.int(0, 5));
    contacts.push({
      contactId,
      pairingId: byNames ? undefined : pairing.id,
      leaderName: withNames ? pairing.leader.name : undefined,
      figureName: withNames ? pairing.figure.name : undefined,
      date: typedDate(rng, date),
      form: rng.pick(CONTACT_FORMS),
      summary: rng.pick(SUMMARIES),
      suggestions,
      difficulties,
      note: rng.chance(0.03) ? rng.pick(NOTES) : undefined,
      filedBy: liaisonOf(pairing.figure.unit),
      filedOn: filedOn > BENCH_TODAY ? BENCH_TODAY : filedOn,
    });
    const raised = suggestions ?? difficulties;
    if (raised !== undefined && rng.chance(0.7))
      followUps.push(followUpRow(rng, followUps.length + 1, contactId, date, raised, suggestions !== undefined));
  }
  return { contacts, followUps };
}

function followUpRow(
  rng: Prng,
  seq: number,
  contactId: string,
  date: LocalDate,
  content: string,
  isSuggestion: boolean,
): Row {
  const assignedOn = addDays(date, rng.int(2, 10));
  const assigned = assignedOn <= BENCH_TODAY;
  // Older items are mostly finished; recent ones are still open (some already overdue).
  const done = assigned && rng.chance(assignedOn < addDays(BENCH_TODAY, -90) ? 0.9 : 0.5);
  const answeredOn = done ? addDays(assignedOn, rng.int(5, 40)) : undefined;
  return {
    itemId: `Y${date.slice(0, 4)}-${pad(seq, 5)}`,
    sourceContactId: contactId,
    type: isSuggestion ? '意见建议' : '困难诉求',
    content: content.replace(/^建议|^希望|。$/g, ''),
    department: rng.pick(FOLLOW_UP_DEPARTMENTS),
    assignedOn: assigned ? assignedOn : undefined,
    dueOn: assigned && rng.chance(0.5) ? addDays(assignedOn, rng.int(20, 60)) : undefined,
    status: done ? rng.pick(['已答复', '已办结']) : assigned ? rng.pick(['已交办', '办理中']) : '待研究',
    result: done ? rng.pick(FOLLOW_UP_RESULTS) : undefined,
    answeredOn: answeredOn !== undefined && answeredOn <= BENCH_TODAY ? answeredOn : undefined,
    rating: done
      ? rng.weighted([
          ['满意', 7],
          ['基本满意', 2],
          ['不满意', 1],
        ])
      : undefined,
  };
}

export function generateLedger(size: LedgerSize, seed = 2026_35): GeneratedLedger {
  const rng = new Prng(seed);
  const names = new NameMaker(rng);
  const units = makeUnits(rng, names);
  const liaisons = new Map(units.map((unit) => [unit.name as string, unit.liaison as string]));
  const leaders = makeLeaders(rng, names, Math.max(units.length, Math.round(size.figures / 5)));
  const figures = makeFigures(rng, names, size.figures);
  const badPairings = Math.max(5, Math.round(size.pairings * 0.002));
  const { pairings, schoolKey } = makePairings(rng, leaders, figures, size.pairings - badPairings);
  const { contacts, followUps } = makeContacts(rng, pairings, size.contacts, (unit) => liaisons.get(unit) ?? '');

  const content = {
    设置: SETTING_DEFAULTS.map((entry) => ({ key: entry.key, value: entry.value, note: entry.note })) as Row[],
    学期: semesterRows([2025, 2026].flatMap((year) => academicYearSemesters(year))) as Row[],
    单位: units,
    领导干部: leaders.map((leader, index) => leaderRow(rng, leader, index)),
    党外代表人士: figures.map((figure) => figureRow(rng, figure, schoolKey.has(figure) || rng.chance(0.03))),
    结对关系: pairings.map((pairing) => pairingRow(rng, pairing, (figure) => figure.unit)),
    联系记录: contacts,
    意见办理: followUps,
  };
  const badRows = addBadRows(rng, content, { figures, leaders, pairings, targetPairings: size.pairings });
  const rows = Object.fromEntries(Object.entries(content).map(([sheet, list]) => [sheet, list.length]));
  return { content, rows, badRows };
}
