import {
  detectEnvironment,
  initialViewFrom,
  isDarkColour,
  officeHostPossible,
  type PageSigns,
  previewToday,
} from '../../../src/taskpane/boot/environment';

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

  const signs = (overrides: Partial<PageSigns> = {}): PageSigns => ({
    protocol: 'https:',
    search: '',
    hash: '',
    name: '',
    framed: false,
    sessionHostInfo: null,
    bridge: false,
    ...overrides,
  });

  test('an Office host is only waited for where one may be: never from disk, else by the marks Office leaves', () => {
    expect(officeHostPossible(signs({ protocol: 'file:', search: '?_host_Info=Excel$Win32$16.01$zh-CN' }))).toBe(false);
    expect(officeHostPossible(signs())).toBe(false);
    expect(officeHostPossible(signs({ search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' }))).toBe(true);
    expect(officeHostPossible(signs({ search: '?et=&_host_Info=Excel|Web|16.00|zh-CN' }))).toBe(true);
    expect(officeHostPossible(signs({ sessionHostInfo: 'Excel$Mac$16.01$zh-CN' }))).toBe(true);
    expect(officeHostPossible(signs({ name: '{"hostInfo":"Excel|Web"}' }))).toBe(true);
    expect(officeHostPossible(signs({ framed: true }))).toBe(true);
    expect(officeHostPossible(signs({ bridge: true }))).toBe(true);
  });

  test('without office.js, or outside Office, the pane is the browser preview; Excel’s pane waits for Office.onReady', async () => {
    const excel = signs({ search: '?_host_Info=Excel$Win32$16.01$zh-CN' });
    expect(await detectEnvironment(10_000, excel)).toEqual({ inExcel: false, dark: false });
    const office = { onReady: async () => ({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
    Object.assign(globalThis, { Office: office });
    try {
      expect(await detectEnvironment(10_000, excel)).toEqual({ inExcel: false, dark: false });
      Object.assign(office, {
        onReady: async () => ({ host: 'Excel' }),
        context: { officeTheme: { bodyBackgroundColor: '#1f1f1f' } },
      });
      expect(await detectEnvironment(10_000, excel)).toEqual({ inExcel: true, dark: true });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  test('opened from disk, the pane does not wait for an Office.onReady that never answers', async () => {
    const never = { onReady: () => new Promise(() => undefined), HostType: { Excel: 'Excel' } };
    Object.assign(globalThis, { Office: never });
    try {
      const started = Date.now();
      expect(await detectEnvironment(10_000, signs({ protocol: 'file:' }))).toEqual({ inExcel: false, dark: false });
      expect(Date.now() - started).toBeLessThan(100);
      // In this page (jsdom: http, not framed, no host info) there is no Office host to wait for either.
      expect(await detectEnvironment()).toEqual({ inExcel: false, dark: false });
      expect(Date.now() - started).toBeLessThan(200);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
