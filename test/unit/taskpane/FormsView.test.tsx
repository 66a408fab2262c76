import { act, fireEvent, screen } from '@testing-library/react';
import { failure } from '../../../src/core/failures';
import { err, ok, type Result } from '../../../src/core/result';
import { FormsView } from '../../../src/taskpane/components/FormsView';
import type { FormsOutcome, Failure } from '../../../src/app/ledgerHost';
import { clickAndSettle, fakeHost, renderInPane, sampleOverview } from './fakeHost';

describe('登记表', () => {
  test('renders for the chosen semester and unit, shows progress, and lists the sheets', async () => {
    const host = fakeHost();
    let finish: (result: Result<FormsOutcome, Failure>) => void = () => undefined;
    let report: (done: number, total: number) => void = () => undefined;
    host.renderForms.mockImplementationOnce((_request, progress) => {
      report = progress;
      return new Promise((resolve) => (finish = resolve));
    });
    renderInPane(<FormsView host={host} overview={sampleOverview} />);
    fireEvent.change(screen.getByRole('combobox', { name: '单位' }), { target: { value: '艺术学院' } });
    fireEvent.click(screen.getByRole('button', { name: '生成登记表' }));

    expect(host.renderForms).toHaveBeenCalledWith(
      { semesterId: '2026-2027-1', pairings: 'all', unit: '艺术学院' },
      expect.any(Function),
      expect.any(AbortSignal),
    );
    expect(screen.getByRole('progressbar')).toBeTruthy();
    act(() => report(2, 3));
    expect(screen.getByText('已完成 2 / 3')).toBeTruthy();
    await act(async () =>
      finish(
        ok({
          semesterId: '2026-2027-1',
          semesterName: '2026-2027学年第一学期',
          sheetNames: ['登记表-孙志强-宋雨', '登记表-许强-唐宁', '登记表-许强-高远'],
        }),
      ),
    );

    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/已生成 3 份登记表/)).toBeTruthy();
    await clickAndSettle(screen.getByRole('button', { name: '登记表-许强-唐宁' }));
    expect(host.selectCell).toHaveBeenCalledWith({ sheet: '登记表-许强-唐宁', cell: 'A1' });
  });

  test('says why all pairings were rendered when Excel could not give the selected rows', async () => {
    const host = fakeHost();
    const notice = failure('selectionUnreadable', {});
    host.renderForms.mockResolvedValueOnce(
      ok({
        semesterId: '2026-2027-1',
        semesterName: '2026-2027学年第一学期',
        sheetNames: ['登记表-许强-唐宁'],
        notice,
      }),
    );
    renderInPane(<FormsView host={host} overview={sampleOverview} />);
    fireEvent.click(screen.getByRole('radio', { name: '所选行中的结对' }));
    await clickAndSettle(screen.getByRole('button', { name: '生成登记表' }));
    expect(screen.getByText(notice.message)).toBeTruthy();
    expect(screen.getByText(/已生成 1 份登记表/)).toBeTruthy();
  });

  test('the cancel button aborts the rendering', async () => {
    const host = fakeHost();
    host.renderForms.mockImplementationOnce(
      (_request, _progress, signal) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () =>
            resolve(err({ kind: 'cancelled', message: '已取消：已生成的 2 张登记表保留在工作簿中。' })),
          ),
        ),
    );
    renderInPane(<FormsView host={host} overview={sampleOverview} />);
    fireEvent.click(screen.getByRole('button', { name: '生成登记表' }));
    await clickAndSettle(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('alert').textContent).toContain('已生成的 2 张登记表保留在工作簿中');
    expect(screen.queryByRole('button', { name: '取消' })).toBeNull();
  });

  test('a payload too large for Excel is reported with the sheet to look at', async () => {
    const host = fakeHost();
    const message =
      '「登记表-王建国-林安」内容太多，超出 Excel 单次写入的上限，未能写完：请删除这张工作表，缩短该结对联系记录中的长文字后再生成。';
    host.renderForms.mockResolvedValueOnce(err({ kind: 'payloadTooLarge', message }));
    renderInPane(<FormsView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '生成登记表' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('内容太多，未能全部写入');
    expect(alert.textContent).toContain('「登记表-王建国-林安」');
  });

  test('inside Excel the pairings of the selected rows can be chosen; in the preview they cannot', async () => {
    const host = fakeHost();
    const { unmount } = renderInPane(<FormsView host={host} overview={sampleOverview} />);
    fireEvent.click(screen.getByRole('radio', { name: '所选行中的结对' }));
    await clickAndSettle(screen.getByRole('button', { name: '生成登记表' }));
    expect(host.renderForms.mock.calls[0]?.[0]).toEqual({ semesterId: '2026-2027-1', pairings: 'selection' });
    unmount();

    const preview = fakeHost('preview');
    renderInPane(<FormsView host={preview} overview={sampleOverview} />);
    // No rows to select in the preview: the option that could never work is not offered.
    expect(screen.queryByRole('radio', { name: '所选行中的结对' })).toBeNull();
    await clickAndSettle(screen.getByRole('button', { name: '生成登记表' }));
    await clickAndSettle(screen.getByRole('button', { name: '下载登记表（.xlsx）' }));
    expect(preview.download).toHaveBeenCalledWith('forms');
  });
});
