import { fireEvent, screen, within } from '@testing-library/react';
import { failure } from '../../../src/core/failures';
import { err } from '../../../src/core/result';
import { ReviewView } from '../../../src/taskpane/components/ReviewView';
import { clickAndSettle, fakeHost, renderInPane, sampleOverview } from './fakeHost';

describe('考核', () => {
  test('reviews the current semester’s year; each unit’s total, and on a click its indicators and shortfalls', async () => {
    const host = fakeHost();
    renderInPane(<ReviewView host={host} overview={sampleOverview} />);
    expect((screen.getByRole('combobox', { name: /学年/ }) as HTMLSelectElement).value).toBe('2026-2027');
    await clickAndSettle(screen.getByRole('button', { name: '开始考核' }));
    expect(host.review).toHaveBeenCalledWith({ year: '2026-2027' });
    expect(screen.getByText(/「年度考核」和「意见办理统计」已写入工作簿/)).toBeTruthy();

    const art = screen.getByRole('button', { name: /艺术学院\s*50\.0 分/ });
    expect(screen.getByRole('button', { name: /统战部\s*100\.0 分/ })).toBeTruthy();
    expect(screen.queryByRole('list', { name: '艺术学院扣分说明' })).toBeNull();
    fireEvent.click(art);
    const shortfalls = screen.getByRole('list', { name: '艺术学院扣分说明' });
    expect(
      within(shortfalls)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['F10 宋雨 未结对', '中秋节 P18 未走访']);
    expect(screen.getByRole('row', { name: /K1 党外代表人士结对全覆盖（50 分）\s*50\.0%\s*25\.0/ })).toBeTruthy();

    await clickAndSettle(screen.getByRole('button', { name: '打开「年度考核」' }));
    expect(host.selectCell).toHaveBeenCalledWith({ sheet: '年度考核', cell: 'A1' });
  });

  test('in the preview the sheets are a download of their own', async () => {
    const host = fakeHost('preview');
    renderInPane(<ReviewView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '开始考核' }));
    expect(screen.queryByRole('button', { name: '打开「年度考核」' })).toBeNull();
    expect(screen.getByText(/可下载考核表/)).toBeTruthy();
    await clickAndSettle(screen.getByRole('button', { name: '下载考核表' }));
    expect(host.download).toHaveBeenCalledWith('review');
  });

  test('a year the ledger cannot review says why in one line', async () => {
    const host = fakeHost();
    const refused = failure('reviewNotBegun', { year: '2026-2027', start: '2026-09-01', today: '2026-08-01' });
    host.review.mockResolvedValueOnce(err(refused));
    renderInPane(<ReviewView host={host} overview={sampleOverview} />);
    await clickAndSettle(screen.getByRole('button', { name: '开始考核' }));
    expect(screen.getByText(refused.message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /艺术学院/ })).toBeNull();
  });
});
