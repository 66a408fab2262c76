/**
 * What the task pane learns before it renders: whether it runs inside Excel, which theme to use,
 * and the view and day it starts on. Outside Office the answer comes at once: opened from disk
 * (file://) office.js cannot look its host up and `Office.onReady` would never answer.
 */
import { localDay } from '../../app/clock';
import { type LocalDate, parseIsoDate } from '../../core/localDate';
import type { PaneView } from '../components/LedgerPane';

/** Where the pane runs: inside Excel (Office.js answered for Excel) or a plain browser (the preview). */
export interface PaneEnvironment {
  readonly inExcel: boolean;
  readonly dark: boolean;
}

/** Office's theme colour is a CSS hex colour; a dark body means Excel's dark (or black) theme. */
export function isDarkColour(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match) return false;
  const [red, green, blue] = [match[1], match[2], match[3]].map((part) => parseInt(part ?? '0', 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5;
}

/** The browser's own preference, which the preview follows. */
export const prefersDark = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/** What of the page an Office host leaves its marks on (the parts of `window` office.js reads). */
export interface PageSigns {
  readonly protocol: string;
  readonly search: string;
  readonly hash: string;
  readonly name: string;
  readonly framed: boolean;
  readonly sessionHostInfo: string | null;
  /** A host's bridge object: window.external.GetHostInfo (Windows), agaveHost (Mac, iOS), a WebView2 or WKWebView. */
  readonly bridge: boolean;
}

/**
 * Whether an Office host may be behind this page, read the way office.js looks for its host: the
 * `_host_Info` of the URL (Excel on the web, Windows, Mac), the host's bridge object, the host info
 * kept in the window's name or session storage, or a frame (Excel on the web frames the pane).
 * A page opened from disk never has one: Office loads add-ins over https only.
 */
export function officeHostPossible(signs: PageSigns): boolean {
  if (signs.protocol === 'file:') return false;
  if (/[?&#]_host_Info=/i.test(`${signs.search}${signs.hash}`)) return true;
  if (signs.sessionHostInfo) return true;
  if (/"hostInfo"/.test(signs.name)) return true;
  return signs.framed || signs.bridge;
}

/** The signs of this page. Any property access may throw in a sandboxed frame: that counts as a frame. */
export function pageSigns(): PageSigns {
  const read = <T>(get: () => T, otherwise: T): T => {
    try {
      return get();
    } catch {
      return otherwise;
    }
  };
  const scope = window as unknown as {
    external?: { GetHostInfo?: unknown };
    agaveHost?: unknown;
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  return {
    protocol: window.location.protocol,
    search: window.location.search,
    hash: window.location.hash,
    name: read(() => window.name, ''),
    framed: read(() => window.parent !== window, true),
    sessionHostInfo: read(() => window.sessionStorage.getItem('hostInfoValue'), null),
    bridge: read(
      () =>
        typeof scope.external?.GetHostInfo === 'function' ||
        scope.agaveHost !== undefined ||
        scope.chrome?.webview !== undefined ||
        scope.webkit?.messageHandlers !== undefined,
      false,
    ),
  };
}

/**
 * Asks Office.js where the pane is. Without office.js, or with no sign of an Office host, the
 * pane is the preview at once; otherwise Office.onReady answers (its host is null outside Office),
 * and the wait is cut short after `waitMs` should it never answer.
 */
export async function detectEnvironment(waitMs = 10_000, signs: PageSigns = pageSigns()): Promise<PaneEnvironment> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function' || !officeHostPossible(signs))
    return { inExcel: false, dark: prefersDark() };
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs));
  const info = await Promise.race([Office.onReady().catch(() => undefined), timeout]);
  if (info?.host !== Office.HostType.Excel) return { inExcel: false, dark: prefersDark() };
  const theme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme;
  return { inExcel: true, dark: isDarkColour(theme?.bodyBackgroundColor) };
}

/** The view the pane opens on: `?view=forms` is the ribbon's 生成登记表 button. */
export function initialViewFrom(search: string): PaneView {
  const view = new URLSearchParams(search).get('view');
  return view === 'forms' || view === 'contact' || view === 'ledger' ? view : 'check';
}

/** The preview's day: `?today=YYYY-MM-DD` for demos and tests, else the browser's local date. */
export function previewToday(search: string, now: Date = new Date()): LocalDate {
  return parseIsoDate(new URLSearchParams(search).get('today') ?? '') ?? localDay(now);
}
