import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { CheckResult } from '../../src/core/check/checkResult';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { lianyi, tempDir } from '../support/cli';

/** lianyi split (SPEC §4): one new workbook per unit, holding only what that unit keeps. */
const TODAY = '2027-01-20';
const sample = sampleLedgerContent();
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Everyone a copy may name, by unit (what the sample's units keep; see splitPlan.ts). */
const KEEPS: Record<string, { pairings: string[]; people: string[] }> = {
  英语语言文化学院: { pairings: ['P11', 'P12'], people: ['周晓梅', '吴海波', '马丽', '朱晨', '韩雪', '陈晓'] },
  西方语言文化学院: { pairings: ['P13', 'P14'], people: ['郑丽君', '胡悦', '唐宁', '李娜'] },
  国际商学院: { pairings: ['P15', 'P16', 'P17'], people: ['冯涛', '许强', '高原', '罗敏', '曹阳', '周宁'] },
  艺术学院: { pairings: ['P18'], people: ['何静', '梁静', '宋雨', '吴越'] },
  统战部: {
    pairings: ['P01', 'P02', 'P03', 'P04'],
    people: ['王建国', '陈立新', '孙志强', '刘文华', '林安', '黄蕾', '杨帆', '郑敏'],
  },
};

/** Every person of the sample: leaders, figures, and the units' 统战联络人. */
const EVERYONE = [
  ...(sample['领导干部'] ?? []).map((row) => text(row.name)),
  ...(sample['党外代表人士'] ?? []).map((row) => text(row.name)),
  ...(sample['单位'] ?? []).map((row) => text(row.liaison)),
];

/** Every entry of a zip, inflated, as text (shared strings, sheets, tables, docProps, names …). */
const zipTexts = (bytes: Uint8Array): Map<string, string> =>
  new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

async function checkJson(file: string): Promise<CheckResult> {
  const run = await lianyi(['check', file, '--json', '--semester', '2026-2027-1', '--today', TODAY], TODAY);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CheckResult;
}

describe('lianyi split on the sample ledger', () => {
  const folder = tempDir();
  const ledger = join(folder, '台账.xlsx');
  const out = join(folder, '分发');
  let run: Awaited<ReturnType<typeof lianyi>>;

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'], TODAY)).code).toBe(0);
    run = await lianyi(['split', ledger, '--out-dir', out, '--today', TODAY], TODAY);
  });

  test('writes one {单位}.xlsx per unit, says what each holds, and names the contact no unit could be told for', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      Object.keys(KEEPS)
        .map((unit) => `${unit}.xlsx`)
        .sort(),
    );
    // P18's contacts: C2026-010, C2026-018 (a bad form), its 中秋 visit C2026-025 and the planned C2027-001.
    expect(run.stdout).toContain('艺术学院.xlsx：结对 1 个，领导干部 1 人，党外代表人士 2 人，联系记录 4 条');
    expect(run.stdout).toContain('民族、人士类别、校级重点对象、备注 列已留空');
    // C2026-019 names 吴海波 and 朱成, a figure that does not exist.
    expect(run.stdout).toMatch(/找不到所属单位，没有分发.*「联系记录」A20/);
  });

  test.each(Object.keys(KEEPS))('%s.xlsx names no person of another unit in any zip entry', (unit) => {
    const entries = zipTexts(new Uint8Array(readFileSync(join(out, `${unit}.xlsx`))));
    const keeps = KEEPS[unit]?.people ?? [];
    for (const person of EVERYONE) {
      const found = [...entries].filter(([, content]) => content.includes(person)).map(([name]) => name);
      expect({ person, found }).toEqual({ person, found: keeps.includes(person) ? found : [] });
    }
    // Its own people are there (the test would pass on an empty file otherwise).
    for (const person of keeps) expect([...entries.values()].some((content) => content.includes(person))).toBe(true);
  });

  test.each(Object.keys(KEEPS))(
    '%s.xlsx: check gives its pairings the statuses the master gives them',
    async (unit) => {
      const master = await checkJson(ledger);
      const copy = await checkJson(join(out, `${unit}.xlsx`));
      const view = (result: CheckResult) =>
        result.pairings
          .filter((pairing) => KEEPS[unit]?.pairings.includes(pairing.pairingId))
          .map(({ pairingId, status, contacts, lastContact }) => ({ pairingId, status, contacts, lastContact }));
      expect(view(copy)).toEqual(view(master));
      expect(copy.pairings.map((pairing) => pairing.pairingId)).toEqual(
        view(master).map((pairing) => pairing.pairingId),
      );
      expect(view(copy).length).toBeGreaterThan(0);
    },
  );

  test('the figures of a copy keep name, unit and post, with 民族, 人士类别, 校级重点对象 and 备注 empty', async () => {
    const cells = await readXlsxCells(new Uint8Array(readFileSync(join(out, '西方语言文化学院.xlsx'))));
    if (!cells.ok) throw new Error(cells.error.message);
    const sheet = cells.value.sheets.find((candidate) => candidate.name === '党外代表人士');
    const [header, ...rows] = (sheet?.rows ?? []).map((row) =>
      (row ?? []).map((cell) => (cell?.kind === 'text' ? cell.text : '')),
    );
    const column = (name: string) => (header ?? []).indexOf(name);
    expect(rows.map((row) => row[column('姓名')])).toEqual(['胡悦', '唐宁']);
    expect(rows.map((row) => row[column('职务职称')])).toEqual(['副教授', '副教授']);
    for (const hidden of ['民族', '人士类别', '校级重点对象', '备注'])
      expect(rows.map((row) => row[column(hidden)] ?? '')).toEqual(['', '']);
    // In the master they are filled (so the test can fail).
    expect((sample['党外代表人士'] ?? []).find((row) => row.name === '唐宁')?.note).toBe('2026年8月调离');
  });

  test('the 说明 of a copy tells the secretary what to fill and how to send it back; 设置 names the unit', async () => {
    const cells = await readXlsxCells(new Uint8Array(readFileSync(join(out, '艺术学院.xlsx'))));
    if (!cells.ok) throw new Error(cells.error.message);
    const lines = (name: string) =>
      (cells.value.sheets.find((sheet) => sheet.name === name)?.rows ?? []).map((row) =>
        (row ?? []).map((cell) => (cell?.kind === 'text' ? cell.text : '')).join('|'),
      );
    const guide = lines('说明').join('\n');
    expect(guide).toContain('艺术学院（分发件）');
    expect(guide).toContain('记录编号写成“艺术学院-序号”');
    expect(guide).toContain('怎样交回');
    expect(lines('设置')).toContain('分发单位|艺术学院|本文件分发给的单位：汇总时据此核对，请勿修改');
    expect(lines('设置')).toContain(`分发日期|${TODAY}|统战部分发本文件的日期，请勿修改`);
  });

  test('the copy is a new workbook from the template: tables, dropdowns and date formats, no part of the master', () => {
    const entries = zipTexts(new Uint8Array(readFileSync(join(out, '艺术学院.xlsx'))));
    const tables = [...entries.keys()].filter((name) => name.startsWith('xl/tables/') && name.endsWith('.xml'));
    expect(tables).toHaveLength(10);
    const contacts = [...entries.values()].find((xml) => xml.includes('<dataValidation') && xml.includes('个别谈心'));
    expect(contacts).toBeDefined();
    expect(entries.get('docProps/core.xml')).toContain('<dc:creator>联谊交友台账</dc:creator>');
  });
});

