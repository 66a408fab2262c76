import { readFile, stat, writeFile } from 'node:fs/promises';
import { ledgerTemplate } from '../src/core/template/ledgerTemplate';
import { readXlsxCells as readXlsx } from '../src/workbook/xlsx/readXlsxCells';
import { ledgerXlsxBytes } from '../src/workbook/xlsx/newWorkbook';
import { BENCH_SEMESTER, BENCH_TODAY, generateLedger, type LedgerSize } from './generateLedger';
import { type CliRun, cliSucceeded, runCheckCli } from './runCli';
import { measureCore } from './measureCore';
import { measure, summarise, type Timing } from './timing';
import { writeLedgerXlsxStream } from './writeXlsxStream';
import { readXlsxWithExceljs } from '../test/support/exceljsReader';

export type Writer = 'ledgerXlsxBytes' | 'exceljs stream';

export interface Scale {
  readonly label: string;
  readonly size: LedgerSize;
  readonly writer: Writer;
  /** Measured runs (after one warm-up) of readXlsx, and runs of the CLI. */
  readonly xlsxRuns: number;
  readonly cliRuns: number;
}

export interface ScaleResult {
  readonly label: string;
  readonly size: LedgerSize;
  readonly rows: Readonly<Record<string, number>>;
  readonly badRows: Readonly<Record<string, number>>;
  readonly file: string;
  readonly writer: Writer;
  readonly fileBytes: number;
  readonly generateMs: number;
  readonly writeMs: number;
  readonly readXlsx: Timing;
  /** The same read through exceljs (the reader before this one), for the ratio. */
  readonly readXlsxExceljs: Timing;
  readonly readLedger: Timing;
  readonly runCheck: Timing;
  /**
   * readLedger + runCheck: the sum of the bests and the sum of the medians, once V8 has compiled the
   * core; `first`, the sum of each one's first run, while it compiles (as in a one-off CLI run).
   */
  readonly core: { readonly best: number; readonly median: number; readonly first: number };
  readonly cli: Timing & {
    readonly exitCodes: ReadonlyArray<number | null>;
    readonly maxRssMb: number | undefined;
    readonly failures: readonly string[];
  };
  /** One `lianyi check` with the JavaScript heap capped at 512 MB: whether it completed. */
  readonly cliHeap512: { readonly ok: boolean; readonly ms: number; readonly detail: string };
  /** `lianyi check` with the workbook read through exceljs (bench/oldCheck.ts), for the ratios. */
  readonly cliExceljs: Timing & { readonly maxRssMb: number | undefined };
  readonly check: { readonly summary: unknown; readonly problems: Readonly<Record<string, number>> };
}

const peakMb = (runs: readonly CliRun[]): number | undefined => {
  const peak = Math.max(...runs.map((run) => run.maxRssKb ?? 0));
  return peak > 0 ? peak / 1024 : undefined;
};

/** The heap cap a large ledger's check must complete under. */
const HEAP_CAP_MB = 512;

function fail(message: string): never {
  throw new Error(message);
}

async function writeLedgerFile(
  scale: Scale,
  content: Parameters<typeof ledgerTemplate>[0],
  file: string,
): Promise<number> {
  const started = performance.now();
  if (scale.writer === 'ledgerXlsxBytes') await writeFile(file, await ledgerXlsxBytes(ledgerTemplate(content)));
  else await writeLedgerXlsxStream(ledgerTemplate(content), file);
  return performance.now() - started;
}

/** Generates one ledger, writes it, and times every stage of a check on it. */
export async function measureScale(
  scale: Scale,
  file: string,
  root: string,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const started = performance.now();
  const generated = generateLedger(scale.size);
  const generateMs = performance.now() - started;
  log(
    `  generated ${generated.rows['联系记录']} contacts in ${Math.round(generateMs)} ms; writing ${file} (${scale.writer}) …`,
  );
  const writeMs = await writeLedgerFile(scale, generated.content, file);
  const fileBytes = (await stat(file)).size;

  log(`  written in ${Math.round(writeMs)} ms; readXlsx …`);
  const bytes = new Uint8Array(await readFile(file));
  const xlsx = await measure(() => readXlsx(bytes), scale.xlsxRuns, scale.xlsxRuns > 1 ? 1 : 0);
  if (!xlsx.value.ok) fail(`readXlsx failed: ${xlsx.value.error.message}`);
  log(`  the same read through exceljs …`);
  // Only its timing is kept: the old reader's cells (1.5 GB on 200k contacts) would otherwise stay on
  // the heap for the rest of the bench.
  const exceljs = {
    timing: (await measure(() => readXlsxWithExceljs(bytes), scale.xlsxRuns, scale.xlsxRuns > 1 ? 1 : 0)).timing,
  };

  log(`  readLedger, runCheck (a process of their own) …`);
  const core = await measureCore(file);

  log(`  lianyi check × ${scale.cliRuns} …`);
  const cliRuns: CliRun[] = [];
  const oldRuns: CliRun[] = [];
  // Alternated, so a change in the machine's load falls on both alike.
  for (let index = 0; index < scale.cliRuns; index++) {
    cliRuns.push(await runCheckCli(root, file, BENCH_TODAY, BENCH_SEMESTER));
    oldRuns.push(await runCheckCli(root, file, BENCH_TODAY, BENCH_SEMESTER, 'exceljs'));
  }

  const capped = await runCheckCli(root, file, BENCH_TODAY, BENCH_SEMESTER, 'new', HEAP_CAP_MB);
  const cliHeap512 = {
    ok: cliSucceeded(capped),
    ms: capped.ms,
    detail: cliSucceeded(capped) ? `exit ${capped.code}` : (capped.stderr.split('\n')[0] ?? `exit ${capped.code}`),
  };

  return {
    label: scale.label,
    cliHeap512,
    size: scale.size,
    rows: generated.rows,
    badRows: generated.badRows,
    file,
    writer: scale.writer,
    fileBytes,
    generateMs,
    writeMs,
    readXlsx: xlsx.timing,
    readXlsxExceljs: exceljs.timing,
    readLedger: core.readLedger,
    runCheck: core.runCheck,
    core: {
      best: core.readLedger.best + core.runCheck.best,
      median: core.readLedger.median + core.runCheck.median,
      first: (core.readLedger.first ?? Number.NaN) + (core.runCheck.first ?? Number.NaN),
    },
    cli: {
      ...summarise(
        cliRuns.map((run) => run.ms),
        0,
      ),
      exitCodes: cliRuns.map((run) => run.code),
      maxRssMb: peakMb(cliRuns),
      failures: cliRuns
        .filter((run) => !cliSucceeded(run))
        .map((run) => `exit ${run.code ?? run.signal}: ${run.stderr.split('\n')[0] ?? ''}`),
    },
    cliExceljs: {
      ...summarise(
        oldRuns.map((run) => run.ms),
        0,
      ),
      maxRssMb: peakMb(oldRuns),
    },
    check: { summary: core.summary, problems: core.problems },
  };
}
