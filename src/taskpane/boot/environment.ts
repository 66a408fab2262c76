/**
 * What the task pane learns before it renders: whether it runs inside Excel, which theme to use,
 * and the view and day it starts on.
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

const prefersDark = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/**
 * Asks Office.js where the pane is. Outside Office, office.js still loads (from the add-in's own
 * files) and answers with no host; if it did not load at all, `Office` is undefined.
 */
export async function detectEnvironment(waitMs = 10_000): Promise<PaneEnvironment> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function')
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
