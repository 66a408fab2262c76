import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../src/core/check/checkResult';
import { workbookParts } from '../../src/workbook/xlsx/package/workbookParts';
import { lianyi, tempDir } from '../support/cli';
import { gb18030Bytes } from '../support/gb18030';
import { dateOf, secretaryEdits } from '../support/secretary';
import { HAS_SOFFICE, NO_SOFFICE, sofficeResave } from '../support/soffice';
import { changedEntries, entryXml, rawEntries } from '../support/zipEntries';

/**
 * lianyi merge (SPEC §4, §8): the round the 统战部 runs — split the ledger, units add contacts in
 * their copies (one re-saved by LibreOffice), form answers come as CSV (UTF-8 with BOM, GB18030) —
 * then merge: the new rows are added, the rest skipped, NEW is the ledger plus those rows.
 */
const TODAY = '2027-01-20';

interface MergeJson {
  added: Record<string, number>;
  skipped: number;
  conflicts: Array<{
    sheet: string;
    id: string;
    headers: string[];
    existing: { file: string; sheet: string; row: number; cell: string; value: string };
    returned: { file: string; sheet: string; row: number; cell: string; value: string };
  }>;
  rejected: Array<{
    file: string;
    sheet: string;
    row: number;
    column: string;
    cell: string;
    code: string;
    message: string;
  }>;
  files: Array<{ file: string; unit?: string; added: Record<string, number>; numbered: string[] }>;
}

async function checkJson(file: string): Promise<CheckResult> {
  const run = await lianyi(['check', file, '--json', '--semester', '2026-2027-1', '--today', TODAY], TODAY);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CheckResult;
}

const contactsBy = (result: CheckResult) =>
  Object.fromEntries(result.pairings.map((pairing) => [pairing.pairingId, pairing.contacts]));

/** The worksheet part of a sheet, as the file's workbook.xml says. */
function sheetPart(bytes: Uint8Array, name: string): string {
  const entries = rawEntries(bytes);
  const parts = workbookParts((path) => (entries.has(path) ? entryXml(bytes, path) : undefined));
  const found = parts?.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.path;
}

const FORM_HEADER = '结对编号,干部姓名,人士姓名,联系日期,联系形式,联系沟通情况,意见建议,提交时间';
const UTF8_FORM = `${FORM_HEADER}\r\nP17,,,2027-01-10,线上交流,线上交流民建支部工作。,,2027-01-10 20:15\r\n`;
const GB_FORM = [
  FORM_HEADER,
  'P14,,,2027/1/5,个别谈心,交流归国后的科研合作。,,2027-01-05 09:00',
  ',冯涛,高原,2027-01-06,实地走访,走访了解港澳学生工作。,,2027-01-06 16:30',
  'P16,,,2027年1月7日,座谈研讨,"座谈校企合作，听取""实习基地""设想",建议设立实习基地。,2027-01-07 11:00',
].join('\r\n');

