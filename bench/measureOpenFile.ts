/**
 * The browser preview's open-file step in headless Chromium, new reader against old (exceljs), for
 * `npm run bench`: each open runs in a fresh browser (as a user opens a file once), and its time
 * comes from the page while its peak memory is the renderer process's high-water mark (VmHWM).
 * The page's own footprint (bytes fetched, nothing read) is measured the same way and reported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/support/headlessChromium';
import { serveDirectory } from '../test/support/staticServer';
import type { OpenKind, OpenResult } from './browser/openFileBench';
import { summarise, type Timing } from './timing';

const ROOT = resolve(__dirname, '..', '..');

/** One reader's opens of one file: time in the page and the renderer's peak resident memory. */
export interface OpenFigures {
  readonly time: Timing;
  readonly peakMb: number;
  readonly contacts: number;
}

/** Both readers on one file, and the page's footprint before reading. */
export interface OpenFileScale {
  readonly label: string;
  /** The contacts the ledger was generated with (its rows, bad ones included). */
  readonly size: number;
  readonly new: OpenFigures;
  readonly old: OpenFigures;
  readonly pageOnlyMb: number;
}

async function bundle(dir: string): Promise<void> {
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    entry: resolve(ROOT, 'bench/browser/openFileBench.ts'),
    output: { path: dir, filename: 'openFile.js' },
    resolve: { extensions: ['.ts', '.js'] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: resolve(ROOT, 'tsconfig.web.json'), transpileOnly: true },
          },
        },
      ],
    },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) fail(error ?? new Error(stats?.toString('errors-only')));
      else compiler.close(() => done());
    }),
  );
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="openFile.js"></script>');
}

/** The processes below `pid` (a browser and its children), read from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // A process that ended while listed.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    for (const child of parents.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The largest peak resident memory of the browser's renderer processes, in MB. */
function rendererPeakMb(browserPid: number): number {
  let peak = 0;
  for (const pid of descendants(browserPid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // Ended meanwhile.
    }
  }
  return peak;
}

/** One open in a fresh browser. */
async function openOnce(origin: string, file: string, kind: OpenKind): Promise<OpenResult & { peakMb: number }> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    const result = (await page.evaluate(
      ([which, url]) =>
        (
          globalThis as unknown as { lianyiBench: { open(k: string, u: string): Promise<OpenResult> } }
        ).lianyiBench.open(which, url),
      [kind, `/${file}`] as const,
    )) as OpenResult;
    const peakMb = rendererPeakMb(server.process().pid as number);
    await browser.close();
    return { ...result, peakMb };
  } finally {
    await server.close();
  }
}

/** Opens each ledger `runs` times with each reader, alternating, in fresh browsers. */
export async function measureOpenFile(
  ledgers: ReadonlyArray<{ readonly label: string; readonly size: number; readonly file: string }>,
  runs: number,
  log: (line: string) => void,
): Promise<OpenFileScale[]> {
  const dir = await mkdtemp(join(tmpdir(), 'lianyi-open-bench-'));
  try {
    await bundle(dir);
    const names = ledgers.map((ledger, index) => ({ ...ledger, name: `ledger-${index}.xlsx` }));
    for (const ledger of names) await symlink(resolve(ledger.file), join(dir, ledger.name));
    const server = await serveDirectory(dir);
    try {
      const scales: OpenFileScale[] = [];
      for (const ledger of names) {
        log(`  preview open-file in Chromium, ${ledger.label} × ${runs} each …`);
        const opened: Record<'new' | 'old', Array<OpenResult & { peakMb: number }>> = { new: [], old: [] };
        // Alternated, so a change in the machine's load falls on both alike.
        for (let index = 0; index < runs; index++)
          for (const kind of ['new', 'old'] as const)
            opened[kind].push(await openOnce(server.origin, ledger.name, kind));
        const pageOnly = await openOnce(server.origin, ledger.name, 'none');
        const figures = (kind: 'new' | 'old'): OpenFigures => ({
          time: summarise(
            opened[kind].map((run) => run.ms),
            0,
          ),
          peakMb: Math.max(...opened[kind].map((run) => run.peakMb)),
          contacts: opened[kind][0]?.contacts ?? 0,
        });
        scales.push({
          label: ledger.label,
          size: ledger.size,
          new: figures('new'),
          old: figures('old'),
          pageOnlyMb: pageOnly.peakMb,
        });
      }
      return scales;
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ratio = (now: number, before: number): string => (before > 0 ? `${(now / before).toFixed(2)}×` : '?');

/**
 * Issue 8's targets at 200k contacts, read as covering the preview's open-file step as well as
 * `lianyi check`: time and the renderer's peak memory, new/old (time on the medians, memory on the
 * highest peak of each reader's opens).
 */
const PREVIEW_TARGETS: ReadonlyArray<{ name: string; limit: number; of: (scale: OpenFileScale) => number }> = [
  { name: '预览打开文件 preview open time new/old', limit: 0.25, of: (s) => s.new.time.median / s.old.time.median },
  { name: '预览峰值内存 preview renderer peak new/old', limit: 0.35, of: (s) => s.new.peakMb / s.old.peakMb },
];
const TARGET_CONTACTS = 200_000;

/** The figures as lines for the bench's printout. */
export function openFileLines(scales: readonly OpenFileScale[]): string[] {
  const lines = [
    '',
    '  浏览器预览打开文件 preview open-file step (read + overview), headless Chromium, fresh browser per open:',
  ];
  for (const scale of scales)
    lines.push(
      `  ${scale.label}: time new ${Math.round(scale.new.time.median)} ms / old ${Math.round(scale.old.time.median)} ms = ${ratio(scale.new.time.median, scale.old.time.median)}; ` +
        `renderer peak new ${Math.round(scale.new.peakMb)} MB / old ${Math.round(scale.old.peakMb)} MB = ${ratio(scale.new.peakMb, scale.old.peakMb)} ` +
        `(page alone ${Math.round(scale.pageOnlyMb)} MB; above it ${ratio(scale.new.peakMb - scale.pageOnlyMb, scale.old.peakMb - scale.pageOnlyMb)})`,
    );
  const judged = scales.find((scale) => scale.size === TARGET_CONTACTS);
  for (const target of judged ? PREVIEW_TARGETS : []) {
    const value = target.of(judged as OpenFileScale);
    const met = Number.isFinite(value) && value <= target.limit;
    lines.push(
      `  ${met ? '✓' : '✗'} ${target.name}, 200k 联系 ≤ ${target.limit}×: ${value.toFixed(2)}× — ${met ? '达标 met' : '未达标 NOT met'}`,
    );
  }
  return lines;
}
