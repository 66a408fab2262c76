/** lianyi init: a new ledger file, blank or with the fictional sample. */
import { createLedger } from '../app/createLedger';
import { createMemoryWorkbook } from '../workbook/memory/memoryWorkbook';
import type { Command } from './args';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { addedSheetsBytes } from './openWorkbook';

/** Creates the ledger in an empty workbook in memory and writes it as a new file. */
export async function initCommand(command: Extract<Command, { name: 'init' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.file, command.force);
  if (!refused.ok) return fail(io, refused.error.message);
  const workbook = createMemoryWorkbook({ sheets: [], date1904: false });
  const created = await createLedger(workbook, cliEnv(io, command.today), { sample: command.sample });
  if (!created.ok) return fail(io, created.error.message);
  const written = await writeOutputFile(command.file, await addedSheetsBytes(workbook), command.force);
  if (!written.ok) return fail(io, written.error.message);
  io.stdout(`已创建${command.sample ? '示例' : ''}台账：${command.file}\n`);
  return EXIT.ok;
}
