import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { err, ok } from '../../../src/core/result';
import { type OpenPreview, PreviewApp } from '../../../src/taskpane/components/PreviewApp';
import { clickAndSettle, fakeHost } from './fakeHost';

const xlsxFile = () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], '台账.xlsx');

async function chooseFile(file: File) {
  const input = screen.getByLabelText(/^台账文件/);
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('the browser preview', () => {
  test('reads the chosen file in the page and opens the pane on it', async () => {
    const openPreview = jest.fn<ReturnType<OpenPreview>, Parameters<OpenPreview>>(async () => ok(fakeHost('preview')));
    render(<PreviewApp dark={false} openPreview={openPreview} />);
    expect(screen.getByTestId('pane-ready').textContent).toContain('不会上传');
    await chooseFile(xlsxFile());
    await waitFor(() =>
      expect(openPreview).toHaveBeenCalledWith(
        { bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]), name: '台账.xlsx' },
        expect.any(Function),
      ),
    );
    expect(await screen.findByRole('tab', { name: '检查' })).toBeTruthy();
    expect(screen.getByText(/浏览器预览 · 台账.xlsx/)).toBeTruthy();
    await clickAndSettle(screen.getByRole('button', { name: '打开其他文件' }));
    expect(screen.getByLabelText(/^台账文件/)).toBeTruthy();
  });

  test('a file that is not an .xlsx is refused with the reason', async () => {
    const message = '这不是 .xlsx 文件：请在 Excel 或 WPS 中另存为“Excel 工作簿 (*.xlsx)”后再试。';
    render(<PreviewApp dark openPreview={async () => err({ kind: 'unexpected', message })} />);
    await chooseFile(new File(['hello'], 'notes.txt'));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.queryByRole('tab')).toBeNull();
  });

  test('the sample can be tried without a file', async () => {
    const openPreview = jest.fn<ReturnType<OpenPreview>, Parameters<OpenPreview>>(async () => ok(fakeHost('preview')));
    render(<PreviewApp dark={false} openPreview={openPreview} initialView="forms" />);
    await clickAndSettle(screen.getByRole('button', { name: '没有台账？用示例台账试用' }));
    expect(openPreview).toHaveBeenCalledWith('sample', expect.any(Function));
    expect((await screen.findByRole('tab', { selected: true })).textContent).toBe('登记表');
  });
});
