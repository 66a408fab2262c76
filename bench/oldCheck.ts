/**
 * `lianyi check FILE --json` as it ran before the product's own reader: the same use case and JSON,
 * with the workbook read through exceljs's object model (test/support/exceljsReader.ts). Run as a
 * child by the bench, beside the real command, so the two are measured in one run on one machine.
 */
import { readFile } from 'node:fs/promises';
import { checkLedger } from '../src/app/checkLedger';
import { createMemoryWorkbook } from '../src/workbook/memory/memoryWorkbook';
import type { LocalDate } from '../src/core/localDate';
import { readXlsxWithExceljs } from '../test/support/exceljsReader';

async function main(): Promise<void> {
  const [file, today, semesterId] = process.argv.slice(2) as [string, LocalDate, string];
  const read = await readXlsxWithExceljs(new Uint8Array(await readFile(file)));
  if (!read.ok) throw new Error(read.error.message);
  const env = { clock: { today: () => today, now: () => `${today} 00:00` }, inPane: false };
  const checked = await checkLedger(createMemoryWorkbook(read.value), env, { semesterId, report: false });
  if (!checked.ok) throw new Error(checked.error.message);
  process.stdout.write(`${JSON.stringify(checked.value, null, 2)}\n`);
  process.exitCode = checked.value.problems.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 3;
});
