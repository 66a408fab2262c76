import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lianyi, tempDir } from '../support/cli';
import { CORPUS } from '../support/xlsxCorpus';
import { writeVariant } from '../support/xlsxVariants';

const corpusBytes = (name: string): Uint8Array => {
  const found = CORPUS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no corpus case ${name}`);
  return found.bytes();
};

/** Input that is not a usable ledger: exit 2, one clear line on stderr, no file written. */
describe('lianyi check refuses what it cannot read', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  const report = join(dir, 'report.xlsx');

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    await writeVariant(ledger, join(dir, 'no-semesters.xlsx'), { dropSheets: ['学期'] });
    await writeVariant(ledger, join(dir, 'no-date-column.xlsx'), { dropHeaders: ['联系日期'] });
    writeFileSync(join(dir, 'notes.xlsx'), '姓名,单位\n张三,英语学院\n');
    writeFileSync(join(dir, 'empty.xlsx'), '');
    writeFileSync(
      join(dir, 'encrypted.xlsx'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    );
    // Before the package reader, an .ods ended in 内部错误 and a stack trace (exit 3).
    writeFileSync(join(dir, 'sheet.ods'), corpusBytes('not xlsx: an OpenDocument spreadsheet (.ods)'));
    writeFileSync(join(dir, 'other.zip'), corpusBytes('not xlsx: a zip holding one text file'));
    writeFileSync(join(dir, 'half.xlsx'), corpusBytes('unreadable: the first half of a valid .xlsx'));
  });

  test.each([
    ['missing.xlsx', '找不到文件'],
    ['notes.xlsx', '不是 .xlsx 文件'],
    ['empty.xlsx', '文件是空的'],
    ['encrypted.xlsx', '已加密'],
    ['sheet.ods', '不是 .xlsx 文件'],
    ['other.zip', '不是 .xlsx 文件'],
    ['half.xlsx', '无法读取这个 .xlsx 文件'],
    ['no-semesters.xlsx', '没有「学期」工作表'],
    ['no-date-column.xlsx', '缺少必填列「联系日期」'],
  ])('%s → exit 2: %s', async (file, reason) => {
    const run = await lianyi(['check', join(dir, file), '--report', report, '--today', '2027-01-20']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(reason);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(report)).toBe(false);
  });

  test.each([
    [['check'], '请指定台账文件'],
    [['check', 'a.xlsx', '--today', '2027-13-01'], '--today'],
    [['check', 'a.xlsx', '--bogus'], '参数有误'],
    [['init', 'a.xlsx', '--json'], '不接受 --json'],
    [['export', 'a.xlsx'], '未知的命令'],
    [['check', 'a.xlsx', '--bogus'], '未知的选项“--bogus”'],
    [['check', 'a.xlsx', '--semester'], '--semester”后面要写一个值'],
    [['check', 'a.xlsx', '--json=yes'], '--json”不接受值'],
    [['check', 'a.xlsx', '--semester', '2026-2027-1', '--semester', '2026-2027-2'], '--semester 只能写一次'],
    [['init', 'noext'], '应以 .xlsx 结尾'],
  ])('bad arguments %j → exit 2', async (args, reason) => {
    const run = await lianyi(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    // One Chinese line: none of Node's English reasons leak through.
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/Unknown|option '|argument/i);
  });

  test('a semester that does not exist → exit 2 naming the ones that do', async () => {
    const run = await lianyi(['check', ledger, '--semester', '2030-2031-1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2026-2027-1');
  });
});

describe('lianyi never overwrites without --force', () => {
  const dir = tempDir();

  test('init refuses an existing file and leaves it untouched', async () => {
    const file = join(dir, 'mine.xlsx');
    writeFileSync(file, 'my own work');
    const run = await lianyi(['init', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('my own work');
  });

  test('check --report refuses an existing report, then replaces it with --force', async () => {
    const ledger = join(dir, 'ledger.xlsx');
    const report = join(dir, 'report.xlsx');
    await lianyi(['init', ledger, '--sample']);
    writeFileSync(report, 'old');
    expect((await lianyi(['check', ledger, '--report', report])).code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('old');
    const forced = await lianyi(['check', ledger, '--report', report, '--force', '--today', '2027-01-20']);
    expect(forced.code).toBe(1);
    expect(readFileSync(report).subarray(0, 2).toString()).toBe('PK');
  });

  test('check leaves the ledger byte for byte as it was', async () => {
    const ledger = join(dir, 'ledger.xlsx');
    const before = readFileSync(ledger);
    await lianyi(['check', ledger, '--report', join(dir, 'another.xlsx'), '--today', '2027-01-20']);
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });
});
