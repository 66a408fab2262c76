import { launchChromium, MARK_PANE_READY } from '../test/support/headlessChromium';
import { summarise, type Timing } from './timing';

/** Time to first render of taskpane.html in headless Chromium, over fresh page loads (cache off on the server). */
export async function firstRender(url: string, runs: number, warmups: number): Promise<Timing> {
  const browser = await launchChromium();
  try {
    await browser.context.addInitScript({ content: MARK_PANE_READY });
    const times: number[] = [];
    for (let index = 0; index < warmups + runs; index++) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction('typeof window.__paneReadyMs === "number"', undefined, { timeout: 30_000 });
      const ms = (await page.evaluate('window.__paneReadyMs')) as number;
      await page.close();
      if (index >= warmups) times.push(ms);
    }
    return summarise(times, warmups);
  } finally {
    await browser.close();
  }
}
