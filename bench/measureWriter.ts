/**
 * The lossless writer in `npm run bench`: N contacts appended to a ledger file (read, append,
 * patch, write), each run a child process so its time and peak memory are its own.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_RSS_MARKER } from './childRssMarker';
import { summarise, type Timing } from './timing';

/** Appending `count` contacts to one ledger: time inside the child and its peak resident memory. */
export interface WriterFigures {
  readonly file: string;
  readonly count: number;
  readonly time: Timing;
  readonly maxRssMb: number;
  readonly inMb: number;
  readonly outMb: number;
}

interface ChildRun {
  readonly ms: number;
  readonly maxRssKb: number;
  readonly inBytes: number;
  readonly outBytes: number;
}

function runChild(file: string, count: number, out: string): Promise<ChildRun> {
  const args = [
    '--require',
    join(__dirname, 'childRss.js'),
    join(__dirname, 'appendChild.js'),
    file,
    String(count),
    out,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = new RegExp(`${MAX_RSS_MARKER} (\\d+)`).exec(stderr);
      if (code !== 0 || !rss) {
        reject(new Error(`appendChild failed (exit ${code}): ${stderr.split('\n')[0] ?? ''}`));
        return;
      }
      const figures = JSON.parse(stdout) as { ms: number; inBytes: number; outBytes: number };
      resolve({ ...figures, maxRssKb: Number(rss[1]) });
    });
  });
}

/** Appends `count` contacts to `file` `runs` times. */
export async function measureWriter(file: string, count: number, runs: number): Promise<WriterFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'lianyi-writer-bench-'));
  try {
    const results: ChildRun[] = [];
    for (let index = 0; index < runs; index++) results.push(await runChild(file, count, join(dir, 'out.xlsx')));
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      file,
      count,
      time: summarise(
        results.map((run) => run.ms),
        0,
      ),
      maxRssMb: Math.max(...results.map((run) => run.maxRssKb)) / 1024,
      inMb: mb(results[0]?.inBytes ?? 0),
      outMb: mb(results[0]?.outBytes ?? 0),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
