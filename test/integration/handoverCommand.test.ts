import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../src/core/check/checkResult';
import { cellText } from '../../src/core/cellText';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { patchedXlsx } from '../../src/workbook/xlsx/patchedXlsx';
import { workbookParts } from '../../src/workbook/xlsx/package/workbookParts';
import { lianyi, tempDir } from '../support/cli';
import { HAS_SOFFICE, NO_SOFFICE, pdfPages, sofficePdf } from '../support/soffice';
import { changedEntries, entryXml, rawEntries } from '../support/zipEntries';

/**
 * lianyi handover on the sample ledger (SPEC §4 handover, §8): the ledger's open handovers (许强 离任
 * with P17 still open, 唐宁 调离 with P14 open) done on the command line, a leader with two pairings
 * handed over mid-semester, the 交接单, the files, and every refusal.
 */
const TODAY = '2027-01-20';

const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

async function checkOf(file: string): Promise<CheckResult> {
  const run = await lianyi(['check', file, '--json', '--today', TODAY], TODAY);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CheckResult;
}

const handoverRows = (result: CheckResult): number[] =>
  result.problems.filter((problem) => problem.code === 'PAIRING_NEEDS_HANDOVER').map((problem) => problem.row);
const pairing = (result: CheckResult, id: string) => result.pairings.find((candidate) => candidate.pairingId === id);

/** A worksheet's part, and the table parts its relationships name, by sheet name. */
function sheetParts(bytes: Uint8Array, name: string): string[] {
  const entries = rawEntries(bytes);
  const parts = workbookParts((path) => (entries.has(path) ? entryXml(bytes, path) : undefined));
  const path = parts?.sheets.find((sheet) => sheet.name === name)?.path;
  if (!path) throw new Error(`no sheet ${name}`);
  const rels = path.replace(/([^/]+)$/, '_rels/$1.rels');
  const tables = entries.has(rels)
    ? [...entryXml(bytes, rels).matchAll(/Target="\.\.\/(tables\/[^"]+)"/g)].map((match) => `xl/${match[1]}`)
    : [];
  return [path, ...tables];
}

/** The texts of one sheet of a file, row by row. */
async function sheetTexts(bytes: Uint8Array, name: string): Promise<string[]> {
  const read = await readXlsxCells(bytes);
  if (!read.ok) throw new Error(read.error.message);
  const sheet = read.value.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.rows.flatMap((cells) => (cells ?? []).flatMap((cell) => (cell ? [cellText(cell)] : []))).filter(Boolean);
}

