/** Times the core (readLedger, runCheck) on a ledger file in a child process (coreRun.ts says why). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CoreRun } from './coreRun';

/** The core's timings on `file`, checked as of the bench's day and semester. */
export function measureCore(file: string): Promise<CoreRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', join(__dirname, 'coreRun.js'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as CoreRun);
      else reject(new Error(`coreRun exited ${code}: ${stderr.trim()}`));
    });
  });
}
