import { splitPlan, type SplitPlan } from '../../../src/core/distribute/splitPlan';
import { textOf } from '../../../src/core/distribute/tableRows';
import { hiddenFigureColumns, unitCopy } from '../../../src/core/distribute/unitCopy';
import type { LocalDate } from '../../../src/core/localDate';
import type { LedgerContent } from '../../../src/core/template/ledgerTemplate';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { baseContent, rawLedger, readOrThrow, sampleRaw } from '../../support/rawLedger';

/** 分发's plan: what each unit's copy holds (SPEC §4 split). */
const TODAY = '2027-01-20' as LocalDate;

function planOf(content: LedgerContent | undefined) {
  const cells = content ? rawLedger(content) : sampleRaw();
  const read = readOrThrow(cells);
  return { plan: splitPlan(cells, read), read };
}

/** The 编号 (or name) of the rows a unit's copy holds in a sheet. */
function held(plan: SplitPlan, unit: string, sheet: string, key: string): string[] {
  const share = plan.units.find((candidate) => candidate.unit === unit);
  const rows = new Set(share?.rows.get(sheet) ?? []);
  return (plan.tables.get(sheet)?.rows ?? []).filter((row) => rows.has(row.row)).map((row) => textOf(row, key));
}

describe('the sample ledger split by unit', () => {
  const { plan } = planOf(undefined);

  test('every unit of 单位, in order', () => {
    expect(plan.units.map((share) => share.unit)).toEqual([
      '英语语言文化学院',
      '西方语言文化学院',
      '国际商学院',
      '艺术学院',
      '统战部',
    ]);
  });

  test('a unit keeps the pairings it owns, the people they name, their contacts and the items raised through them', () => {
    expect(held(plan, '英语语言文化学院', '结对关系', 'pairingId')).toEqual(['P11', 'P12']);
    expect(held(plan, '英语语言文化学院', '领导干部', 'leaderId')).toEqual(['L11', 'L12']);
    expect(held(plan, '英语语言文化学院', '联系记录', 'contactId')).toEqual([
      'C2026-004',
      'C2026-005',
      'C2026-014',
      'C2026-020',
      'C2026-021',
    ]);
    // Y2026-06 was raised at P11's 中秋 visit (C2026-020).
    expect(held(plan, '英语语言文化学院', '意见办理', 'itemId')).toEqual(['Y2026-02', 'Y2026-04', 'Y2026-06']);
    // A group row goes to the unit of its pairings: 冯涛's 中秋 visit of P15 and P16 (C2026-023) to 国际商学院,
    // the 座谈会 of P01、P02、P04 (C2026-029) and the item raised there to the 统战部.
    expect(held(plan, '国际商学院', '联系记录', 'contactId')).toContain('C2026-023');
    expect(held(plan, '统战部', '联系记录', 'contactId')).toContain('C2026-029');
    expect(held(plan, '统战部', '意见办理', 'itemId')).toEqual(['Y2026-01', 'Y2026-03', 'Y2026-05']);
  });

  test("its figures: those its pairings name and its own that no other unit's open pairing names", () => {
    // 林安 of 英语语言文化学院 is paired by the 统战部 (校级): the 统战部 keeps that pairing and 林安 with it.
    expect(held(plan, '英语语言文化学院', '党外代表人士', 'name')).toEqual(['马丽', '朱晨', '韩雪']);
    expect(held(plan, '统战部', '党外代表人士', 'name')).toEqual(['林安', '黄蕾', '杨帆']);
    // 宋雨 has no pairing: her unit sees the gap the master's check shows.
    expect(held(plan, '艺术学院', '党外代表人士', 'name')).toEqual(['梁静', '宋雨']);
  });

  test('a contact row with a bad cell goes with the pairing its 结对编号 names; one naming nobody goes nowhere and is listed', () => {
    // C2026-018 has the form 喝茶聊天 (not in the list) but names P18.
    expect(held(plan, '艺术学院', '联系记录', 'contactId')).toEqual([
      'C2026-010',
      'C2026-018',
      'C2026-025',
      'C2027-001',
    ]);
    expect(plan.undistributed).toEqual([{ sheet: '联系记录', row: 20, column: '记录编号', cell: 'A20' }]);
  });

  test('the 统战部 copy names the units of its figures, nothing else of them', () => {
    expect(plan.units.find((share) => share.unit === '统战部')?.namedUnits).toEqual([
      '英语语言文化学院',
      '国际商学院',
      '西方语言文化学院',
    ]);
  });
});

