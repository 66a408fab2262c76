import { fireEvent, screen, within } from '@testing-library/react';
import { err } from '../../../src/core/result';
import type { CheckResult } from '../../../src/core/check/checkResult';
import { CheckSummaryView } from '../../../src/taskpane/components/CheckSummaryView';
import { CheckView } from '../../../src/taskpane/components/CheckView';
import { clickAndSettle, fakeHost, renderInPane, sampleCheck, sampleOverview, TODAY } from './fakeHost';

describe('检查', () => {
  test('the current semester is preselected; a run shows the figures, the gaps and the problems by severity', async () => {
    const host = fakeHost();
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '学期' }).value).toBe('2026-2027-1');

    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    const summary = await screen.findByTestId('check-summary');
    expect(host.check).toHaveBeenCalledWith({ semesterId: '2026-2027-1' });
    const figure = (label: string) => within(summary).getByText(label).nextElementSibling?.textContent;
    expect([figure('在职人士'), figure('已覆盖'), figure('应联系'), figure('已联系'), figure('待联系')]).toEqual([
      '11',
      '10',
      '11',
      '10',
      '1',
    ]);

    // P14 (唐宁 left, never handed over) is the one pairing still to contact.
    const pending = screen.getByRole('region', { name: '尚未完成联系的结对' });
    expect(within(pending).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(screen.getByRole('region', { name: '未结对的在职党外代表人士' })).getByText(/宋雨（艺术学院/),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: '校级干部结对不符' })).getByText('赵明远：没有有效结对'),
    ).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '数据问题：错误' })).getAllByRole('listitem')).toHaveLength(2);
    // Two pairings to hand over (P14, P17), P16 not filed (R9), the 春节 visit planned for 02-10, and Y2026-06
    // answered but rated 不满意 (R7: it needs 重办).
    const warnings = within(screen.getByRole('region', { name: '数据问题：警告' })).getAllByRole('listitem');
    expect(warnings).toHaveLength(5);
    expect(warnings.map((item) => item.textContent).filter((text) => /重办/.test(text ?? ''))).toEqual([
      expect.stringContaining('「意见办理」O7：事项“Y2026-06”已答复，但反馈评价为“不满意”'),
    ]);
    expect(within(screen.getByRole('region', { name: '数据问题：提示' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText(/已写入「覆盖检查」工作表/)).toBeTruthy();
  });

  test('a click on a problem’s cell selects that cell in the workbook; a gap selects its row', async () => {
    const host = fakeHost();
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    await clickAndSettle(await screen.findByRole('button', { name: '在「联系记录」中选中 F19' }));
    expect(host.selectCell).toHaveBeenCalledWith({ sheet: '联系记录', cell: 'F19' });
    await clickAndSettle(screen.getByRole('button', { name: '在「党外代表人士」中选中 A11' }));
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: '党外代表人士', cell: 'A11' });
    await clickAndSettle(screen.getByRole('button', { name: '打开' }));
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: '覆盖检查', cell: 'A1' });
  });

  test('the summary says the verdict the terminal and the report give, and how urgent it is', () => {
    const sample = sampleCheck();
    const verdictText = (result: CheckResult) => {
      const view = renderInPane(<CheckSummaryView result={result} />);
      const text = screen.getByTestId('check-verdict').textContent;
      view.unmount();
      return text;
    };
    expect(verdictText(sample)).toBe('有错误有需要处理的事项，见下方列表。');
    const clean = { ...sample, problems: [] };
    expect(verdictText(clean)).toBe('有缺口有需要处理的事项，见下方列表。');
    const onlyPending = { ...clean, uncoveredFigures: [], schoolLeaders: [], overdueFollowUps: [] };
    expect(verdictText(onlyPending)).toBe('待完成有需要处理的事项，见下方列表。');
    expect(verdictText({ ...onlyPending, summary: { ...onlyPending.summary, pairingsPending: 0 } })).toBe(
      '通过本学期各项要求均已符合。',
    );
  });

  test('another semester can be chosen; an error from the host is shown, not swallowed', async () => {
    const host = fakeHost();
    host.check.mockResolvedValueOnce(
      err({ kind: 'busy', message: 'Excel 正在编辑单元格：请按 Enter 或 Esc 结束编辑后再试。' }),
    );
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    fireEvent.change(screen.getByRole('combobox', { name: '学期' }), { target: { value: '2025-2026-2' } });
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请按 Enter 或 Esc 结束编辑后再试');
    expect(host.check).toHaveBeenCalledWith({ semesterId: '2025-2026-2' });
    expect(screen.queryByTestId('check-summary')).toBeNull();
  });

  test('an exception thrown by the host becomes a message too', async () => {
    const host = fakeHost();
    host.check.mockRejectedValueOnce(new Error('RichApi.Error: GeneralException'));
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect((await screen.findByRole('alert')).textContent).toContain('GeneralException');
  });

  test('in the preview the report is offered as a download and cells are shown, not selected', async () => {
    const host = fakeHost('preview');
    host.check.mockResolvedValueOnce({ ok: true, value: sampleCheck() });
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    const download = await screen.findByRole('button', { name: '下载检查报告（.xlsx）' });
    expect(screen.queryByRole('button', { name: /中选中/ })).toBeNull();
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await clickAndSettle(download);
    expect(click).toHaveBeenCalled();
    expect(host.download).toHaveBeenCalledWith('report');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    click.mockRestore();
  });

  test('生成催办单 writes the sheets for the chosen semester and names them; 打开催办单 shows the first', async () => {
    const host = fakeHost();
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '生成催办单' }));
    expect(host.remind).toHaveBeenCalledWith({ semesterId: '2026-2027-1' });
    expect(
      screen.getByText(/已生成 2 份催办单：「催办单-英语语言文化学院」、「催办单-艺术学院」，可打印后发给各单位/),
    ).toBeTruthy();
    await clickAndSettle(screen.getByRole('button', { name: '打开催办单' }));
    expect(host.selectCell).toHaveBeenCalledWith({ sheet: '催办单-英语语言文化学院', cell: 'A1' });
  });

  test('in the preview the 催办单 are said to be unsaved changes; nothing to chase is said so; a failure is shown', async () => {
    const host = fakeHost('preview');
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '生成催办单' }));
    expect(screen.getByText(/它们是未保存的更改，可随更新后的台账下载/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '打开催办单' })).toBeNull();

    host.remind.mockResolvedValueOnce({
      ok: true,
      value: {
        semesterId: '2026-2027-1',
        semesterName: '2026-2027学年第一学期',
        today: TODAY,
        sheets: [],
        unplacedItems: ['Y09'],
      },
    });
    await clickAndSettle(screen.getByRole('button', { name: '生成催办单' }));
    expect(
      screen.getByText(
        /2026-2027学年第一学期截至 2027-01-20 没有需要催办的事项，没有写入工作表。 事项 Y09 逾期或即将到期/,
      ),
    ).toBeTruthy();

    host.remind.mockResolvedValueOnce(
      err({ kind: 'busy', message: 'Excel 正在编辑单元格：请按 Enter 或 Esc 结束编辑后再试。' }),
    );
    await clickAndSettle(screen.getByRole('button', { name: '生成催办单' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请按 Enter 或 Esc 结束编辑后再试');
  });

  test('the findings list the items due soon and each 承办部门’s figures', async () => {
    const host = fakeHost();
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    // The sample's Y2026-05 (意见办理 row 6) is due 2027-01-25, within 催办提前天数 (7) of 2027-01-20.
    const soon = await screen.findByRole('region', { name: '即将到期的意见办理' });
    expect(within(soon).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(soon).getByText('Y2026-05 加强党外代表人士参政议政能力培训（组织部，期限 2027-01-25，办理中）'),
    ).toBeTruthy();
    await clickAndSettle(within(soon).getByRole('button', { name: '在「意见办理」中选中 A6' }));
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: '意见办理', cell: 'A6' });
    // This semester's items: 教务处 Y2026-03 (overdue); 人事处 Y2026-04 (overdue) and Y2026-06 (answered
    // 2026-10-20, before its 2026-10-28 due date, rated 不满意); 组织部 Y2026-05 (due soon, not overdue).
    const departments = screen.getByRole('region', { name: '各承办部门办理情况' });
    expect(
      within(departments)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '逾期 1教务处：事项 1，已答复 0（按期 0），逾期 1，满意 0/0',
      '逾期 1人事处：事项 2，已答复 1（按期 1），逾期 1，满意 0/1',
      '组织部：事项 1，已答复 0（按期 0），逾期 0，满意 0/0',
    ]);
  });
});
