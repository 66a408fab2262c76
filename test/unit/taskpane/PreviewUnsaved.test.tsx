import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ok } from '../../../src/core/result';
import { CheckView } from '../../../src/taskpane/components/CheckView';
import { ContactView } from '../../../src/taskpane/components/ContactView';
import { FormsView } from '../../../src/taskpane/components/FormsView';
import { LedgerView } from '../../../src/taskpane/components/LedgerView';
import { type OpenPreview, PreviewApp } from '../../../src/taskpane/components/PreviewApp';
import { clickAndSettle, type FakeHost, type FakeUnsaved, fakeHost, renderInPane, sampleOverview } from './fakeHost';

/** The preview opened on 台账.xlsx with a host whose unsaved changes the test sets. */
async function openedPreview(save = jest.fn()) {
  const host = fakeHost('preview');
  const unsaved = host.unsaved as FakeUnsaved;
  const openPreview: OpenPreview = async () => ok(host);
  render(<PreviewApp dark={false} openPreview={openPreview} save={save} />);
  await act(async () => {
    fireEvent.change(screen.getByLabelText(/^台账文件/), {
      target: { files: [new File([new Uint8Array([0x50, 0x4b])], '台账.xlsx')] },
    });
  });
  await screen.findByRole('tab', { name: '检查' });
  return { host, unsaved, save };
}

const changeTo = (unsaved: FakeUnsaved, count: number) => act(() => unsaved.set({ count }));