describe('where a pairing goes', () => {
  const content = baseContent({
    单位: [{ name: '英语学院' }, { name: '艺术学院' }],
    领导干部: [
      { leaderId: 'L01', name: '张三', post: '书记', level: '院级', unit: '英语学院', status: '在任' },
      { leaderId: 'L02', name: '赵六', post: '书记', level: '院级', unit: '艺术学院', status: '在任' },
    ],
    党外代表人士: [
      { figureId: 'F01', name: '李四', unit: '英语学院', status: '在职' },
      { figureId: 'F02', name: '王五', unit: '艺术学院', status: '在职' },
    ],
    结对关系: [
      // No 所属单位: the figure's unit.
      { pairingId: 'P01', level: '院级', leaderId: 'L01', figureId: 'F01', start: '2026-03-01' },
      // A bad 层级 leaves the row out of the check; its 所属单位 still places it.
      { pairingId: 'P02', level: '区级', leaderId: 'L02', figureId: 'F02', unit: '艺术学院', start: '2026-03-01' },
      // An ended pairing of another unit does not take 王五 out of 艺术学院's copy.
      {
        pairingId: 'P03',
        level: '院级',
        leaderId: 'L01',
        figureId: 'F02',
        unit: '英语学院',
        start: '2025-03-01',
        end: '2025-08-31',
      },
    ],
  });
  const { plan } = planOf(content);

  test('by 所属单位, else by its figure’s unit, also when the row has an error', () => {
    expect(held(plan, '英语学院', '结对关系', 'pairingId')).toEqual(['P01', 'P03']);
    expect(held(plan, '艺术学院', '结对关系', 'pairingId')).toEqual(['P02']);
    expect(held(plan, '艺术学院', '领导干部', 'leaderId')).toEqual(['L02']);
  });

  test('a figure named by an ended pairing of another unit is in both copies', () => {
    expect(held(plan, '英语学院', '党外代表人士', 'figureId')).toEqual(['F01', 'F02']);
    expect(held(plan, '艺术学院', '党外代表人士', 'figureId')).toEqual(['F02']);
  });
});

describe('where a group contact goes', () => {
  const person = (figureId: string, name: string, unit: string) => ({ figureId, name, unit, status: '在职' });
  const pairing = (pairingId: string, leaderId: string, figureId: string) => ({
    pairingId,
    level: '院级',
    leaderId,
    figureId,
    start: '2026-03-01',
  });
  const seminar = (contactId: string, pairingId: string) => ({
    contactId,
    pairingId,
    date: '2026-10-15',
    form: '座谈研讨',
    summary: '座谈会。',
  });
  const { plan } = planOf(
    baseContent({
      单位: [{ name: '英语学院' }, { name: '艺术学院' }],
      领导干部: [
        { leaderId: 'L01', name: '张三', post: '书记', level: '院级', unit: '英语学院', status: '在任' },
        { leaderId: 'L02', name: '赵六', post: '书记', level: '院级', unit: '艺术学院', status: '在任' },
      ],
      党外代表人士: [
        person('F01', '李四', '英语学院'),
        person('F02', '王五', '艺术学院'),
        person('F03', '钱七', '英语学院'),
      ],
      结对关系: [pairing('P01', 'L01', 'F01'), pairing('P02', 'L02', 'F02'), pairing('P03', 'L01', 'F03')],
      联系记录: [seminar('C01', 'P01、P03'), seminar('C02', 'P01、P02')],
    }),
  );

  test('one whose pairings are all of one unit goes to that unit', () => {
    expect(held(plan, '英语学院', '联系记录', 'contactId')).toEqual(['C01']);
  });

  test('one whose pairings belong to two units goes to neither (it names the other’s people) and is listed', () => {
    expect(held(plan, '艺术学院', '联系记录', 'contactId')).toEqual([]);
    expect(plan.undistributed).toEqual([{ sheet: '联系记录', row: 3, column: '记录编号', cell: 'A3' }]);
  });
});

