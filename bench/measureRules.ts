/**
 * The semester's new rules and the yearly 考核 on the 200k-contact ledger, in the core (cells in
 * memory, read and checked): the check with 重大节日 rows and group contacts against the same ledger
 * without them (issue 11: ≤ 1.2×), and the year's review against one semester's check (issue 12:
 * ≤ 2.5×). Runs alternate, so a change in the machine's load falls on both alike.
 */
import { loadLunarCalendar } from '../src/app/lunarCalendar';
import { runCheck } from '../src/core/check/runCheck';
import { academicYearFestivals, festivalRows } from '../src/core/ledger/festivals';
import { readLedger } from '../src/core/ledger/readLedger';
import type { LocalDate } from '../src/core/localDate';
import type { RawWorkbook } from '../src/core/rawWorkbook';
import { reviewYear } from '../src/core/review/reviewYear';
import { DEFAULT_INDICATORS } from '../src/core/schema/indicators';
import { ledgerTemplate } from '../src/core/template/ledgerTemplate';
import { templateWorkbook } from '../src/core/template/templateWorkbook';
import { BENCH_SEMESTER, BENCH_TODAY, generateLedger, type LedgerSize, type Row } from './generateLedger';
import { summarise, type Timing } from './timing';

/** The share of contact rows turned into group rows of three pairings of one leader. */
const GROUP_SHARE = 0.05;

export interface RulesResult {
  readonly contacts: number;
  readonly groupRows: number;
  readonly festivalRows: number;
  /** readLedger + runCheck without, and with, festivals and group rows. */
  readonly checkPlain: Timing;
  readonly checkWithExtras: Timing;
  /** readLedger + reviewYear of the academic year, on the ledger with festivals and group rows. */
  readonly review: Timing;
}

/** The generated ledger with 重大节日 for its years, the default 考核指标, and some contacts made group rows. */
export async function withFestivalsAndGroups(
  content: Record<string, Row[]>,
): Promise<{ content: Record<string, Row[]>; groups: number }> {
  const calendar = await loadLunarCalendar();
  const byLeader = new Map<string, string[]>();
  for (const pairing of content['结对关系'] ?? []) {
    const leader = String(pairing.leaderId ?? pairing.leaderName ?? '');
    byLeader.set(leader, [...(byLeader.get(leader) ?? []), String(pairing.pairingId)]);
  }
  const leaderOf = new Map(
    (content['结对关系'] ?? []).map((pairing) => [
      String(pairing.pairingId),
      String(pairing.leaderId ?? pairing.leaderName),
    ]),
  );
  let groups = 0;
  const contacts = (content['联系记录'] ?? []).map((row, index) => {
    const ids = byLeader.get(leaderOf.get(String(row.pairingId)) ?? '') ?? [];
    // Every twentieth contact of a leader with three pairings or more: a 座谈会 of three of them.
    if (index % Math.round(1 / GROUP_SHARE) !== 0 || row.pairingId === undefined || ids.length < 3) return row;
    groups++;
    return { ...row, pairingId: ids.slice(0, 3).join('、'), leaderName: undefined, figureName: undefined };
  });
  const festivals = festivalRows([2025, 2026].flatMap((year) => academicYearFestivals(year, calendar)));
  return {
    content: { ...content, 联系记录: contacts, 重大节日: festivals as Row[], 考核指标: [...DEFAULT_INDICATORS] },
    groups,
  };
}

const YEAR = `${BENCH_SEMESTER.slice(0, 9)}`;

/**
 * Warm-up rounds before the timed ones: as for the core (coreRun.ts), the rules' code is compiled
 * and thrown away again over the first three checks, and a median over those mixed compilation into
 * the ratio (with one warm-up round it came out between 1.09× and 1.35× from one bench run to the next).
 */
const WARMUP_ROUNDS = 3;

/** Times, alternately, the plain check, the check with the extras, and the review. */
export async function measureRules(size: LedgerSize, runs: number, log: (line: string) => void): Promise<RulesResult> {
  const generated = generateLedger(size);
  const plainContent = generated.content as Record<string, Row[]>;
  const extras = await withFestivalsAndGroups(plainContent);
  log(`  rules: ${extras.groups} group rows, festivals and indicators added; building the cells …`);
  const plain: RawWorkbook = templateWorkbook(ledgerTemplate(plainContent));
  const full: RawWorkbook = templateWorkbook(ledgerTemplate(extras.content));
  const today = BENCH_TODAY as LocalDate;
  const check = (workbook: RawWorkbook) => () => {
    const read = readLedger(workbook);
    if (!read.ok) throw new Error(read.error.message);
    const checked = runCheck(read.value.ledger, read.value.problems, { semesterId: BENCH_SEMESTER, today });
    if (!checked.ok) throw new Error(checked.error.message);
  };
  const review = () => {
    const read = readLedger(full);
    if (!read.ok) throw new Error(read.error.message);
    const reviewed = reviewYear(read.value.ledger, read.value.problems, { year: YEAR, today });
    if (!reviewed.ok) throw new Error(reviewed.error.message);
  };
  const tasks = { plain: check(plain), full: check(full), review };
  const times: Record<keyof typeof tasks, number[]> = { plain: [], full: [], review: [] };
  for (let index = 0; index < WARMUP_ROUNDS + runs; index++)
    for (const name of ['plain', 'full', 'review'] as const) {
      (globalThis as { gc?: () => void }).gc?.();
      const started = performance.now();
      tasks[name]();
      if (index >= WARMUP_ROUNDS) times[name].push(performance.now() - started);
    }
  return {
    contacts: extras.content['联系记录']?.length ?? 0,
    groupRows: extras.groups,
    festivalRows: extras.content['重大节日']?.length ?? 0,
    checkPlain: summarise(times.plain, WARMUP_ROUNDS),
    checkWithExtras: summarise(times.full, WARMUP_ROUNDS),
    review: summarise(times.review, WARMUP_ROUNDS),
  };
}

/** The lines the bench prints: each ratio against its target. */
export function rulesLines(result: RulesResult): string[] {
  const ratio = (a: Timing, b: Timing) => a.median / b.median;
  const festivalRatio = ratio(result.checkWithExtras, result.checkPlain);
  const reviewRatio = ratio(result.review, result.checkWithExtras);
  const mark = (met: boolean) => (met ? '✓' : '✗');
  return [
    `  重大节日 + 集体活动 on ${result.contacts} 联系 (${result.groupRows} group rows, ${result.festivalRows} festivals): check ${Math.round(result.checkWithExtras.median)} ms vs ${Math.round(result.checkPlain.median)} ms without = ${festivalRatio.toFixed(2)}× (target ≤ 1.2×) ${mark(festivalRatio <= 1.2)}`,
    `  年度考核 review of ${YEAR}: ${Math.round(result.review.median)} ms vs one semester's check ${Math.round(result.checkWithExtras.median)} ms = ${reviewRatio.toFixed(2)}× (target ≤ 2.5×) ${mark(reviewRatio <= 2.5)}`,
  ];
}
