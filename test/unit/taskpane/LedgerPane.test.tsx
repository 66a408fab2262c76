import { screen, waitFor } from '@testing-library/react';
import { err, ok } from '../../../src/core/result';
import { LedgerPane } from '../../../src/taskpane/components/LedgerPane';
import { clickAndSettle, fakeHost, renderInPane, sampleOverview } from './fakeHost';

const selectedTab = () => screen.getByRole('tab', { selected: true }).textContent;
const visiblePanel = () => screen.getAllByRole('tabpanel').find((panel) => !panel.hidden) as HTMLElement;

describe('the pane', () => {
  test('opens on 检查 and switches views with the tabs', async () => {
    renderInPane(<LedgerPane host={fakeHost()} />);
    expect(await screen.findByRole('button', { name: '运行检查' })).toBeTruthy();
    for (const name of ['检查', '登记表', '填报', '台账']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(selectedTab()).toBe('检查');
    await clickAndSettle(screen.getByRole('tab', { name: '填报' }));
    expect(selectedTab()).toBe('填报');
    expect(visiblePanel().querySelector('form')).toBeTruthy();
  });

  test('opened from the ribbon’s 生成登记表 (?view=forms) it starts on 登记表', async () => {
    renderInPane(<LedgerPane host={fakeHost()} initialView="forms" />);
    await screen.findAllByRole('button', { name: '生成登记表' });
    expect(selectedTab()).toBe('登记表');
  });

  test('a workbook without the ledger sheets leads to 台账; creating the sample reloads the lists', async () => {
    const host = fakeHost();
    host.overview.mockResolvedValueOnce(
      err({ kind: 'notLedger', message: '工作簿中没有「设置」工作表：这不是一份联谊交友台账。' }),
    );
    renderInPane(<LedgerPane host={host} />);
    await waitFor(() => expect(selectedTab()).toBe('台账'));
    expect(visiblePanel().textContent).toContain('这不是一份联谊交友台账');

    await clickAndSettle(screen.getByRole('tab', { name: '检查' }));
    expect(screen.getByRole('alert').textContent).toContain('这不是一份联谊交友台账');
    await clickAndSettle(screen.getByRole('button', { name: '前往「台账」' }));
    expect(selectedTab()).toBe('台账');

    await clickAndSettle(screen.getByRole('button', { name: '填入示例台账' }));
    expect(host.createLedger).toHaveBeenCalledWith({ sample: true });
    await waitFor(() => expect(host.overview).toHaveBeenCalledTimes(2));
    await clickAndSettle(screen.getByRole('tab', { name: '检查' }));
    expect(await screen.findByRole('button', { name: '运行检查' })).toBeTruthy();
  });

  test('another failure to read the workbook is shown with a way to try again', async () => {
    const host = fakeHost();
    host.overview.mockResolvedValueOnce(err({ kind: 'busy', message: 'Excel 正忙：请稍后重试。' }));
    renderInPane(<LedgerPane host={host} />);
    expect((await screen.findByRole('alert')).textContent).toContain('请稍后重试');
    expect(selectedTab()).toBe('检查');
    host.overview.mockResolvedValueOnce(ok(sampleOverview));
    await clickAndSettle(screen.getByRole('button', { name: '重新读取' }));
    expect(await screen.findByRole('button', { name: '运行检查' })).toBeTruthy();
  });
});
