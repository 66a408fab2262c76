import { act, fireEvent, screen, within } from '@testing-library/react';
import { failure } from '../../../src/core/failures';
import { err, ok, type Result } from '../../../src/core/result';
import { LedgerView } from '../../../src/taskpane/components/LedgerView';
import {
  clickAndSettle,
  type FakeHost,
  fakeHost,
  renderInPane,
  sampleDistribution,
  sampleHandoverOutcome,
  sampleHandoverPreview,
  sampleMerge,
  sampleOverview,
} from './fakeHost';

/** 台账 › 分发, 汇总, 交接 as a user meets them, on a host that answers as a healthy ledger would. */
async function renderLedger(host: FakeHost = fakeHost(), save = jest.fn()) {
  const onChanged = jest.fn();
  renderInPane(<LedgerView host={host} overview={sampleOverview} save={save} onChanged={onChanged} />);
  // The three sections are loaded after the pane's first load.
  await screen.findByRole('heading', { name: '分发' });
  return { host, save, onChanged };
}

/** A host call that runs until its signal aborts, then answers as a cancelled one does. */
function untilCancelled<T>(action: 'distribute' | 'merge' | 'handover') {
  return (...args: unknown[]): Promise<Result<T, ReturnType<typeof failure>>> => {
    const signal = args.find((arg): arg is AbortSignal => arg instanceof AbortSignal) as AbortSignal;
    return new Promise((resolve) =>
      signal.addEventListener('abort', () => resolve(err(failure('cancelledBeforeWriting', { action })))),
    );
  };
}

const region = (name: string) => screen.getByRole('region', { name });
const returnedFile = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], '艺术学院.xlsx');

async function pick(files: File[]) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(/^交回的文件/), { target: { files } });
  });
  // The browser reads the picked files' bytes before the pane lists them.
  await screen.findByText(`已选择：${files.map((file) => file.name).join('、')}`);
}

