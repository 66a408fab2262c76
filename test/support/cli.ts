import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalDate } from '../../src/core/localDate';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs lianyi in-process, as `lianyi …` would run, with a fixed "today" unless --today is given. */
export async function lianyi(args: readonly string[], today = '2026-11-23'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => today as LocalDate,
    now: () => `${today} 09:30`,
  });
  return { code, stdout, stderr };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'lianyi-test-'));