/** Whether the browser would ask before leaving the page now. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the preview’s unsaved changes', () => {
  test('the count is shown beside the file name and announced as it changes', async () => {
    const { unsaved } = await openedPreview();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('没有未保存的更改');
    await changeTo(unsaved, 3);
    expect(status.textContent).toBe('有 3 处未保存的更改');
    expect(screen.getByText(/浏览器预览 · 台账.xlsx/)).toBeTruthy();
  });

  test('下载更新后的台账 saves the host’s file; the changes then count as saved', async () => {
    const { host, unsaved, save } = await openedPreview();
    await changeTo(unsaved, 2);
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    host.download.mockImplementationOnce(async () => {
      unsaved.set({ count: 0, savedAs: '台账-更新-20270120.xlsx' });
      return ok({ fileName: '台账-更新-20270120.xlsx', bytes });
    });
    await clickAndSettle(screen.getByRole('button', { name: '下载更新后的台账' }));
    expect(host.download).toHaveBeenCalledWith('ledger');
    expect(save).toHaveBeenCalledWith('台账-更新-20270120.xlsx', bytes);
    expect(screen.getByRole('status').textContent).toBe('更改已保存到下载的「台账-更新-20270120.xlsx」');
  });

  test('a failed download is said, and the changes stay unsaved', async () => {
    const { host, unsaved, save } = await openedPreview();
    await changeTo(unsaved, 1);
    host.download.mockResolvedValueOnce({
      ok: false,
      error: { kind: 'workbookNotPatched', message: '无法在这个文件上写入改动（坏了）：原文件没有改动。' },
    });
    await clickAndSettle(screen.getByRole('button', { name: '下载更新后的台账' }));
    expect(screen.getByRole('alert').textContent).toContain('无法在这个文件上写入改动');
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('有 1 处未保存的更改');
  });

  test('closing or reloading asks only while there are unsaved changes', async () => {
    const { unsaved } = await openedPreview();
    expect(leavingAsks()).toBe(false);
    await changeTo(unsaved, 1);
    expect(leavingAsks()).toBe(true);
    await changeTo(unsaved, 0);
    expect(leavingAsks()).toBe(false);
  });

  test('打开其他文件 with unsaved changes asks first: 取消 keeps them, 放弃更改 goes to the file picker', async () => {
    const { unsaved } = await openedPreview();
    await changeTo(unsaved, 3);
    await clickAndSettle(screen.getByRole('button', { name: '打开其他文件' }));
    // In jsdom, tabster may leave the dialog aria-hidden (so nameless to a query) until its modal
    // takes the focus; the end-to-end test in Chromium finds it by role and name, as a screen reader does.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe('放弃未保存的更改？');
    expect(dialog.textContent).toContain('有 3 处更改还没有下载保存');
    await clickAndSettle(within(dialog).getByText('取消'));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(screen.getByRole('tab', { name: '检查' })).toBeTruthy();
    expect(leavingAsks()).toBe(true);

    await clickAndSettle(screen.getByRole('button', { name: '打开其他文件' }));
    await clickAndSettle(
      within(await screen.findByRole('dialog', { hidden: true })).getByText('放弃更改，打开其他文件'),
    );
    expect(screen.getByLabelText(/^台账文件/)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(leavingAsks()).toBe(false);
  });

  test('打开其他文件 without unsaved changes goes straight to the file picker', async () => {
    await openedPreview();
    await clickAndSettle(screen.getByRole('button', { name: '打开其他文件' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText(/^台账文件/)).toBeTruthy();
  });
});

describe('the pane’s words on unsaved changes', () => {
  async function addContact(host: FakeHost) {
    renderInPane(<ContactView host={host} overview={sampleOverview} onAdded={jest.fn()} />);
    const input = screen.getByRole('combobox', { name: /^结对/ });
    fireEvent.keyDown(input, { key: '国' });
    fireEvent.change(input, { target: { value: '王建国' } });
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: /^王建国 — / }));
    fireEvent.change(screen.getByRole('combobox', { name: /^联系形式/ }), { target: { value: '个别谈心' } });
    fireEvent.change(screen.getByLabelText(/^联系沟通情况/), { target: { value: '交流学科建设。' } });
    await clickAndSettle(screen.getByRole('button', { name: '提交联系记录' }));
  }

  test('填报 in the preview says where the row is and that it still has to be downloaded', async () => {
    await addContact(fakeHost('preview'));
    expect(screen.getByText('已加入「联系记录」第 22 行（尚未保存：请点“下载更新后的台账”）。')).toBeTruthy();
    expect(screen.queryByText(/已写入/)).toBeNull();
  });

  test('填报 in Excel says the row was written, and a co-author’s note is still shown', async () => {
    const host = fakeHost('excel');
    host.addContact.mockResolvedValueOnce(
      ok({ row: 23, contactId: 'C2027-002', note: '第 22 行已被他人占用，已改写到第 23 行。' }),
    );
    await addContact(host);
    expect(screen.getByText('已写入「联系记录」第 23 行。')).toBeTruthy();
    expect(screen.getByText('第 22 行已被他人占用，已改写到第 23 行。')).toBeTruthy();
    expect(screen.queryByText(/尚未保存/)).toBeNull();
  });

  test('a report made from unsaved changes says so beside its download button; one made from the file does not', async () => {
    const host = fakeHost('preview');
    renderInPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect(screen.queryByText(/尚未保存的更改/)).toBeNull();
    act(() => (host.unsaved as FakeUnsaved).set({ count: 1, report: true }));
    expect(screen.getByText(/这份检查报告是按台账中尚未保存的更改/).textContent).toContain('含未保存的更改');
  });

  test('forms made from unsaved changes say so beside their download button', async () => {
    const host = fakeHost('preview');
    (host.unsaved as FakeUnsaved).set({ count: 1, forms: true });
    renderInPane(<FormsView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '生成登记表' }));
    expect(screen.getByText(/这些登记表是按台账中尚未保存的更改/)).toBeTruthy();
  });

  test('新建 and 升级 in the preview say they still have to be downloaded; in Excel they do not', async () => {
    const preview = fakeHost('preview');
    preview.upgradeLedger.mockResolvedValueOnce(
      ok({ addedSheets: ['意见办理'], addedColumns: [], addedSettings: [], raisedVersion: false }),
    );
    const { unmount } = renderInPane(<LedgerView host={preview} onChanged={jest.fn()} />);
    await clickAndSettle(screen.getByRole('button', { name: '升级台账' }));
    expect(screen.getByText(/台账已升级/).closest('.fui-MessageBar')?.textContent).toContain('尚未保存');
    await clickAndSettle(screen.getByRole('button', { name: '新建空白台账' }));
    expect(screen.getByText(/已建立台账/).textContent).toContain('尚未保存');
    unmount();

    renderInPane(<LedgerView host={fakeHost('excel')} onChanged={jest.fn()} />);
    await clickAndSettle(screen.getByRole('button', { name: '新建空白台账' }));
    expect(screen.getByText(/已建立台账/).textContent).not.toContain('尚未保存');
  });
});
