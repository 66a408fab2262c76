import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium package; playwright-core never downloads a browser of its own here. */
export const CHROMIUM = process.env.LIANYI_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/**
 * The project's folder (where webpack.config.js is), wherever this file was compiled to. Found from
 * this file, not from webpack's: in a git worktree node_modules may be a link to another checkout.
 */
function projectRoot(from: string): string {
  const up = dirname(from);
  if (existsSync(join(from, 'webpack.config.js')) || up === from) return from;
  return projectRoot(up);
}
const ROOT = projectRoot(__dirname);
const WEBPACK = require.resolve('webpack/bin/webpack.js', { paths: [ROOT] });

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `找不到 ${CHROMIUM}：请先安装 Debian 的 chromium 软件包（apt-get update && apt-get install -y chromium）。`;
}

export interface HeadlessChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (its own --user-data-dir, removed on close) and a pane-sized window. */
export async function launchChromium(
  viewport = { width: 350, height: 900 },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<HeadlessChromium> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const profile = await mkdtemp(join(tmpdir(), 'lianyi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    colorScheme,
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the add-in's static files with the project's webpack config into `outDir` (and its stats as JSON when asked). */
export async function buildAddin(
  outDir: string,
  mode: 'development' | 'production',
  statsFile?: string,
): Promise<void> {
  const args = [WEBPACK, '--mode', mode, '--env', `outDir=${outDir}`, ...(statsFile ? [`--json=${statsFile}`] : [])];
  await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * A new page that records each request leaving `origin` (data: and blob: URLs stay on the page) in
 * `outside`, and each uncaught error or console error in `pageErrors`: the pane sends nothing anywhere.
 */
export async function watchedPage(
  on: HeadlessChromium,
  origin: string,
  outside: string[],
  pageErrors: string[],
): Promise<Page> {
  const page = await on.context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return page;
}

/**
 * Records, inside the page, when the pane's first meaningful element is on screen: the first
 * animation frame after `[data-testid="pane-ready"]` is in the document, in ms since navigation start.
 */
export const MARK_PANE_READY = `(() => {
  const mark = () => requestAnimationFrame(() => { window.__paneReadyMs = performance.now(); });
  const found = () => document.querySelector('[data-testid="pane-ready"]');
  const observer = new MutationObserver(() => { if (found()) { observer.disconnect(); mark(); } });
  observer.observe(document, { childList: true, subtree: true });
})();`;
