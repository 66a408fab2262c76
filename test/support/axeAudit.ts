/**
 * axe-core (Deque's accessibility engine) run on a page in headless Chromium: the violations of
 * WCAG 2.1 A/AA and axe's best practices (heading order, landmarks, …), minus those documented
 * below as Fluent UI's own false positives. The engine is put into the page through the DevTools
 * protocol (page.evaluate), which the page's Content-Security-Policy does not govern: the add-in's
 * files stay as shipped.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** One violation as the tests print it: the rule, what axe says, and where. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Fluent UI's false positives, each with why it is not a defect; matched on the element's HTML.
 * Add an entry only with the reason, the Fluent part and the axe rule, never to hide a real problem.
 */
export const FLUENT_FALSE_POSITIVES: ReadonlyArray<{
  readonly rule: string;
  readonly html: RegExp;
  readonly why: string;
}> = [
  {
    rule: 'aria-hidden-focus',
    html: /^<i [^>]*\bdata-tabster-dummy\b/,
    why:
      'Tabster (Fluent UI v9’s focus manager, here for TabList’s arrow keys) puts an empty <i tabindex="0" ' +
      'aria-hidden="true" data-tabster-dummy> at each end of a focus group; when one receives the focus, Tabster ' +
      'moves it on to the proper element at once, and aria-hidden keeps screen readers from announcing it. Fluent ' +
      'closed the report as by design (microsoft/fluentui#25133, #27517; microsoft/tabster#288), and Microsoft’s ' +
      'Accessibility Insights suppresses the same result (microsoft/accessibility-insights-web#7605).',
  },
];

let source: string | undefined;

/** Runs axe on the page as it is now; resolves with the violations not documented as false positives. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  source ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(source);
  // A result just shown may still be fading in (Fluent's enter motions): its text, half transparent, would
  // fail color-contrast though the user reads it in full a moment later. Audit the page once the finite
  // animations have ended (a spinner's never does, and is not waited for).
  await page.evaluate(`
    Promise.all(
      document.getAnimations()
        .filter((animation) => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    )
  `);
  const violations = (await page.evaluate(`
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((node) => ({ target: node.target.join(' '), html: node.html })),
      })))
  `)) as Array<Omit<AxeViolation, 'targets'> & { nodes: Array<{ target: string; html: string }> }>;
  return violations
    .map(({ nodes, ...violation }) => ({
      ...violation,
      targets: nodes
        .filter(
          (node) => !FLUENT_FALSE_POSITIVES.some((known) => known.rule === violation.id && known.html.test(node.html)),
        )
        .map((node) => node.target),
    }))
    .filter((violation) => violation.targets.length > 0);
}
