/**
 * `npm run bench`: times the check on synthetic ledgers of 1k figures / 2k pairings / 20k contacts
 * and ten times that, in the core (readLedger, runCheck), end to end (`lianyi check` as a child
 * process) and in the browser preview's open-file step (headless Chromium), against the issue's
 * targets. Prints a table; writes the figures to bench-out/bench.json.
 *
 * Exits 1 when a `lianyi check` run fails (exit code other than 0 or 1); a missed target is only reported.
 * Options: --template-writer  write the big ledger with ledgerXlsxBytes too (slow: ~1 min, ~3.5 GB).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_SEMESTER, BENCH_TODAY } from './generateLedger';
import { chromiumMissing } from '../test/support/headlessChromium';
import { measureForms } from './measureForms';
import { measureOpenFile, openFileLines } from './measureOpenFile';
import { measureWriter } from './measureWriter';
import { measureRules, rulesLines } from './measureRules';
import { measureScale, type Scale, type ScaleResult } from './measureScale';
import { formatMs, judgeTargets, reportLines } from './report';
import { hasGc } from './timing';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench-out');

function scales(templateWriterForAll: boolean): Scale[] {
  return [
    {
      label: '300',
      size: { figures: 300, pairings: 600, contacts: 3_000 },
      writer: 'ledgerXlsxBytes',
      xlsxRuns: 5,
      cliRuns: 5,
    },
    {
      label: '1k',
      size: { figures: 1_000, pairings: 2_000, contacts: 20_000 },
      writer: 'ledgerXlsxBytes',
      xlsxRuns: 3,
      cliRuns: 3,
    },
    // The in-memory template writer needs ~1 min and ~3.5 GB for 200k rows; the streaming writer ~10 s.
    {
      label: '10k',
      size: { figures: 10_000, pairings: 20_000, contacts: 200_000 },
      writer: templateWriterForAll ? 'ledgerXlsxBytes' : 'exceljs stream',
      xlsxRuns: 1,
      cliRuns: 1,
    },
  ];
}

async function main(): Promise<void> {
  const started = performance.now();
  await mkdir(OUT, { recursive: true });
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: process.platform,
  };
  console.log(
    `联谊交友台账 bench — ${machine.cpus} CPU (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}; check ${BENCH_SEMESTER} as of ${BENCH_TODAY}`,
  );
  if (!hasGc()) console.log('  (run with node --expose-gc for a full GC before each timed run)');
  const loadBefore = loadavg()[0] ?? 0;
  if (loadBefore > machine.cpus / 2)
    console.log(
      `  note: load average is ${loadBefore.toFixed(2)} before starting; other work on the machine skews the timings`,
    );

  const results: ScaleResult[] = [];
  for (const scale of scales(process.argv.includes('--template-writer'))) {
    console.log(
      `${scale.label}: ${scale.size.figures} figures / ${scale.size.pairings} pairings / ${scale.size.contacts} contacts`,
    );
    results.push(await measureScale(scale, join(OUT, `ledger-${scale.label}.xlsx`), ROOT, (line) => console.log(line)));
  }

  console.log('  rules: festivals, group contacts and the 年度考核 on the 200k ledger …');
  const rules = await measureRules({ figures: 10_000, pairings: 20_000, contacts: 200_000 }, 5, (line) =>
    console.log(line),
  );
  const forms = await measureForms(join(OUT, 'ledger-1k.xlsx'), join(OUT, 'forms-500.xlsx'));
  console.log('  writer: 1,000 contacts appended to the 20k ledger …');
  const writer = await measureWriter(join(OUT, 'ledger-1k.xlsx'), 1_000, 3);
  const noChromium = chromiumMissing();
  const preview = noChromium
    ? undefined
    : await measureOpenFile(
        results.map((scale) => ({ label: `${scale.size.contacts} 联系`, size: scale.size.contacts, file: scale.file })),
        3,
        (line) => console.log(line),
      );

  const targets = judgeTargets(results);
  console.log('');
  for (const line of reportLines(results, targets)) console.log(line);
  console.log(
    `  无损写入 writer: ${writer.count} 条联系追加到 20k 台账（${writer.inMb.toFixed(1)} MB → ${writer.outMb.toFixed(1)} MB，读取 + 追加 + 写出）: ${formatMs(writer.time.median)} median, ${formatMs(writer.time.best)} best of ${writer.time.runs.length}; peak RSS ${Math.round(writer.maxRssMb)} MB`,
  );
  for (const line of rulesLines(rules)) console.log(line);
  for (const line of preview ? openFileLines(preview) : [`  preview open-file step: skipped (${noChromium})`])
    console.log(line);
  console.log(
    `  登记表 ${forms.forms} 份 forms: render (core) ${formatMs(forms.render.median)} median, write xlsx ${formatMs(forms.write.median)}, ${(forms.fileBytes / 1024 / 1024).toFixed(1)} MB`,
  );
  const load = { before: loadBefore, after: loadavg()[0] ?? 0 };
  const json = {
    date: new Date().toISOString(),
    machine,
    load,
    today: BENCH_TODAY,
    semester: BENCH_SEMESTER,
    timing: 'ms; best and median of the measured runs after warm-ups, full GC before each',
    targets,
    scales: results,
    forms,
    previewOpenFile: preview,
    writer,
    rules,
  };
  await writeFile(join(OUT, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  if (results.some((scale) => scale.cli.failures.length > 0)) process.exitCode = 1;
  console.log(
    `\n  figures written to ${join(OUT, 'bench.json')} (${Math.round((performance.now() - started) / 1000)} s in all; 1-min load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
