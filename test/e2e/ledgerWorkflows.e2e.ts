/**
 * 分发, 汇总 and 交接 in the browser preview, end to end in headless Chromium: the sample ledger
 * opened from a file; 分发 downloads one .zip holding a workbook per unit; a unit's copy made by
 * `lianyi split` and filled in by its secretary is previewed, merged, and then in 下载更新后的台账;
 * a leader's handover writes the 交接单 into the downloaded ledger. No request leaves the page's
 * origin. Run with `npx jest --selectProjects e2e --testPathPattern ledgerWorkflows`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { findSheet, type RawWorkbook } from '../../src/core/rawWorkbook';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { buildAddin, type HeadlessChromium, launchChromium, watchedPage } from '../support/headlessChromium';
import { dateOf, secretaryEdits } from '../support/secretary';
import { serveDirectory, type StaticServer } from '../support/staticServer';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..');
const TODAY = '2027-01-20';
/** office.js outside Office tries to frame its telemetry page; the CSP blocks it, so no request is made. */
const BLOCKED_BY_CSP =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;
const VISIT = '走访艺术学院创作基地，听取青年教师意见。';
const TALK = '个别谈心，交流展览筹备情况。';
let work: string;
let server: StaticServer;
let browser: HeadlessChromium;
let page: Page;
let splitFiles: string[] = [];
const outside: string[] = [];
const pageErrors: string[] = [];

const lianyi = (args: readonly string[]) =>
  promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'lianyi.js'), ...args], { cwd: ROOT });
const panel = () => page.locator('[role=tabpanel]:not([hidden])');

