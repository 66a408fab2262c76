import { checkPassed } from '../core/check/checkResult';
import { runCheck } from '../core/check/runCheck';
import { coverageReport } from '../core/report/coverageReport';
import { sheetSpecsXlsxBytes } from '../workbook/xlsx/writeSheetSpec';
import { dirname, relative } from 'node:path';
import type { Command } from './args';
import { checkSummaryText } from './checkSummary';
import { refuseExisting, writeOutputFile } from './files';
import { type CliIo, EXIT, type ExitCode, fail } from './io';
import { loadLedger } from './loadLedger';

/** lianyi check: the semester's check as a terminal summary or JSON, and optionally a report workbook. */
export async function checkCommand(command: Extract<Command, { name: 'check' }>, io: CliIo): Promise<ExitCode> {
  if (command.report !== undefined) {
    const refused = await refuseExisting(command.report, command.force);
    if (!refused.ok) return fail(io, refused.error);
  }
  const read = await loadLedger(command.file);
  if (!read.ok) return fail(io, read.error);
  const { ledger, problems } = read.value;
  const checked = runCheck(ledger, problems, { semesterId: command.semester, today: command.today ?? io.today() });
  if (!checked.ok) return fail(io, checked.error);
  const result = checked.value;

  if (command.report !== undefined) {
    // Links in the report open the ledger beside it: its path as seen from the report's folder.
    const ledgerFile = relative(dirname(command.report), command.file);
    const report = await sheetSpecsXlsxBytes([coverageReport(result, { checkedAt: io.now(), ledgerFile })]);
    const written = await writeOutputFile(command.report, report, command.force);
    if (!written.ok) return fail(io, written.error);
  }
  io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : checkSummaryText(result));
  if (command.report !== undefined && !command.json) io.stdout(`检查报告已写入：${command.report}\n`);
  return checkPassed(result) ? EXIT.ok : EXIT.gaps;
}
