import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { CheckView } from '../../../src/taskpane/components/CheckView';
import { ProblemsExport } from '../../../src/taskpane/components/ProblemsExport';
import { PreviewStart, openProgressText } from '../../../src/taskpane/components/PreviewStart';
import {
  memoryPreferences,
  type Preferences,
  PreferencesProvider,
  storagePreferences,
} from '../../../src/taskpane/preferences';
import { clickAndSettle, fakeHost, sampleCheck, sampleOverview } from './fakeHost';

const framed = (element: ReactElement, preferences: Preferences) => (
  <FluentProvider theme={webLightTheme}>
    <PreferencesProvider value={preferences}>{element}</PreferencesProvider>
  </FluentProvider>
);
const inPane = (element: ReactElement, preferences: Preferences = memoryPreferences()) =>
  render(framed(element, preferences));

describe('检查 for one’s own unit', () => {
  test('the unit chosen narrows the lists and the figures, and is there again next time', async () => {
    const preferences = memoryPreferences();
    const first = inPane(<CheckView host={fakeHost()} overview={sampleOverview} />, preferences);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect(within(screen.getByRole('region', { name: '各单位' })).getAllByRole('row')).toHaveLength(6);
    fireEvent.change(screen.getByRole('combobox', { name: '单位' }), { target: { value: '艺术学院' } });
    expect(screen.getByText(/下列数字只计「艺术学院」/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: '尚未完成联系的结对' })).toBeNull();
    expect(within(screen.getByRole('region', { name: '未结对的在职党外代表人士' })).getByText(/宋雨/)).toBeTruthy();
    first.unmount();

    inPane(<CheckView host={fakeHost()} overview={sampleOverview} />, preferences);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '单位' }).value).toBe('艺术学院');
  });

  test('a unit remembered from another ledger is not applied', async () => {
    const preferences = memoryPreferences();
    preferences.set('unit', '别的学校的学院');
    inPane(<CheckView host={fakeHost()} overview={sampleOverview} />, preferences);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '单位' }).value).toBe('');
    expect(screen.getByRole('region', { name: '尚未完成联系的结对' })).toBeTruthy();
  });

  test('the result is marked out of date once the ledger changed, and a new run clears the mark', async () => {
    const host = fakeHost();
    const preferences = memoryPreferences();
    const view = inPane(<CheckView host={host} overview={sampleOverview} />, preferences);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    expect(screen.queryByTestId('check-stale')).toBeNull();
    // The pane reads the ledger again after 填报: a new overview.
    view.rerender(framed(<CheckView host={host} overview={{ ...sampleOverview }} />, preferences));
    expect(screen.getByTestId('check-stale').textContent).toContain('台账在这次检查之后有改动');
    await clickAndSettle(within(screen.getByTestId('check-stale')).getByRole('button', { name: '重新检查' }));
    expect(screen.queryByTestId('check-stale')).toBeNull();
    expect(host.check).toHaveBeenCalledTimes(2);
  });

  test('an empty ledger: nothing to check yet, not a green 均已符合', async () => {
    const host = fakeHost();
    const sample = sampleCheck();
    host.check.mockResolvedValueOnce({
      ok: true,
      value: {
        ...sample,
        summary: {
          figuresInService: 0,
          figuresCovered: 0,
          pairingsDue: 0,
          pairingsMet: 0,
          pairingsPending: 0,
          pairingsMissed: 0,
        },
        pairings: [],
        uncoveredFigures: [],
        schoolLeaders: [],
        overdueFollowUps: [],
        festivals: [],
        problems: [],
      },
    });
    inPane(<CheckView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '运行检查' }));
    const verdict = screen.getByTestId('check-verdict');
    expect(verdict.textContent).toContain('暂无可检查的内容');
    expect(verdict.textContent).not.toContain('均已符合');
  });

  test('the data problems alone are saved as CSV', () => {
    const save = jest.fn<void, [string, Uint8Array]>();
    const result = sampleCheck();
    inPane(<ProblemsExport result={result} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: `导出数据问题（CSV，${result.problems.length} 条）` }));
    const [name, bytes] = save.mock.calls[0] ?? [];
    expect(name).toBe('数据问题-2026-2027-1.csv');
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')).toHaveLength(result.problems.length + 2);
  });
});

describe('the preview’s first screen', () => {
  test('a file dropped on it is opened; while it opens a progress line says how far', async () => {
    const onOpen = jest.fn();
    const view = inPane(<PreviewStart busy={false} error={undefined} onOpen={onOpen} onTrySample={jest.fn()} />);
    const file = new File([new Uint8Array([0x50, 0x4b])], '台账.xlsx');
    await act(async () => {
      fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file], types: ['Files'] } });
    });
    expect(onOpen).toHaveBeenCalledWith(file);
    view.rerender(
      framed(
        <PreviewStart
          busy
          progress={{ stage: 'sheet', done: 7, total: 12, sheet: '联系记录' }}
          error={undefined}
          onOpen={onOpen}
          onTrySample={jest.fn()}
        />,
        memoryPreferences(),
      ),
    );
    expect(screen.getByTestId('open-progress').textContent).toContain('正在读取工作表 8 / 12：联系记录…');
    expect(openProgressText({ stage: 'file', bytes: 3 * 1024 * 1024 })).toBe('正在读取文件（3.0 MB）…');
  });
});

describe('what the pane remembers', () => {
  test('kept in storage under its prefix; where storage refuses, for the session only', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    } as Storage;
    storagePreferences(storage, 'partition-1lianyi.').set('unit', '艺术学院');
    expect([...stored]).toEqual([['partition-1lianyi.unit', '艺术学院']]);
    expect(storagePreferences(storage, 'partition-1lianyi.').get('unit')).toBe('艺术学院');
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const session = storagePreferences(refusing, 'lianyi.');
    session.set('filedBy', '王秘书');
    expect(session.get('filedBy')).toBe('王秘书');
  });
});
