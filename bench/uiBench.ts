/**
 * The task pane's part of `npm run bench`: a production build of the add-in, the gzip size of the
 * JavaScript Excel loads for the pane (against its budget), and the time to first render of
 * taskpane.html in headless Chromium. Writes the figures to bench-out/ui-bench.json.
 * Exits 1 only when it cannot measure; a missed budget is reported.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAddin, chromiumMissing } from '../test/support/headlessChromium';
import { serveDirectory } from '../test/support/staticServer';
import { firstRender } from './firstRender';
import { formatMs } from './report';
import { taskpaneBundle } from './taskpaneBundle';

const ROOT = resolve(__dirname, '..', '..');
const BUDGET_GZIP = 400 * 1024;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lianyi-ui-bench-'));
  try {
    const dist = join(work, 'dist');
    const statsFile = join(work, 'stats.json');
    const started = performance.now();
    await buildAddin(dist, 'production', statsFile);
    console.log(`\n任务窗格 task pane — production build in ${formatMs(performance.now() - started)}`);

    const bundle = await taskpaneBundle(dist, statsFile);
    const gzip = bundle.files.reduce((sum, file) => sum + file.gzip, 0);
    for (const file of bundle.files) console.log(`  ${file.file}: ${kb(file.bytes)}, gzip ${kb(file.gzip)}`);
    console.log(
      `  loaded inside Excel: gzip ${kb(gzip)} of the ${kb(BUDGET_GZIP)} budget — ${gzip <= BUDGET_GZIP ? 'met' : 'MISSED'}`,
    );
    console.log(`  not counted: office.js, and the browser preview's lazy chunks (${bundle.excluded.join(', ')})`);

    const missing = chromiumMissing();
    let render;
    if (missing) console.log(`  first render: skipped (${missing})`);
    else {
      const server = await serveDirectory(dist);
      try {
        render = await firstRender(`${server.origin}/taskpane.html`, 7, 2);
      } finally {
        await server.close();
      }
      console.log(
        `  first render (navigation start → pane on screen, headless Chromium, 350 px): ${formatMs(render.median)} median, ${formatMs(render.best)} best of ${render.runs.length}`,
      );
    }
    const out = join(ROOT, 'bench-out');
    await mkdir(out, { recursive: true });
    const json = {
      date: new Date().toISOString(),
      budgetGzipBytes: BUDGET_GZIP,
      gzipBytes: gzip,
      met: gzip <= BUDGET_GZIP,
      files: bundle.files,
      excluded: bundle.excluded,
      firstRenderMs: render,
    };
    await writeFile(join(out, 'ui-bench.json'), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`  figures written to ${join(out, 'ui-bench.json')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
