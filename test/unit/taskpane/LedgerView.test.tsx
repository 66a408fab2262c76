import { screen, within } from '@testing-library/react';
import { err, ok } from '../../../src/core/result';
import { LedgerView } from '../../../src/taskpane/components/LedgerView';
import { clickAndSettle, fakeHost, renderInPane } from './fakeHost';

describe('台账', () => {
  test('creates the ledger sheets in a blank workbook, blank or with the sample', async () => {
    const host = fakeHost();
    const onChanged = jest.fn();
    renderInPane(<LedgerView host={host} onChanged={onChanged} />);
    await clickAndSettle(screen.getByRole('button', { name: '新建空白台账' }));
    expect(host.createLedger).toHaveBeenLastCalledWith({ sample: false });
    expect(screen.getByText(/已建立台账/)).toBeTruthy();
    await clickAndSettle(screen.getByRole('button', { name: '填入示例台账' }));
    expect(host.createLedger).toHaveBeenLastCalledWith({ sample: true });
    expect(screen.getByText(/已填入示例台账/)).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  test('an upgrade shows what it added, sheet by sheet', async () => {
    const host = fakeHost();
    host.upgradeLedger.mockResolvedValueOnce(
      ok({
        addedSheets: ['意见办理'],
        addedColumns: [
          { sheet: '联系记录', header: '填报人' },
          { sheet: '联系记录', header: '填报日期' },
          { sheet: '结对关系', header: '备案日期' },
        ],
        addedSettings: ['办理期限天数'],
        raisedVersion: true,
      }),
    );
    renderInPane(<LedgerView host={host} onChanged={jest.fn()} />);
    await clickAndSettle(screen.getByRole('button', { name: '升级台账' }));
    const lines = within(screen.getByRole('list', { name: '升级新增的内容' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      '新增工作表：意见办理',
      '「联系记录」新增列：填报人、填报日期',
      '「结对关系」新增列：备案日期',
      '「设置」新增项目：办理期限天数',
      '「设置」台账版本改为 2',
    ]);
  });

  test('an up-to-date ledger says so; a refusal from the host is shown', async () => {
    const host = fakeHost();
    host.createLedger.mockResolvedValueOnce(
      err({ kind: 'unexpected', message: '工作簿中已有「学期」工作表：新建台账需要空白工作簿。' }),
    );
    renderInPane(<LedgerView host={host} onChanged={jest.fn()} />);
    await clickAndSettle(screen.getByRole('button', { name: '升级台账' }));
    expect(screen.getByText('台账已是最新结构，无需升级。')).toBeTruthy();
    await clickAndSettle(screen.getByRole('button', { name: '新建空白台账' }));
    expect(screen.getByRole('alert').textContent).toContain('新建台账需要空白工作簿');
  });

  test('when the workbook is not a ledger, the view says why', () => {
    renderInPane(
      <LedgerView
        host={fakeHost()}
        notLedger={{ kind: 'notLedger', message: '工作簿中没有「设置」工作表。' }}
        onChanged={jest.fn()}
      />,
    );
    expect(screen.getByText('工作簿中没有「设置」工作表。')).toBeTruthy();
  });
});