describe('lianyi merge: split → units fill their copies and forms → merge', () => {
  const folder = tempDir();
  const ledger = join(folder, '台账.xlsx');
  const out = join(folder, '分发');
  const art = join(folder, '艺术学院-交回.xlsx');
  const english = join(folder, '英语-交回.xlsx');
  const utf8 = join(folder, '表单-utf8.csv');
  const gb = join(folder, '表单-gbk.csv');
  const merged = join(folder, '汇总后.xlsx');
  let before: Uint8Array;
  let run: Awaited<ReturnType<typeof lianyi>>;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'], TODAY)).code).toBe(0);
    before = new Uint8Array(readFileSync(ledger));
    expect((await lianyi(['split', ledger, '--out-dir', out, '--today', TODAY], TODAY)).code).toBe(0);
    const copy = (unit: string) => new Uint8Array(readFileSync(join(out, `${unit}.xlsx`)));
    writeFileSync(
      art,
      await secretaryEdits(copy('艺术学院'), {
        联系记录: [
          {
            记录编号: '艺术学院-01',
            结对编号: 'P18',
            联系日期: dateOf('2027-01-08'),
            联系形式: '个别谈心',
            联系沟通情况: '交流新学期展演安排。',
            填报人: '吴越',
          },
          {
            记录编号: '艺术学院-02',
            结对编号: 'P18',
            联系日期: '2027/1/12',
            联系形式: '线上交流',
            联系沟通情况: '线上交流创作计划。',
          },
        ],
      }),
    );
    const englishCopy = await secretaryEdits(copy('英语语言文化学院'), {
      联系记录: [
        {
          记录编号: '英语-01',
          干部姓名: '吴海波',
          人士姓名: '朱晨',
          联系日期: dateOf('2027-01-09'),
          联系形式: '个别谈心',
          联系沟通情况: '交流课程思政建设。',
        },
      ],
    });
    if (!HAS_SOFFICE) console.warn(NO_SOFFICE);
    writeFileSync(english, HAS_SOFFICE ? sofficeResave(englishCopy) : englishCopy);
    writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UTF8_FORM, 'utf8')]));
    writeFileSync(gb, gb18030Bytes(GB_FORM));
    run = await lianyi(['merge', ledger, art, english, utf8, gb, '--out', merged, '--today', TODAY], TODAY);
  });

  test('says per file what it added and skipped, numbers the form answers, exit 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${art}（艺术学院的分发件）：新增 「联系记录」2 行；跳过 「领导干部」1 行、「党外代表人士」2 行、「结对关系」1 行、「联系记录」4 行（台账中已有）。`,
    );
    expect(run.stdout).toContain(`${english}（英语语言文化学院的分发件）：新增 「联系记录」1 行；`);
    expect(run.stdout).toContain(`${utf8}：新增 「联系记录」1 行；没有跳过。`);
    expect(run.stdout).toContain('没有记录编号的联系记录已编号：C2027-002\n');
    expect(run.stdout).toContain(`${gb}：新增 「联系记录」3 行；没有跳过。`);
    expect(run.stdout).toContain('没有记录编号的联系记录已编号：C2027-003、C2027-004、C2027-005');
    expect(run.stdout).toContain('以下列不是台账的列，没有汇总：「联系记录」提交时间');
    expect(run.stdout).toContain('合计：新增 7 行');
  });

  test('the merged ledger counts exactly the new contacts; the master is unchanged', async () => {
    expect(Buffer.compare(readFileSync(ledger), before)).toBe(0);
    const was = contactsBy(await checkJson(ledger));
    const now = contactsBy(await checkJson(merged));
    const gained = { P18: 2, P12: 1, P17: 1, P14: 1, P15: 1, P16: 1 } as Record<string, number>;
    expect(now).toEqual(Object.fromEntries(Object.entries(was).map(([id, count]) => [id, count + (gained[id] ?? 0)])));
  });

  test('the GB18030 answers read as typed (quotes, commas, dates in three spellings)', async () => {
    const forms = join(folder, 'p16.xlsx');
    const run = await lianyi(['forms', merged, '--semester', '2026-2027-1', '--pairing', 'P16', '--out', forms], TODAY);
    expect(run.code).toBe(0);
    const strings = entryXml(new Uint8Array(readFileSync(forms)), 'xl/sharedStrings.xml');
    expect(strings).toContain('2027年1月7日，座谈研讨：座谈校企合作，听取&quot;实习基地&quot;设想');
    expect(strings).toContain('意见建议（2027年1月7日）：建议设立实习基地。');
  });

  test('every zip entry of the ledger but the 联系记录 sheet and its table is carried over byte for byte', () => {
    const after = new Uint8Array(readFileSync(merged));
    const contacts = sheetPart(before, '联系记录');
    const rels = entryXml(before, contacts.replace(/([^/]+)$/, '_rels/$1.rels'));
    const table = `xl/${/Target="\.\.\/(tables\/[^"]+)"/.exec(rels)?.[1]}`;
    expect(changedEntries(before, after).sort()).toEqual([contacts, table].sort());
  });

  test('merging the same files into the merged ledger again adds nothing (exit 0, the same file)', async () => {
    const again = join(folder, '再汇总.xlsx');
    const second = await lianyi(
      ['merge', merged, art, english, utf8, gb, '--out', again, '--json', '--today', TODAY],
      TODAY,
    );
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const json = JSON.parse(second.stdout) as MergeJson;
    expect(json.added).toEqual({});
    expect(json.conflicts).toEqual([]);
    expect(json.rejected).toEqual([]);
    expect(json.skipped).toBeGreaterThanOrEqual(7);
    expect(Buffer.compare(readFileSync(again), readFileSync(merged))).toBe(0);
  });
});