describe('lianyi handover on the sample ledger', () => {
  const folder = tempDir();
  const sample = join(folder, '台账.xlsx');
  const path = (name: string) => join(folder, name);
  let original: Uint8Array;

  beforeAll(async () => {
    expect((await lianyi(['init', sample, '--sample'], TODAY)).code).toBe(0);
    original = bytesOf(sample);
  });

  test('许强 to 冯涛, then 唐宁 调离: the two R4 warnings are gone, P19 carries 许强’s last contact', async () => {
    const before = await checkOf(sample);
    expect(handoverRows(before)).toEqual([9, 12]);

    const leader = await lianyi(
      ['handover', sample, '--leader', '许强', '--on', '2026-09-30', '--successor', '冯涛', '--out', path('a.xlsx')],
      TODAY,
    );
    expect(leader.stderr).toBe('');
    expect(leader.code).toBe(0);
    expect(leader.stdout).toContain(
      '结对 P17（罗敏）于 2026-09-30 结束；由 冯涛 接续联系，新结对 P19，自 2026-10-01 起。',
    );
    expect(leader.stdout).toContain('「结对关系」I12 结束日期：2026-09-30（原为空）');
    expect(leader.stdout).toContain('「交接单-许强」');
    expect(handoverRows(await checkOf(path('a.xlsx')))).toEqual([9]);

    const figure = await lianyi(
      [
        'handover',
        path('a.xlsx'),
        '--figure',
        '唐宁',
        '--on',
        '2026-08-31',
        '--status',
        '调离',
        '--out',
        path('b.xlsx'),
      ],
      TODAY,
    );
    expect(figure).toMatchObject({ code: 0, stderr: '' });
    const after = await checkOf(path('b.xlsx'));
    expect(handoverRows(after)).toEqual([]);
    expect(pairing(after, 'P17')).toBeUndefined();
    expect(pairing(after, 'P14')).toBeUndefined();
    // 许强's last contact before leaving is his 中秋 visit (C2026-024).
    expect(pairing(after, 'P19')).toMatchObject({ leader: '冯涛', figure: '罗敏', lastContact: '2026-09-24' });
    // The new pairing is still to be filed with the 统战部 (R9), beside the sample's unfiled P16 (L11); every
    // other problem of the sample is unchanged.
    expect(before.problems.filter((problem) => problem.code === 'PAIRING_NOT_FILED').map((p) => p.cell)).toEqual([
      'L11',
    ]);
    expect(after.problems.filter((problem) => problem.code === 'PAIRING_NOT_FILED').map((p) => p.cell)).toEqual([
      'L11',
      'L14',
    ]);
    const others = (result: CheckResult) =>
      result.problems.filter((problem) => !['PAIRING_NEEDS_HANDOVER', 'PAIRING_NOT_FILED'].includes(problem.code));
    expect(others(after)).toEqual(others(before));
  });

  test('NEW changes only the 结对关系 sheet and its table, the styles and the workbook wiring, and adds the 交接单', async () => {
    const after = bytesOf(path('a.xlsx'));
    const wiring = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml'];
    const changed = changedEntries(original, after).filter((name) => rawEntries(original).has(name));
    expect(changed.sort()).toEqual([...wiring, ...sheetParts(original, '结对关系')].sort());
    const added = [...rawEntries(after).keys()].filter((name) => !rawEntries(original).has(name));
    expect(added).toEqual(sheetParts(after, '交接单-许强'));
    // The ledger itself is never written.
    expect(Buffer.compare(readFileSync(sample), original)).toBe(0);
  });

  test('冯涛 (two pairings) leaves on 2026-12-31 for 何静: R1 counts his contacts for P19 and P20, the 交接单 lists both', async () => {
    const before = await checkOf(sample);
    // Each has its own contact and 冯涛's one 中秋 row for both (C2026-023).
    expect([pairing(before, 'P15'), pairing(before, 'P16')]).toMatchObject([
      { contacts: 2, status: 'met', lastContact: '2026-11-12' },
      { contacts: 2, status: 'met', lastContact: '2026-10-15' },
    ]);
    const run = await lianyi(
      ['handover', sample, '--leader', 'L14', '--on', '2026-12-31', '--successor', 'L15', '--out', path('c.xlsx')],
      TODAY,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('「领导干部」F10 状态：离任（原为 在任）');
    expect(run.stdout).toContain('「领导干部」G10 离任日期：2026-12-31（原为空）');
    const after = await checkOf(path('c.xlsx'));
    expect([pairing(after, 'P19'), pairing(after, 'P20')]).toMatchObject([
      { leader: '何静', figure: '高原', contacts: 2, status: 'met', lastContact: '2026-11-12' },
      { leader: '何静', figure: '曹阳', contacts: 2, status: 'met', lastContact: '2026-10-15' },
    ]);
    expect(after.summary).toEqual(before.summary);
    expect(handoverRows(after)).toEqual(handoverRows(before));

    const texts = await sheetTexts(bytesOf(path('c.xlsx')), '交接单-冯涛');
    expect(texts[0]).toBe('浙江外国语学院联谊交友工作交接单');
    expect(texts).toEqual(
      expect.arrayContaining([
        '1. 结对 P15（院级）：冯涛 — 高原',
        '2. 结对 P16（院级）：冯涛 — 曹阳',
        '2026年11月12日',
        '2026年10月15日',
        '何静（P19）',
        '何静（P20）',
        '移交人（签字）：',
        '接收人（签字）：',
        '统战部（盖章）：',
      ]),
    );
  });

  test('the 交接单 lists the open 意见办理 items of the pairing: 陈立新 to 赵明远 (校级)', async () => {
    const run = await lianyi(
      [
        'handover',
        sample,
        '--leader',
        '陈立新',
        '--on',
        '2026-12-20',
        '--successor',
        '赵明远',
        '--out',
        path('d.xlsx'),
      ],
      TODAY,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const texts = await sheetTexts(bytesOf(path('d.xlsx')), '交接单-陈立新');
    // Y2026-03 from 陈立新's own 座谈 (C2026-012), Y2026-05 from the 座谈会 of P01、P02、P04 (C2026-029).
    expect(texts).toContain(
      [
        'Y2026-03：人才培养方案增加跨学科实践课程学分（承办部门：教务处；期限：2026年12月15日）',
        'Y2026-05：加强党外代表人士参政议政能力培训（承办部门：组织部；期限：2027年1月25日）',
      ].join('\n'),
    );
    const after = await checkOf(path('d.xlsx'));
    expect(after.schoolLeaders.map((leader) => [leader.leaderId, leader.status])).toEqual([
      ['L01', 'ok'],
      ['L03', 'ok'],
      ['L04', 'ok'],
    ]);
    // P02's three contacts this semester (C2026-012, its 中秋 visit, the 座谈会) count for P19.
    expect(pairing(after, 'P19')).toMatchObject({ leader: '赵明远', figure: '黄蕾', contacts: 3, status: 'met' });
  });

  test.each([
    ['--successor and --end-only together', ['--leader', '许强', '--successor', '冯涛', '--end-only'], '只能选一个'],
    ['neither --successor nor --end-only', ['--leader', '许强'], '请用 --successor 指定接任干部，或写 --end-only'],
    ['an unknown person', ['--leader', '许强强', '--end-only'], '「领导干部」中没有编号或姓名为“许强强”的人'],
    [
      'a successor of another 层级',
      ['--leader', '许强', '--successor', '王建国'],
      '王建国”是校级干部，结对 P17 是院级结对',
    ],
    [
      'a date before the pairing’s start',
      ['--figure', '唐宁', '--status', '调离', '--on', '2026-02-01'],
      '早于结对 P14 的开始日期',
    ],
    [
      'a leader who left before the date',
      ['--leader', '许强', '--on', '2026-10-10', '--end-only'],
      '已于 2026-09-30 离任',
    ],
    ['the leaving leader as successor', ['--leader', '许强', '--successor', 'L16'], '接任干部不能是离任干部本人'],
    ['a figure without --status', ['--figure', '唐宁'], '请用 --status'],
    ['--leader and --figure together', ['--leader', '许强', '--figure', '唐宁', '--end-only'], '二者选一'],
    ['a status other than 调离 or 退休', ['--figure', '唐宁', '--status', '辞职'], '调离 或 退休（现为“辞职”）'],
    ['a successor for a figure', ['--figure', '唐宁', '--status', '调离', '--successor', '冯涛'], '只用于干部离任'],
  ])('%s: exit 2, one line, nothing written', async (_label, args, message) => {
    const out = path('refused.xlsx');
    const on = args.includes('--on') ? [] : ['--on', '2026-09-30'];
    const run = await lianyi(['handover', sample, ...args, ...on, '--out', out], TODAY);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(Buffer.compare(readFileSync(sample), original)).toBe(0);
  });

  test('a handover already in the ledger writes nothing and says so', async () => {
    const again = path('again.xlsx');
    const run = await lianyi(
      ['handover', path('a.xlsx'), '--leader', '许强', '--on', '2026-09-30', '--end-only', '--out', again],
      TODAY,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('没有需要改动的内容');
    expect(existsSync(again)).toBe(false);
  });

  test('an existing output is kept without --force; the ledger itself is refused even with it', async () => {
    const args = ['handover', sample, '--leader', '许强', '--on', '2026-09-30', '--end-only'];
    expect((await lianyi([...args, '--out', path('a.xlsx')], TODAY)).stderr).toContain('已存在');
    const itself = await lianyi([...args, '--out', sample, '--force'], TODAY);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toContain('就是要读取的台账');
    expect(Buffer.compare(readFileSync(sample), original)).toBe(0);
  });

  (HAS_SOFFICE ? test : test.skip)('LibreOffice prints the 交接单 on one A4 portrait page: one page wide', async () => {
    const after = bytesOf(path('c.xlsx'));
    const read = await readXlsxCells(after);
    if (!read.ok) throw new Error(read.error.message);
    // The 交接单 alone, cut from NEW by the same writer, so only its own page setup prints.
    const others = read.value.sheets.map((sheet) => sheet.name).filter((name) => name !== '交接单-冯涛');
    const alone = await patchedXlsx(after, [{ kind: 'sheets', add: [], remove: others }]);
    if (!alone.ok) throw new Error(alone.error.message);
    const pages = pdfPages(sofficePdf(alone.value));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.width).toBeCloseTo(595.3, 0);
    expect(pages[0]?.height).toBeCloseTo(841.9, 0);
  });
  if (!HAS_SOFFICE) test('LibreOffice print check skipped', () => console.warn(NO_SOFFICE));
});
