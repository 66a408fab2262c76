import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { MAX_RSS_MARKER } from './childRssMarker';

export interface CliRun {
  /** Wall time from spawn to exit, in milliseconds (node start-up included). */
  readonly ms: number;
  readonly code: number | null;
  readonly signal: string | null;
  /** The child's peak resident memory, when it could report it. */
  readonly maxRssKb: number | undefined;
  readonly stderr: string;
}

/**
 * Runs `node bin/lianyi.js check FILE --json --today … --semester …` as a user would, stdout
 * discarded, and times it end to end; or, for comparison, the same check reading with exceljs.
 */
export function runCheckCli(
  root: string,
  file: string,
  today: string,
  semester: string,
  reader: 'new' | 'exceljs' = 'new',
  /** Caps the child's JavaScript heap (e.g. 512 MB: the "passes under a 512 MB heap"). */
  heapMb?: number,
): Promise<CliRun> {
  // The exceljs run is the same check with the workbook read the old way (bench/oldCheck.ts).
  const command =
    reader === 'new'
      ? [join(root, 'bin', 'lianyi.js'), 'check', file, '--json', '--today', today, '--semester', semester]
      : [join(__dirname, 'oldCheck.js'), file, today, semester];
  const args = [
    ...(heapMb !== undefined ? [`--max-old-space-size=${heapMb}`] : []),
    '--require',
    join(__dirname, 'childRss.js'),
    ...command,
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const marker = new RegExp(`\\n?${MAX_RSS_MARKER} (\\d+)\\n?`);
      const found = marker.exec(stderr);
      resolve({
        ms,
        code,
        signal,
        maxRssKb: found ? Number(found[1]) : undefined,
        stderr: stderr.replace(marker, '').trim(),
      });
    });
  });
}

/** Exit 0 (all rules hold) and 1 (gaps or errors found) are both a completed check; anything else is a failure. */
export const cliSucceeded = (run: CliRun): boolean => run.code === 0 || run.code === 1;
