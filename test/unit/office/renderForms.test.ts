import { recordSetting } from '../../../src/workbook/office/officeRecords';

const FORMS_SETTING = recordSetting('formSheets');
import { FakeWorkbook } from './fakeExcel';
import { fakeLedger, hostOn, manyPairings, neverAborted } from './ledgerWorkbook';

const S1 = '2026-2027-1';

async function render(
  wb: FakeWorkbook,
  options: { budget?: number; signal?: AbortSignal; pairings?: 'all' | 'selection' | string[]; unit?: string } = {},
) {
  const progress: Array<[number, number]> = [];
  const before = wb.syncs;
  const result = await hostOn(wb, options.budget ? { budget: options.budget } : {}).renderForms(
    { semesterId: S1, pairings: options.pairings ?? 'all', unit: options.unit },
    (done, total) => progress.push([done, total]),
    options.signal ?? neverAborted(),
  );
  return { result, progress, syncs: wb.syncs - before };
}

const formSheets = (wb: FakeWorkbook) =>
  wb.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith('登记表'));

describe('rendering 登记表 in Excel', () => {
  it('reads once and writes in a number of syncs that grows only when the request-size estimate splits it', async () => {
    const few = await render(fakeLedger(manyPairings(12)));
    expect(few.result.ok && few.result.value.sheetNames).toHaveLength(12);
    expect(few.syncs).toBe(2);
    // 120 forms come to just over the 4 MB estimate (about 35 KB each, so 115 fit in the first): one read, two writes.
    const hundredTwenty = fakeLedger(manyPairings(120));
    const many = await render(hundredTwenty);
    expect(many.result.ok && many.result.value.sheetNames).toHaveLength(120);
    expect(many.syncs).toBe(3);
    expect(Math.max(...hundredTwenty.requestSizes)).toBeLessThan(4_000_000);
    expect(many.progress).toEqual([
      [0, 120],
      [115, 120],
      [120, 120],
    ]);
    // With room for them all, 120 forms take as many syncs as 12.
    expect((await render(fakeLedger(manyPairings(120)), { budget: 50_000_000 })).syncs).toBe(2);
    const split = await render(fakeLedger(manyPairings(120)), { budget: 100_000 });
    expect(split.syncs).toBeGreaterThan(30);
  });

  it('replaces the forms it rendered before and touches no other sheet', async () => {
    const wb = fakeLedger();
    wb.settings.set(FORMS_SETTING, '[]');
    wb.addSheet('登记表-我的草稿', [['自己的笔记']]);
    const first = await render(wb, { unit: '艺术学院' });
    expect(first.result.ok).toBe(true);
    const firstNames = first.result.ok ? first.result.value.sheetNames : [];
    expect(JSON.parse(String(wb.settings.get(FORMS_SETTING)))).toEqual(firstNames);
    const second = await render(wb);
    const secondNames = second.result.ok ? second.result.value.sheetNames : [];
    expect(formSheets(wb).sort()).toEqual(['登记表-我的草稿', ...secondNames].sort());
    expect(wb.sheet('登记表-我的草稿').shown(1, 1).value).toBe('自己的笔记');
    expect(wb.active).toBe(secondNames[0]);
  });

  it('without a record of earlier renders, replaces the sheets named 登记表-…; a clash with a kept sheet gets a new name', async () => {
    const wb = fakeLedger();
    wb.addSheet('登记表-王建国-林安', [['旧的']]);
    const replaced = await render(wb, { pairings: ['P01'] });
    expect(replaced.result.ok && replaced.result.value.sheetNames).toEqual(['登记表-王建国-林安']);
    expect(wb.sheet('登记表-王建国-林安').shown(1, 1).value).not.toBe('旧的');

    const kept = fakeLedger();
    kept.addSheet('登记表-王建国-林安', [['别人的']]);
    kept.settings.set(FORMS_SETTING, JSON.stringify([]));
    const renamed = await render(kept, { pairings: ['P01'] });
    expect(renamed.result.ok && renamed.result.value.sheetNames).toEqual(['登记表-王建国-林安-2']);
    expect(kept.sheet('登记表-王建国-林安').shown(1, 1).value).toBe('别人的');
  });

  it('renders the pairings on the selected rows', async () => {
    const wb = fakeLedger();
    wb.selection = {
      sheet: '结对关系',
      areas: [
        { top: 2, left: 1, bottom: 3, right: 4 },
        { top: 1_000, left: 1, bottom: 1_048_576, right: 1 },
      ],
    };
    const { result } = await render(wb, { pairings: 'selection' });
    expect(result.ok && result.value.sheetNames).toEqual(['登记表-王建国-林安', '登记表-陈立新-黄蕾']);
    wb.selection = { sheet: '单位', areas: [{ top: 2, left: 1, bottom: 3, right: 1 }] };
    const none = await render(wb, { pairings: 'selection' });
    expect(!none.result.ok && none.result.error).toMatchObject({ kind: 'noPairingsSelected' });
  });

  it('with a chart or a shape selected (Excel gives no selection), renders all pairings and says why', async () => {
    const wb = fakeLedger();
    wb.selection = undefined; // the fake refuses getSelectedRanges as Excel does: InvalidSelection
    const { result } = await render(wb, { pairings: 'selection' });
    const all = await render(fakeLedger());
    expect(result.ok && result.value.sheetNames).toEqual(all.result.ok && all.result.value.sheetNames);
    expect(result.ok && result.value.notice).toMatchObject({
      kind: 'selectionUnreadable',
      message: expect.stringContaining('已生成全部结对的登记表'),
    });
    expect(all.result.ok && all.result.value.notice).toBeUndefined();
  });

  it('stops between chunks when cancelled and says which forms exist', async () => {
    const wb = fakeLedger(manyPairings(30));
    const controller = new AbortController();
    const result = await hostOn(wb, { budget: 100_000 }).renderForms(
      { semesterId: S1, pairings: 'all' },
      (done) => done > 0 && controller.abort(),
      controller.signal,
    );
    expect(!result.ok && result.error.kind).toBe('cancelled');
    const written = formSheets(wb);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(30);
    expect(!result.ok && result.error.message).toContain(`已生成 ${written.length} 份登记表`);
    expect(JSON.parse(String(wb.settings.get(FORMS_SETTING)))).toEqual(written);
  });

  it('re-rendered, writes every new form before deleting an old one, then gives the new ones their names', async () => {
    const wb = fakeLedger(manyPairings(30));
    const first = await render(wb, { budget: 200_000 });
    const names = first.result.ok ? first.result.value.sheetNames : [];
    expect(names).toHaveLength(30);
    wb.sheet(names[0] as string).cell(1, 1).value = '旧的';
    const log = wb.commandLog.length;
    const second = await render(wb, { budget: 200_000 });
    expect(second.result.ok && second.result.value.sheetNames).toEqual(names);
    const commands = wb.commandLog.slice(log);
    expect(commands.filter((command) => command === 'add')).toHaveLength(30);
    expect(commands.lastIndexOf('add')).toBeLessThan(commands.indexOf('delete'));
    expect(commands.lastIndexOf('values')).toBeLessThan(commands.indexOf('delete'));
    expect(commands.filter((command) => command === 'rename')).toHaveLength(30);
    expect(formSheets(wb)).toEqual(names);
    expect(wb.sheet(names[0] as string).shown(1, 1).value).not.toBe('旧的');
    expect(JSON.parse(String(wb.settings.get(FORMS_SETTING)))).toEqual(names);
  });

  it('a re-render cancelled part-way keeps the earlier forms it had not replaced yet', async () => {
    const wb = fakeLedger(manyPairings(30));
    const first = await render(wb, { budget: 200_000 });
    const names = first.result.ok ? first.result.value.sheetNames : [];
    const controller = new AbortController();
    const result = await hostOn(wb, { budget: 100_000 }).renderForms(
      { semesterId: S1, pairings: 'all' },
      (done) => done > 0 && controller.abort(),
      controller.signal,
    );
    expect(!result.ok && result.error.kind).toBe('cancelled');
    // As many forms as before, under their own names: the new ones written whole, the old ones for the rest.
    expect(formSheets(wb).sort()).toEqual([...names].sort());
    expect(!result.ok && result.error.message).toMatch(
      /^已取消：已生成 \d+ 份登记表.*上次生成的登记表中，同名的已被替换，其余保留。/,
    );
    expect(JSON.parse(String(wb.settings.get(FORMS_SETTING))).sort()).toEqual([...names].sort());
  });

  it('does nothing when cancelled before it starts', async () => {
    const wb = fakeLedger();
    const controller = new AbortController();
    controller.abort();
    const { result } = await render(wb, { signal: controller.signal });
    expect(!result.ok && result.error).toMatchObject({
      kind: 'cancelled',
      message: '已取消：没有生成登记表，工作簿没有改动。',
    });
    expect(formSheets(wb)).toEqual([]);
  });

  it('turns Excel’s request-size refusal into a message naming the sheets that may be half-written', async () => {
    const wb = fakeLedger(manyPairings(12));
    wb.requestLimit = 60_000;
    const { result } = await render(wb, { budget: 200_000 });
    expect(!result.ok && result.error.kind).toBe('payloadTooLarge');
    expect(!result.ok && result.error.message).toMatch(
      /工作表「登记表-干部001-人士001」.*可能只写入了一部分，请删除后重试。/,
    );
  });

  it('writes names and notes that start with = as text', async () => {
    const content = manyPairings(1);
    const wb = fakeLedger({
      ...content,
      党外代表人士: [{ figureId: 'F001', name: '=HYPERLINK("x")', unit: '英语学院', status: '在职' }],
    });
    const { result } = await render(wb);
    const name = result.ok ? (result.value.sheetNames[0] as string) : '';
    const sheet = wb.sheet(name);
    const cells = [...sheet.cells.values()];
    expect(cells.some((cell) => cell.value === '=HYPERLINK("x")')).toBe(true);
    expect(cells.every((cell) => cell.formula === undefined)).toBe(true);
  });
});
