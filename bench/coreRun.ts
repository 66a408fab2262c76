/**
 * The core's timing in a process of its own (`node --expose-gc lib/bench/coreRun.js FILE`, checked
 * as of the bench's day and semester): the workbook read once, then readLedger and runCheck each timed after their warm-ups,
 * the figures printed on stdout as JSON for measureCore.ts. A process of its own because the bench's
 * holds what no host of the core holds: the generated ledger's objects and the aftermath of the old
 * reader's 1.5 GB. Beside them the same core took 12–15 % longer (measured in alternating processes on
 * the 200k ledger: medians 496/419, 501/451, 523/464 ms).
 */
import { readFile } from 'node:fs/promises';
import { runCheck } from '../src/core/check/runCheck';
import { readLedger } from '../src/core/ledger/readLedger';
import { readXlsxCells } from '../src/workbook/xlsx/readXlsxCells';
import { BENCH_SEMESTER, BENCH_TODAY } from './generateLedger';
import { hasGc, measure, type Timing } from './timing';

/**
 * Runs after the warm-ups: best and median of five once V8 has compiled the core. The machine is
 * shared: with three runs, the median of nearly the same code on the 200k ledger came out anywhere
 * from 395 to 505 ms within half an hour. Three warm-ups, as a check's rules are each called once per
 * check: their loops are compiled while they run (on-stack replacement), and code first compiled
 * before every path was taken is thrown away and compiled again at the next check. Measured on the
 * 200k ledger (--trace-opt, --trace-deopt): the rules' recompilations stop after the third check, the
 * read's but for two loops over 20k pairings after the third read. In one process the reads took 431,
 * 379, 283, 300, 288, 280 ms and the checks 173, 162, 110, 121, 79, 70 ms: one warm-up mixed those
 * compilations into the median. The first run of each is reported beside them.
 */
const CORE_RUNS = 5;
const CORE_WARMUPS = 3;

/** What the child prints: both timings, and the check's summary and problems by severity. */
export interface CoreRun {
  readonly readLedger: Timing;
  readonly runCheck: Timing;
  readonly summary: unknown;
  readonly problems: Record<string, number>;
}

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (file === undefined || !hasGc()) throw new Error('usage: node --expose-gc coreRun.js FILE');
  const workbook = await readXlsxCells(new Uint8Array(await readFile(file)));
  if (!workbook.ok) throw new Error(`readXlsxCells failed: ${workbook.error.message}`);
  const read = await measure(() => readLedger(workbook.value), CORE_RUNS, CORE_WARMUPS);
  if (!read.value.ok) throw new Error(`readLedger failed: ${read.value.error.message}`);
  const { ledger, problems: readProblems } = read.value.value;
  const check = await measure(
    () => runCheck(ledger, readProblems, { semesterId: BENCH_SEMESTER, today: BENCH_TODAY }),
    CORE_RUNS,
    CORE_WARMUPS,
  );
  if (!check.value.ok) throw new Error(`runCheck failed: ${check.value.error.message}`);
  const problems: Record<string, number> = {};
  for (const problem of check.value.value.problems) problems[problem.severity] = (problems[problem.severity] ?? 0) + 1;
  const run: CoreRun = {
    readLedger: read.timing,
    runCheck: check.timing,
    summary: check.value.value.summary,
    problems,
  };
  process.stdout.write(JSON.stringify(run));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
