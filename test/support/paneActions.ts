/** What the end-to-end tests do in the task pane as a user does it, written once for every suite. */
import type { Locator, Page } from 'playwright-core';

/** The tab panel on screen (the others are hidden). */
export const visiblePanel = (page: Page): Locator => page.locator('[role=tabpanel]:not([hidden])');

/**
 * Fills in and submits one contact of the sample's 何静 — 梁静 on the 填报 tab: the pairing found by
 * typing, 实地走访, the summary, and 填报人 when given.
 */
export async function submitSampleContact(page: Page, summary: string, filedBy?: string): Promise<void> {
  await page.getByRole('tab', { name: '填报' }).click();
  const panel = visiblePanel(page);
  const combobox = panel.getByRole('combobox', { name: /^结对/ });
  await combobox.fill('');
  await combobox.pressSequentially('梁静');
  await page.getByRole('option', { name: /何静 — 梁静/ }).click();
  await panel.getByRole('combobox', { name: /^联系形式/ }).selectOption('实地走访');
  await panel.getByLabel(/^联系沟通情况/).fill(summary);
  if (filedBy !== undefined) await panel.getByLabel(/^填报人/).fill(filedBy);
  await panel.getByRole('button', { name: '提交联系记录' }).click();
}
