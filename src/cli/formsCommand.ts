/** lianyi forms: the 登记表 of a semester's pairings, one sheet each, in a new workbook. */
import { renderFormSheets } from '../app/renderFormSheets';
import type { Command } from './args';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { addedSheetsBytes, located, openWorkbook } from './openWorkbook';

/** Runs the forms use case on the file's cells in memory and writes the forms to a new file. */
export async function formsCommand(command: Extract<Command, { name: 'forms' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.out, command.force, [command.file]);
  if (!refused.ok) return fail(io, refused.error.message);
  const workbook = await openWorkbook(command.file);
  if (!workbook.ok) return fail(io, workbook.error.message);
  const request = {
    semesterId: command.semester,
    unit: command.unit,
    pairings: command.pairingIds ?? ('all' as const),
  };
  const rendered = await renderFormSheets(
    workbook.value,
    cliEnv(io, command.today),
    request,
    () => undefined,
    new AbortController().signal,
  );
  if (!rendered.ok) return fail(io, located(command.file, rendered.error).message);
  const written = await writeOutputFile(command.out, await addedSheetsBytes(workbook.value), command.force);
  if (!written.ok) return fail(io, written.error.message);
  io.stdout(`已生成 ${rendered.value.sheetNames.length} 份登记表（${rendered.value.semesterName}）：${command.out}\n`);
  return EXIT.ok;
}
