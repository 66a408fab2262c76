import { linkSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { lianyi, tempDir } from '../support/cli';

/**
 * The ledger is never written: an output that is the ledger itself, under any name, is refused
 * even with --force; outputs go through a temporary file that never stays behind.
 */
describe('lianyi never writes over the ledger it reads', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  let original: Buffer;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    original = readFileSync(ledger);
    symlinkSync(ledger, join(dir, 'shortcut.xlsx'));
    linkSync(ledger, join(dir, 'hardlink.xlsx'));
  });

  test.each([
    ['the same path', () => ledger],
    ['another spelling of it', () => join(dir, '.', 'sub', '..', 'ledger.xlsx')],
    ['a symbolic link to it', () => join(dir, 'shortcut.xlsx')],
    ['a hard link to it', () => join(dir, 'hardlink.xlsx')],
  ])('check --report as %s, even with --force: exit 2, one line, ledger unchanged', async (_what, output) => {
    for (const force of [[], ['--force']]) {
      const run = await lianyi(['check', ledger, '--report', output(), '--today', '2027-01-20', ...force]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('就是要读取的台账');
      expect(run.stderr).not.toContain('--force');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(ledger).equals(original)).toBe(true);
    }
  });

  test('forms --out the ledger with --force is refused too', async () => {
    const run = await lianyi(['forms', ledger, '--semester', '2026-2027-1', '--out', ledger, '--force']);
    expect(run.code).toBe(2);
    expect(readFileSync(ledger).equals(original)).toBe(true);
  });

  test('a written output leaves no temporary file beside it, with or without --force', async () => {
    const out = join(dir, 'forms.xlsx');
    expect(
      (await lianyi(['forms', ledger, '--semester', '2026-2027-1', '--out', out, '--today', '2027-01-20'])).code,
    ).toBe(0);
    expect((await lianyi(['forms', ledger, '--semester', '2026-2027-1', '--out', out, '--force'])).code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
