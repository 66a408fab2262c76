/**
 * The child the bench times for the writer: `node appendChild.js LEDGER N OUT` appends N contacts
 * to LEDGER through the lossless writer and writes OUT, then prints how long the read, append and
 * write took (ms, JSON on stdout). Run as its own process so its peak memory is its own.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { appendContacts } from './appendContacts';
import { BENCH_TODAY } from './generateLedger';

async function main(): Promise<void> {
  const [file, count, out] = process.argv.slice(2);
  if (!file || !count || !out) throw new Error('usage: appendChild.js LEDGER N OUT');
  const bytes = new Uint8Array(await readFile(file));
  const started = performance.now();
  const patched = await appendContacts(bytes, Number(count), BENCH_TODAY);
  const ms = performance.now() - started;
  await writeFile(out, patched);
  process.stdout.write(`${JSON.stringify({ ms, inBytes: bytes.length, outBytes: patched.length })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