describe("a unit's copy as data", () => {
  const withFestival: LedgerContent = {
    ...sampleLedgerContent(),
    重大节日: [{ name: '中秋节', date: '2026-09-25', windowStart: '2026-09-11', windowEnd: '2026-09-28' }],
  };
  const { plan, read } = planOf(withFestival);
  const share = plan.units.find((candidate) => candidate.unit === '西方语言文化学院');
  const hidden = hiddenFigureColumns(read.ledger.settings);
  if (!share || !hidden.ok) throw new Error('no share');
  const copy = unitCopy(plan, share, {
    today: TODAY,
    date1904: false,
    settings: read.ledger.settings,
    hidden: hidden.value,
  });

  test('the columns of 分发隐去列 are empty, the others as in the master', () => {
    expect(copy.content['党外代表人士']).toEqual([
      expect.objectContaining({
        figureId: 'F06',
        name: '胡悦',
        gender: '女',
        unit: '西方语言文化学院',
        post: '副教授',
        party: '民盟',
      }),
      expect.objectContaining({ figureId: 'F11', name: '唐宁', status: '调离' }),
    ]);
    for (const figure of copy.content['党外代表人士'] ?? [])
      for (const key of ['ethnicity', 'categories', 'schoolKeyTarget', 'note']) expect(figure[key]).toBeUndefined();
  });

  test('all of 设置, 学期, 重大节日 and 考核指标, plus 分发单位 and 分发日期; its own 单位 row', () => {
    const sample = withFestival;
    expect(copy.content['设置']?.map((row) => row.key)).toEqual([
      ...(sample['设置'] ?? []).map((row) => row.key),
      '分发单位',
      '分发日期',
    ]);
    expect(copy.content['设置']?.slice(-2).map((row) => row.value)).toEqual(['西方语言文化学院', TODAY]);
    for (const sheet of ['学期', '重大节日', '考核指标']) {
      expect(copy.content[sheet]?.length).toBeGreaterThan(0);
      expect(copy.content[sheet]).toHaveLength(sample[sheet]?.length ?? -1);
    }
    expect(copy.content['单位']).toEqual([expect.objectContaining({ name: '西方语言文化学院', liaison: '李娜' })]);
    expect(copy.fileName).toBe('西方语言文化学院.xlsx');
  });

  test('分发隐去列 may hide nothing (无), but not a required column', () => {
    const settings = { ...read.ledger.settings };
    expect(hiddenFigureColumns({ ...settings, hiddenInCopies: ['无'] })).toEqual({
      ok: true,
      value: { keys: [], headers: [] },
    });
    const refused = hiddenFigureColumns({ ...settings, hiddenInCopies: ['民族', '姓名'] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('必填列「姓名」');
  });
});

describe('设置 分发隐去列', () => {
  const hiddenOf = (value?: string) =>
    readOrThrow(rawLedger(baseContent({ 设置: value === undefined ? [] : [{ key: '分发隐去列', value }] }))).ledger
      .settings.hiddenInCopies;

  test('a missing key takes the default; a list is split like 人士类别; 无 names no column', () => {
    expect(hiddenOf()).toEqual(['民族', '人士类别', '校级重点对象', '备注']);
    expect(hiddenOf('民族，备注')).toEqual(['民族', '备注']);
    const settings = readOrThrow(rawLedger(baseContent({ 设置: [{ key: '分发隐去列', value: '无' }] }))).ledger
      .settings;
    expect(hiddenFigureColumns(settings)).toEqual({ ok: true, value: { keys: [], headers: [] } });
  });
});