describe('分发', () => {
  test('all units by default; the .zip is saved and what it holds is listed', async () => {
    const { host, save } = await renderLedger();
    const units = within(screen.getByRole('group', { name: '分发的单位' })).getAllByRole('checkbox');
    expect(units).toHaveLength(sampleOverview.units.length);
    expect(units.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await clickAndSettle(screen.getByRole('button', { name: '下载各单位台账（.zip）' }));
    expect(host.distribute.mock.calls[0]?.[0]).toEqual({});
    expect(save).toHaveBeenCalledWith('分发-20270120.zip', sampleDistribution.bytes);
    expect(within(screen.getByRole('list', { name: '分发的台账' })).getByText(/艺术学院.xlsx：结对 1 个/)).toBeTruthy();
    expect(screen.getByText(/没有结对和人员的单位，未生成：统战部/)).toBeTruthy();
  });

  test('units left out are not asked for; cancelling downloads nothing', async () => {
    const host = fakeHost();
    host.distribute.mockImplementationOnce(untilCancelled('distribute'));
    const { save } = await renderLedger(host);
    fireEvent.click(screen.getByRole('checkbox', { name: '统战部' }));
    fireEvent.click(screen.getByRole('button', { name: '下载各单位台账（.zip）' }));
    expect(host.distribute.mock.calls[0]?.[0]).toEqual({
      units: sampleOverview.units.filter((unit) => unit !== '统战部'),
    });
    screen.getByText('正在生成各单位的台账');
    await clickAndSettle(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('alert').textContent).toContain('已取消：没有生成各单位的台账');
    expect(save).not.toHaveBeenCalled();
  });
});

describe('汇总', () => {
  test('the preview table says per file what is added and skipped, each conflict in both files, each rejection', async () => {
    const { host } = await renderLedger();
    expect((screen.getByRole('button', { name: '汇总到台账' }) as HTMLButtonElement).disabled).toBe(true);
    await pick([returnedFile]);
    await clickAndSettle(screen.getByRole('button', { name: '预览汇总' }));
    expect(host.previewMerge.mock.calls[0]?.[0]).toEqual([{ name: '艺术学院.xlsx', bytes: expect.any(Uint8Array) }]);
    expect(host.merge).not.toHaveBeenCalled();
    const rows = within(screen.getByRole('table', { name: '汇总预览' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([['艺术学院.xlsx（艺术学院的分发件）', '3', '1', '1', '1']]);
    expect(
      screen.getByText('艺术学院.xlsx：新增 「联系记录」3 行；跳过 「联系记录」1 行（台账中已有）。'),
    ).toBeTruthy();
    const conflict = within(screen.getByRole('table', { name: /^冲突/ })).getAllByRole('row')[1] as HTMLElement;
    expect(conflict.textContent).toContain('台账.xlsx「联系记录」G5：“走访。”');
    expect(conflict.textContent).toContain('艺术学院.xlsx「联系记录」G3：“走访，座谈。”');
    const rejected = within(screen.getByRole('table', { name: /^未汇总/ })).getAllByRole('row')[1] as HTMLElement;
    expect(rejected.textContent).toContain('艺术学院.xlsx「联系记录」F9');
    expect(screen.getByText('预览：将新增 3 行。确认无误后点“汇总到台账”。')).toBeTruthy();
  });

  test('汇总到台账 merges the same files and says what it added; the ledger is reloaded', async () => {
    const { host, onChanged } = await renderLedger();
    await pick([returnedFile]);
    await clickAndSettle(screen.getByRole('button', { name: '预览汇总' }));
    await clickAndSettle(screen.getByRole('button', { name: '汇总到台账' }));
    expect(host.merge.mock.calls[0]?.[0]).toEqual(host.previewMerge.mock.calls[0]?.[0]);
    expect(screen.getByText(/已汇总：新增 3 行，跳过 1 行/)).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  test('cancelled while it runs: nothing merged, the ledger not reloaded', async () => {
    const host = fakeHost();
    host.merge.mockImplementationOnce(untilCancelled('merge'));
    const { onChanged } = await renderLedger(host);
    await pick([returnedFile]);
    await clickAndSettle(screen.getByRole('button', { name: '预览汇总' }));
    fireEvent.click(screen.getByRole('button', { name: '汇总到台账' }));
    await clickAndSettle(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('alert').textContent).toContain('已取消：没有汇总，台账没有改动。');
    expect(screen.queryByText(/已汇总/)).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });

  test('nothing to add: the preview says so and 汇总到台账 stays off', async () => {
    const host = fakeHost();
    host.previewMerge.mockResolvedValueOnce(ok({ ...sampleMerge, added: {}, files: [] }));
    await renderLedger(host);
    await pick([returnedFile]);
    await clickAndSettle(screen.getByRole('button', { name: '预览汇总' }));
    expect(screen.getByText('预览：没有可新增的行。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '汇总到台账' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('交接', () => {
  async function previewed(host: FakeHost) {
    const view = await renderLedger(host);
    fireEvent.change(screen.getByRole('combobox', { name: '离任干部' }), { target: { value: 'L14' } });
    await clickAndSettle(screen.getByRole('button', { name: '预览交接' }));
    return view;
  }

  test('people of the chosen kind; the preview offers successors of the pairing’s level; applying sends the choice', async () => {
    const host = fakeHost();
    const { onChanged } = await previewed(host);
    const leaders = within(screen.getByRole('combobox', { name: '离任干部' })).getAllByRole('option');
    expect(leaders.map((option) => option.textContent)).toContain('冯涛（国际商学院，院级，L14）');
    expect(host.previewHandover.mock.calls[0]?.[0]).toMatchObject({ kind: 'leader', leader: 'L14', on: '2027-01-20' });
    const successor = screen.getByRole('combobox', { name: /P15 高原.*的接任干部/ });
    const options = within(successor)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['请选择（院级干部）', '周晓梅（英语语言文化学院，L11）', '不接续，只结束结对']);
    const apply = screen.getByRole('button', { name: '办理交接' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.change(successor, { target: { value: 'L11' } });
    await clickAndSettle(apply);
    expect(host.handOver.mock.calls[0]?.[0]).toEqual({
      kind: 'leader',
      leader: 'L14',
      on: '2027-01-20',
      successorByPairing: { P15: 'L11' },
    });
    expect(screen.getByText(/已生成交接单「交接单-冯涛」并切换到该工作表/)).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  test('a figure leaving names the status; a refusal from the host is shown as one line', async () => {
    const host = fakeHost();
    host.previewHandover.mockResolvedValueOnce(
      err(failure('handoverBeforeStart', { on: '2026-01-01', pairing: 'P15', start: '2026-03-01' })),
    );
    await renderLedger(host);
    fireEvent.click(screen.getByRole('radio', { name: '党外代表人士调离或退休' }));
    const figure = screen.getByRole('combobox', { name: '党外代表人士' });
    const first = within(figure).getAllByRole('option')[1] as HTMLOptionElement;
    fireEvent.change(figure, { target: { value: first.value } });
    fireEvent.change(screen.getByRole('combobox', { name: '去向' }), { target: { value: '退休' } });
    await clickAndSettle(screen.getByRole('button', { name: '预览交接' }));
    expect(host.previewHandover.mock.calls[0]?.[0]).toMatchObject({
      kind: 'figure',
      figure: first.value,
      status: '退休',
    });
    expect(screen.getByRole('alert').textContent).toContain('交接日期 2026-01-01 早于结对 P15 的开始日期 2026-03-01');
  });

  test('cancelled while it runs: nothing is handed over', async () => {
    const host = fakeHost();
    host.handOver.mockImplementationOnce(untilCancelled('handover'));
    const { onChanged } = await previewed(host);
    fireEvent.change(screen.getByRole('combobox', { name: /P15 高原.*的接任干部/ }), {
      target: { value: '\u0000end' },
    });
    fireEvent.click(screen.getByRole('button', { name: '办理交接' }));
    expect(host.handOver.mock.calls[0]?.[0]).toMatchObject({ successorByPairing: { P15: null } });
    await clickAndSettle(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('alert').textContent).toContain('已取消：没有办理交接，台账没有改动。');
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.queryByText(/已办理/)).toBeNull();
  });
});

test('in the preview, merged and handed-over changes say they are not saved yet', async () => {
  const host = fakeHost('preview');
  await renderLedger(host);
  await pick([returnedFile]);
  await clickAndSettle(screen.getByRole('button', { name: '预览汇总' }));
  await clickAndSettle(screen.getByRole('button', { name: '汇总到台账' }));
  expect(screen.getByText(/已汇总：新增 3 行.*尚未保存：请点“下载更新后的台账”/)).toBeTruthy();
  host.previewHandover.mockResolvedValueOnce(ok({ ...sampleHandoverPreview, pairings: [] }));
  host.handOver.mockResolvedValueOnce(ok(sampleHandoverOutcome));
  fireEvent.change(screen.getByRole('combobox', { name: '离任干部' }), { target: { value: 'L14' } });
  await clickAndSettle(screen.getByRole('button', { name: '预览交接' }));
  await clickAndSettle(screen.getByRole('button', { name: '办理交接' }));
  expect(within(region('交接')).getByText(/已生成交接单「交接单-冯涛」。/).textContent).toContain('尚未保存');
});
