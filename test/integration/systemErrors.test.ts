import { spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import fsPromises from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ledgerTemplate } from '../../src/core/template/ledgerTemplate';
import { ledgerXlsxBytes } from '../../src/workbook/xlsx/newWorkbook';
import { type CliRun, lianyi, tempDir } from '../support/cli';
import { baseContent } from '../support/rawLedger';

/** Anything of Node's own wording: error codes (ELOOP, EACCES), stack frames, English reasons. */
const NODE_ENGLISH = /\bE[A-Z]{3,}\b|Error|\bat \S+ \(|illegal|permission denied|no such file|Invalid/;

/** A refusal as SPEC §4 wants it: exit 2, nothing on stdout, one Chinese line on stderr. */
function expectOneChineseLine(run: CliRun, says: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(says);
  expect(run.stderr).not.toMatch(NODE_ENGLISH);
}

const mkfifo = (path: string): void => {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
};

describe('lianyi says in Chinese what the file system refused', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  const report = join(dir, 'report.xlsx');
  const check = (args: readonly string[]) => lianyi(['check', ...args, '--today', '2027-01-20']);

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    symlinkSync(join(dir, 'loop.xlsx'), join(dir, 'loop.xlsx'));
    mkdirSync(join(dir, 'folder.xlsx'));
    mkfifo(join(dir, 'pipe.xlsx'));
  });

  afterEach(() => {
    jest.restoreAllMocks();
    // No temporary file is ever left beside an output.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('an input that is a symbolic link to itself (ELOOP)', async () => {
    expectOneChineseLine(await check([join(dir, 'loop.xlsx')]), '符号链接形成了循环');
  });

  test('an input that is a named pipe is refused at once, not waited on', async () => {
    const pipe = join(dir, 'pipe.xlsx');
    // Were it opened, the read would wait for a writer for ever (and keep the process from exiting):
    // the test opens it for writing now and then, which may let such a read end.
    const release = setInterval(() => {
      try {
        closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // Nobody is reading it: nothing to release.
      }
    }, 2000);
    const started = performance.now();
    try {
      expectOneChineseLine(await check([pipe]), '不是普通文件');
    } finally {
      clearInterval(release);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('an input that is a folder', async () => {
    expectOneChineseLine(await check([join(dir, 'folder.xlsx')]), '是文件夹');
  });

  test('an output that is a folder (EISDIR), with or without --force, and no advice to use --force', async () => {
    for (const force of [[], ['--force']]) {
      const run = await check([ledger, '--report', join(dir, 'folder.xlsx'), ...force]);
      expectOneChineseLine(run, '是一个文件夹');
      expect(run.stderr).not.toContain('--force');
    }
    expect(lstatSync(join(dir, 'folder.xlsx')).isDirectory()).toBe(true);
  });

  test('an output that is a named pipe is left alone even with --force', async () => {
    expectOneChineseLine(await check([ledger, '--report', join(dir, 'pipe.xlsx'), '--force']), '不是普通文件');
    expect(lstatSync(join(dir, 'pipe.xlsx')).isFIFO()).toBe(true);
  });

  test('an output whose existence cannot be told (a link loop)', async () => {
    expectOneChineseLine(await check([ledger, '--report', join(dir, 'loop.xlsx')]), '符号链接形成了循环');
  });

  test('an output in a folder that does not exist, or under a file, is refused before the check runs', async () => {
    expectOneChineseLine(await check([ledger, '--report', join(dir, 'missing', 'r.xlsx')]), '没有文件夹');
    expectOneChineseLine(await check([ledger, '--report', join(ledger, 'r.xlsx')]), '没有文件夹');
    // Refused before reading: even a ledger that is not there is not the complaint.
    expectOneChineseLine(
      await check([join(dir, 'nope.xlsx'), '--report', join(dir, 'missing', 'r.xlsx')]),
      '没有文件夹',
    );
  });

  test('a folder one may not write in names the folder, not the temporary file (EACCES)', async () => {
    jest.spyOn(fsPromises, 'writeFile').mockImplementation(async (file) => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
    });
    const run = await check([ledger, '--report', report]);
    expectOneChineseLine(run, `没有权限在文件夹“${dir}”中写入`);
    expect(run.stderr).not.toContain('.tmp');
    expect(existsSync(report)).toBe(false);
  });

  test('a disk that fills up in the middle of the write leaves no partial file (ENOSPC)', async () => {
    const realWriteFile = fsPromises.writeFile;
    jest.spyOn(fsPromises, 'writeFile').mockImplementation(async (file, data, options) => {
      await realWriteFile(file, (data as Uint8Array).subarray(0, 100), options);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    for (const force of [[], ['--force']]) {
      expectOneChineseLine(await check([ledger, '--report', report, ...force]), '磁盘空间不足');
      expect(existsSync(report)).toBe(false);
    }
  });

  test('any other system error is said in words or by its code, never in Node’s English', async () => {
    jest.spyOn(fsPromises, 'writeFile').mockImplementation(async () => {
      throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
    });
    expectOneChineseLine(await check([ledger, '--report', report]), '磁盘是只读的');
  });
});

describe('lianyi --json prints a result of any size', () => {
  test('in pieces of bounded size, never as one string (beyond V8’s ~512 MB a string cannot hold it)', async () => {
    const dir = tempDir();
    const ledger = join(dir, 'many.xlsx');
    // 3,000 contacts naming a pairing that does not exist: 3,000 problems, a JSON of about 800,000 characters.
    const contacts = Array.from({ length: 3000 }, (_, index) => ({
      contactId: `C${index}`,
      pairingId: 'P99',
      date: '2026-10-10',
      form: '个别谈心',
      summary: '交流近期教学科研情况',
    }));
    writeFileSync(ledger, await ledgerXlsxBytes(ledgerTemplate(baseContent({ 联系记录: contacts }))));
    const { main } = await import('../../src/cli/main');
    const writes: string[] = [];
    const code = await main(['check', ledger, '--json', '--today', '2027-01-20'], {
      stdout: (text) => void writes.push(text),
      stderr: (text) => void writes.push(text),
      today: () => '2027-01-20' as never,
      now: () => '2027-01-20 09:30',
    });
    expect(code).toBe(1);
    const printed = writes.join('');
    expect(printed.length).toBeGreaterThan(500_000);
    expect(JSON.parse(printed).problems).toHaveLength(3000);
    expect(Math.max(...writes.map((text) => text.length))).toBeLessThan(128 * 1024);
  });
});

/** The installed command in its own process, as a terminal runs it (needs lib/, built by `npm run build:cli`). */
const bin = join(__dirname, '..', '..', 'bin', 'lianyi.js');
const libMain = join(__dirname, '..', '..', 'lib', 'src', 'cli', 'main.js');

describe('lianyi in a terminal', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
  });

  test('output to a full disk (> /dev/full): one Chinese line, exit 2, no stack', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [bin, 'check', ledger, '--json', '--today', '2027-01-20'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        'lianyi：无法输出结果：磁盘空间不足。请检查输出重定向到的文件或磁盘。',
      ]);
    } finally {
      closeSync(full);
    }
  });

  test('a reader that stops early (| head -1) ends it quietly', async () => {
    // Larger than a pipe's buffer, so the writes meet the closed pipe.
    const big = join(dir, 'big.xlsx');
    const contacts = Array.from({ length: 600 }, (_, index) => ({
      contactId: `C${index}`,
      pairingId: 'P99',
      date: '2026-10-10',
      form: '个别谈心',
      summary: '交流',
    }));
    writeFileSync(big, await ledgerXlsxBytes(ledgerTemplate(baseContent({ 联系记录: contacts }))));
    // As a shell runs it: head takes the first line and closes the pipe while lianyi still writes.
    const run = spawnSync(
      'bash',
      [
        '-c',
        'node "$0" check "$1" --json --today 2027-01-20 | head -1 >/dev/null; echo "${PIPESTATUS[0]}" >&2',
        bin,
        big,
      ],
      { encoding: 'utf8', env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` } },
    );
    const lines = run.stderr.trim().split('\n');
    // Nothing but the exit status: no "Unhandled 'error' event", no stack.
    expect(lines).toHaveLength(1);
    expect(['0', '1']).toContain(lines[0]);
  });

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])('%s while the output is half written leaves neither the output nor a temporary file', (signal, exitCode) => {
    const out = join(dir, `${signal}.xlsx`);
    // The write stops half way, as a long write does when Ctrl-C comes (the real one is too quick to catch).
    const script = join(dir, `interrupt-${signal}.js`);
    writeFileSync(
      script,
      `const fs = require('node:fs/promises');
       const write = fs.writeFile;
       fs.writeFile = async (file, bytes, options) => {
         await write(file, bytes.subarray(0, bytes.length >> 1), options);
         process.kill(process.pid, '${signal}');
         await new Promise(() => setInterval(() => undefined, 1000));
       };
       require(${JSON.stringify(libMain)}).runFromProcess();`,
    );
    const run = spawnSync(process.execPath, [script, 'forms', ledger, '--semester', '2026-2027-1', '--out', out], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(exitCode);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