describe('lianyi merge: conflicts and rejected rows are reported with their places, not applied (exit 1)', () => {
  const folder = tempDir();
  const ledger = join(folder, '台账.xlsx');
  const returned = join(folder, '国际商学院-交回.xlsx');
  const merged = join(folder, '汇总后.xlsx');
  let json: MergeJson;
  let code: number;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'], TODAY)).code).toBe(0);
    const out = join(folder, '分发');
    expect(
      (await lianyi(['split', ledger, '--out-dir', out, '--unit', '国际商学院', '--today', TODAY], TODAY)).code,
    ).toBe(0);
    // Row 3 of the copy's 联系记录 is C2026-008 (P16), the third contact of 国际商学院 in the master's order.
    const copy = new Uint8Array(readFileSync(join(out, '国际商学院.xlsx')));
    writeFileSync(
      returned,
      await secretaryEdits(
        copy,
        {
          联系记录: [
            {
              记录编号: '国商-01',
              结对编号: 'P15',
              联系日期: dateOf('2027-01-11'),
              联系形式: '喝茶聊天',
              联系沟通情况: '形式不在列表中。',
            },
            {
              记录编号: '国商-02',
              结对编号: 'P18',
              联系日期: dateOf('2027-01-11'),
              联系形式: '个别谈心',
              联系沟通情况: '别的单位的结对。',
            },
            {
              记录编号: '国商-03',
              结对编号: 'P15',
              联系日期: dateOf('2027-01-12'),
              联系形式: '个别谈心',
              联系沟通情况: '正常的一行。',
            },
          ],
        },
        [['联系记录', 3, '联系沟通情况', '改过的联系情况']],
      ),
    );
    const run = await lianyi(['merge', ledger, returned, '--out', merged, '--json', '--today', TODAY], TODAY);
    expect(run.stderr).toBe('');
    code = run.code;
    json = JSON.parse(run.stdout) as MergeJson;
  });

  test('exit 1; the good row is added and NEW is written', () => {
    expect(code).toBe(1);
    expect(json.added).toEqual({ 联系记录: 1 });
    expect(readFileSync(merged).subarray(0, 2).toString()).toBe('PK');
  });

  test('the edited row is a conflict naming both places; the ledger keeps its content', async () => {
    expect(json.conflicts).toEqual([
      {
        sheet: '联系记录',
        id: 'C2026-008',
        headers: ['联系沟通情况'],
        existing: expect.objectContaining({
          file: ledger,
          sheet: '联系记录',
          row: 9,
          cell: 'G9',
          value: '邀请参加学院学科建设调研会。',
        }),
        returned: expect.objectContaining({
          file: returned,
          sheet: '联系记录',
          row: 3,
          cell: 'G3',
          value: '改过的联系情况',
        }),
      },
    ]);
    const forms = await lianyi(
      ['forms', merged, '--semester', '2025-2026-2', '--pairing', 'P16', '--out', join(folder, 'f.xlsx')],
      TODAY,
    );
    expect(forms.code).toBe(0);
  });

  test('a row with a value outside the list and a row of another unit are rejected at their cells', () => {
    // The copy's 联系记录 holds 国际商学院's seven contacts in rows 2–8; the secretary's rows follow.
    expect(json.rejected).toEqual([
      expect.objectContaining({ file: returned, sheet: '联系记录', cell: 'F9', code: 'NOT_IN_LIST' }),
      expect.objectContaining({ file: returned, sheet: '联系记录', cell: 'B10', code: 'MERGE_OTHER_UNIT' }),
    ]);
    expect(json.rejected[1]?.message).toContain('结对“P18”属于“艺术学院”，不是这份分发件的单位“国际商学院”');
  });

  test('the terminal names both files in each conflict and rejection', async () => {
    const run = await lianyi(['merge', ledger, returned, '--out', join(folder, 'b.xlsx'), '--today', TODAY], TODAY);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `冲突：联系记录编号“C2026-008”已有（${ledger}「联系记录」G9 为“邀请参加学院学科建设调研会。”），交回的不同（${returned}「联系记录」G3 为“改过的联系情况”`,
    );
    expect(run.stdout).toContain(`未汇总：${returned}「联系记录」F9：「联系形式」“喝茶聊天”不在可选范围内`);
  });
});

describe('lianyi merge refuses unusable inputs with one line and writes nothing (exit 2)', () => {
  const folder = tempDir();
  const ledger = join(folder, '台账.xlsx');
  const out = join(folder, '汇总后.xlsx');
  const csv = join(folder, '表单.csv');

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'], TODAY)).code).toBe(0);
    writeFileSync(csv, `\ufeff${FORM_HEADER}\nP11,,,2027-01-10,个别谈心,交流。,,\n`);
  });

  const refused = async (args: string[], says: string) => {
    const run = await lianyi(['merge', ledger, ...args, '--today', TODAY], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(out)).toThrow();
  };

  test('the same returned file twice', () =>
    refused([csv, join(folder, '.', csv.split('/').pop() as string), '--out', out], '给了两次'));

  test('a CSV in neither UTF-8 nor GB18030 says which encodings were tried', async () => {
    const odd = join(folder, 'odd.csv');
    writeFileSync(odd, Buffer.from([0x31, 0x2c, 0x80, 0xff, 0x0a]));
    await refused([odd, '--out', out], '已尝试 UTF-8、GB18030');
  });

  test('a CSV without 联系记录 headers says the encoding it was read in', async () => {
    const other = join(folder, 'other.csv');
    writeFileSync(other, gb18030Bytes('姓名,电话\n张三,123\n'));
    await refused([other, '--out', out], '按 GB18030 编码读取');
  });

  test('a workbook that is not a ledger', async () => {
    const report = join(folder, 'report.xlsx');
    expect((await lianyi(['check', ledger, '--report', report, '--today', TODAY], TODAY)).code).toBe(1);
    await refused(
      [report, '--out', out],
      '中没有「领导干部」「党外代表人士」「结对关系」「联系记录」「意见办理」中的任何一张表',
    );
  });

  test('an output that is one of the returned files, even with --force', async () => {
    const returned = join(folder, '交回.xlsx');
    writeFileSync(returned, readFileSync(ledger));
    const run = await lianyi(['merge', ledger, returned, '--out', returned, '--force', '--today', TODAY], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('就是要读取的台账');
    expect(readFileSync(returned).equals(readFileSync(ledger))).toBe(true);
  });

  test('no returned file at all', () => refused(['--out', out], '请指定要汇总的文件'));
});
