import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/cli';

/** The installed command, as a user runs it (`npm ci` builds lib/ through the prepare script). */
const bin = join(__dirname, '..', '..', 'bin', 'lianyi.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' } });

describe('bin/lianyi.js', () => {
  test('prints its usage in Chinese', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('lianyi check 文件.xlsx');
  });

  test('creates the sample ledger and checks it with the exit codes of SPEC §4', () => {
    const file = join(tempDir(), 'ledger.xlsx');
    expect(run(['init', file, '--sample']).status).toBe(0);
    const checked = run(['check', file, '--today', '2027-01-20', '--json']);
    expect(checked.status).toBe(1);
    expect(JSON.parse(checked.stdout).summary.pairingsMet).toBe(10); // all 11 but P14
    const missing = run(['check', `${file}.missing`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
