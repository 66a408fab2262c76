/** lianyi check: the semester's check as a terminal summary or JSON, and optionally a report workbook. */
import { dirname, relative } from 'node:path';
import { checkLedger } from '../app/checkLedger';
import { checkPassed } from '../core/check/checkResult';
import type { Command } from './args';
import { checkSummaryText } from './checkSummary';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { jsonPieces, writeInRuns } from './jsonText';
import { addedSheetsBytes, located, openWorkbook } from './openWorkbook';

/** Runs the check use case on the file's cells in memory; the report, when asked, goes to a new file. */
export async function checkCommand(command: Extract<Command, { name: 'check' }>, io: CliIo): Promise<ExitCode> {
  if (command.report !== undefined) {
    const refused = await refuseExisting(command.report, command.force, [command.file]);
    if (!refused.ok) return fail(io, refused.error.message);
  }
  const workbook = await openWorkbook(command.file);
  if (!workbook.ok) return fail(io, workbook.error.message);
  // Links in the report open the ledger beside it: its path as seen from the report's folder.
  const ledgerFile = command.report === undefined ? undefined : relative(dirname(command.report), command.file);
  const checked = await checkLedger(workbook.value, cliEnv(io, command.today, ledgerFile), {
    semesterId: command.semester,
    report: command.report !== undefined,
  });
  if (!checked.ok) return fail(io, located(command.file, checked.error).message);
  const result = checked.value;
  if (command.report !== undefined) {
    const written = await writeOutputFile(command.report, await addedSheetsBytes(workbook.value), command.force);
    if (!written.ok) return fail(io, written.error.message);
  }
  if (command.json) {
    // In pieces: the JSON of a huge ledger's check is longer than a string can be.
    writeInRuns(jsonPieces(result), io.stdout);
    io.stdout('\n');
  } else io.stdout(checkSummaryText(result));
  if (command.report !== undefined && !command.json) io.stdout(`检查报告已写入：${command.report}\n`);
  return checkPassed(result) ? EXIT.ok : EXIT.gaps;
}