async function cellsOf(bytes: Uint8Array): Promise<RawWorkbook> {
  const read = await readXlsxCells(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}
const textsOf = (workbook: RawWorkbook, sheet: string): string[] =>
  (findSheet(workbook, sheet)?.rows ?? []).flatMap((row) =>
    (row ?? []).flatMap((cell) => (cell?.kind === 'text' ? [cell.text] : [])),
  );
const bytesOf = async (download: Download) => new Uint8Array(await readFile(await download.path()));

/** Clicks a button that makes the page download a file, and hands over the download. */
async function downloadBy(name: string | RegExp): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return download;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'lianyi-e2e-workflows-'));
  await buildAddin(join(work, 'dist'), 'development');
  const ledger = join(work, '台账.xlsx');
  await lianyi(['init', ledger, '--sample']);
  // The unit's copy as the 统战部 mails it out, then as its secretary sends it back with two new contacts.
  await lianyi(['split', ledger, '--out-dir', join(work, '分发'), '--today', TODAY]);
  const copy = new Uint8Array(await readFile(join(work, '分发', '艺术学院.xlsx')));
  const filled = await secretaryEdits(copy, {
    联系记录: [
      {
        记录编号: 'C2027-901',
        结对编号: 'P18',
        联系日期: dateOf('2027-01-08'),
        联系形式: '实地走访',
        联系沟通情况: VISIT,
      },
      {
        记录编号: 'C2027-902',
        结对编号: 'P18',
        联系日期: dateOf('2027-01-15'),
        联系形式: '个别谈心',
        联系沟通情况: TALK,
      },
    ],
  });
  await writeFile(join(work, '艺术学院-交回.xlsx'), filled);
  splitFiles = await readdir(join(work, '分发'));
  server = await serveDirectory(join(work, 'dist'));
  browser = await launchChromium();
  page = await watchedPage(browser, server.origin, outside, pageErrors);
  await page.goto(`${server.origin}/taskpane.html?today=${TODAY}`);
  await page.getByLabel(/^台账文件/).setInputFiles(ledger);
  await page.getByRole('tab', { name: '台账' }).click();
  await panel().getByRole('heading', { name: '分发' }).waitFor();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('分发, 汇总 and 交接 in the browser preview', () => {
  test('分发: one .zip holding a workbook per unit, the same units lianyi split writes', async () => {
    const download = await downloadBy('下载各单位台账（.zip）');
    expect(download.suggestedFilename()).toBe('分发-20270120.zip');
    const entries = unzipSync(await bytesOf(download));
    expect(Object.keys(entries).sort()).toEqual([...splitFiles].sort());
    for (const [name, bytes] of Object.entries(entries)) {
      const unit = name.replace(/\.xlsx$/, '');
      const cells = await cellsOf(bytes);
      expect(textsOf(cells, '单位')).toContain(unit);
    }
    expect(textsOf(await cellsOf(entries['艺术学院.xlsx'] as Uint8Array), '结对关系')).toContain('P18');
    await panel()
      .getByText(/已下载「分发-20270120.zip」/)
      .waitFor();
    await page.screenshot({ path: '/tmp/lianyi-pane-distribute.png', fullPage: true });
  });

  test('汇总 of the returned copy: previewed, merged as unsaved changes, then in 下载更新后的台账', async () => {
    await panel()
      .getByLabel(/^交回的文件/)
      .setInputFiles(join(work, '艺术学院-交回.xlsx'));
    await panel().getByText('已选择：艺术学院-交回.xlsx').waitFor();
    await panel().getByRole('button', { name: '预览汇总' }).click();
    const preview = panel().getByRole('table', { name: '汇总预览' });
    await preview.waitFor();
    // The unit's copy brings back its own rows too: those are skipped, only the secretary's two are new.
    // Skipped: 何静, 梁静 and 宋雨, P18, and P18's four contacts (C2026-010, C2026-018, its 中秋 visit
    // C2026-025, the planned 春节 visit C2027-001).
    expect(await preview.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '艺术学院-交回.xlsx（艺术学院的分发件）',
      '2',
      '8',
      '0',
      '0',
    ]);
    await panel()
      .getByText(/^艺术学院-交回.xlsx：新增 「联系记录」2 行；跳过 /)
      .waitFor();
    await page.screenshot({ path: '/tmp/lianyi-pane-merge-preview.png', fullPage: true });
    await panel().getByRole('button', { name: '汇总到台账' }).click();
    await panel()
      .getByText(/已汇总：新增 2 行/)
      .waitFor();
    await page.getByTestId('unsaved-status').filter({ hasText: '有 2 处未保存的更改' }).waitFor();

    const download = await downloadBy('下载更新后的台账');
    expect(download.suggestedFilename()).toBe('台账-更新-20270120.xlsx');
    const contacts = textsOf(await cellsOf(await bytesOf(download)), '联系记录');
    expect(contacts).toEqual(expect.arrayContaining(['C2027-901', VISIT, 'C2027-902', TALK]));
  });

  test('交接: a leader’s pairings previewed with successors of their level; the 交接单 is in the downloaded ledger', async () => {
    await panel().getByRole('combobox', { name: '离任干部' }).selectOption({ label: '冯涛（国际商学院，院级，L14）' });
    await panel()
      .getByLabel(/^交接日期/)
      .fill(TODAY);
    await panel().getByRole('button', { name: '预览交接' }).click();
    const p15 = panel().getByRole('combobox', { name: /^P15 .*的接任干部/ });
    await p15.waitFor();
    const offered = await p15.getByRole('option').allTextContents();
    expect(offered.some((option) => option.includes('王建国'))).toBe(false); // 校级, not for a 院级 pairing
    await p15.selectOption({ label: '周晓梅（英语语言文化学院，L11）' });
    await panel()
      .getByRole('combobox', { name: /^P16 .*的接任干部/ })
      .selectOption({ label: '不接续，只结束结对' });
    await page.screenshot({ path: '/tmp/lianyi-pane-handover.png', fullPage: true });
    await panel().getByRole('button', { name: '办理交接' }).click();
    await panel()
      .getByText(/已生成交接单「交接单-冯涛」/)
      .waitFor();

    const updated = await cellsOf(await bytesOf(await downloadBy('下载更新后的台账')));
    expect(updated.sheets.map((sheet) => sheet.name)).toContain('交接单-冯涛');
    expect(textsOf(updated, '交接单-冯涛').join('')).toContain('冯涛');
    expect(textsOf(updated, '结对关系').join('')).toContain('冯涛同志离任，由周晓梅同志接续联系');
    // The merged contacts are still there: the download holds every change made in the page.
    expect(textsOf(updated, '联系记录')).toContain(VISIT);
  });

  test('no request left the local origin, and the page reported no error', () => {
    expect(outside).toEqual([]);
    expect(pageErrors.filter((message) => !BLOCKED_BY_CSP.test(message))).toEqual([]);
  });
});
