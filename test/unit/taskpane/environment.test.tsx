import { detectEnvironment, initialViewFrom, isDarkColour, previewToday } from '../../../src/taskpane/boot/environment';

describe('where the pane runs', () => {
  test('?view= picks the first view; anything else opens 检查', () => {
    expect(initialViewFrom('?view=forms')).toBe('forms');
    expect(initialViewFrom('?view=ledger&x=1')).toBe('ledger');
    expect(initialViewFrom('')).toBe('check');
    expect(initialViewFrom('?view=nonsense')).toBe('check');
  });

  test('the preview’s today: ?today= when it is a real date, else the browser’s local date', () => {
    const now = new Date(2026, 10, 23, 23, 59);
    expect(previewToday('?today=2027-01-20', now)).toBe('2027-01-20');
    expect(previewToday('?today=2027-02-30', now)).toBe('2026-11-23');
    expect(previewToday('', now)).toBe('2026-11-23');
  });

  test('Excel’s dark themes are told by the body colour', () => {
    expect(isDarkColour('#262626')).toBe(true);
    expect(isDarkColour('#000000')).toBe(true);
    expect(isDarkColour('#FFFFFF')).toBe(false);
    expect(isDarkColour('#e6e6e6')).toBe(false);
    expect(isDarkColour(undefined)).toBe(false);
  });

  test('without office.js, or outside Office, the pane is the browser preview', async () => {
    expect(await detectEnvironment()).toEqual({ inExcel: false, dark: false });
    const office = { onReady: async () => ({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
    Object.assign(globalThis, { Office: office });
    try {
      expect(await detectEnvironment()).toEqual({ inExcel: false, dark: false });
      Object.assign(office, {
        onReady: async () => ({ host: 'Excel' }),
        context: { officeTheme: { bodyBackgroundColor: '#1f1f1f' } },
      });
      expect(await detectEnvironment()).toEqual({ inExcel: true, dark: true });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