describe('lianyi split refuses what it cannot do, and writes nothing', () => {
  const folder = tempDir();
  const ledger = join(folder, '台账.xlsx');
  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'], TODAY)).code).toBe(0);
  });

  test('--unit picks units (repeatable); a unit name that does not exist is exit 2 with the known units', async () => {
    const out = join(folder, 'picked');
    const run = await lianyi(['split', ledger, '--out-dir', out, '--unit', '艺术学院', '--unit', '国际商学院'], TODAY);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['国际商学院.xlsx', '艺术学院.xlsx']);
    const none = join(folder, 'none');
    const bad = await lianyi(['split', ledger, '--out-dir', none, '--unit', '艺术学院', '--unit', '音乐学院'], TODAY);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('台账中没有单位“音乐学院”：可选的单位有 英语语言文化学院、');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readdirSync(none)).toThrow();
  });

  test('an existing copy is kept without --force (no file of the run is written), replaced with it', async () => {
    const out = join(folder, 'existing');
    mkdirSync(out);
    writeFileSync(join(out, '统战部.xlsx'), 'mine');
    const run = await lianyi(['split', ledger, '--out-dir', out], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('已存在');
    expect(readdirSync(out)).toEqual(['统战部.xlsx']);
    expect(readFileSync(join(out, '统战部.xlsx'), 'utf8')).toBe('mine');
    expect((await lianyi(['split', ledger, '--out-dir', out, '--force'], TODAY)).code).toBe(0);
    expect(readFileSync(join(out, '统战部.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('a copy that would be the ledger itself is refused even with --force', async () => {
    const out = join(folder, 'self');
    mkdirSync(out);
    const inside = join(out, '艺术学院.xlsx');
    writeFileSync(inside, readFileSync(ledger));
    const run = await lianyi(['split', inside, '--out-dir', out, '--force'], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('就是要读取的台账');
    expect(readFileSync(inside).equals(readFileSync(ledger))).toBe(true);
  });

  test('--out-dir naming a file is exit 2; a folder that is not there is made', async () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    const run = await lianyi(['split', ledger, '--out-dir', file], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是文件夹');
    const deep = join(folder, 'new', 'deeper');
    expect((await lianyi(['split', ledger, '--out-dir', deep, '--unit', '艺术学院'], TODAY)).code).toBe(0);
    expect(readdirSync(deep)).toEqual(['艺术学院.xlsx']);
  });
});

describe('the arguments of split and merge', () => {
  test.each([
    [['split', 'a.xlsx'], '请用 --out-dir 指定'],
    [['split', 'a.xlsx', 'b.xlsx', '--out-dir', 'x'], '多余的参数“b.xlsx”'],
    [['merge', 'a.xlsx', 'b.xlsx'], '请用 --out 指定汇总后的新文件'],
    [['merge', 'a.xlsx', 'b.xlsx', '--out', 'c.csv'], '--out 的文件名应以 .xlsx 结尾'],
    [['merge', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx', '--unit', '艺术学院'], 'lianyi merge 不接受 --unit 选项'],
    [['forms', 'a.xlsx', '--semester', 'S', '--out', 'c.xlsx', '--unit', 'A', '--unit', 'B'], '选项 --unit 只能写一次'],
  ])('%j: exit 2, one line', async (args, says) => {
    const run = await lianyi(args, TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(says);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--help lists both', async () => {
    const run = await lianyi(['--help'], TODAY);
    expect(run.stdout).toContain('lianyi split 文件.xlsx --out-dir 文件夹');
    expect(run.stdout).toContain('lianyi merge 文件.xlsx 交回的文件… --out 汇总后.xlsx');
  });
});
