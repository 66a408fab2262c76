/** lianyi review: the year's 考核 as a terminal table or JSON, and optionally its two sheets in a new workbook. */
import { reviewLedger } from '../app/reviewLedger';
import type { ReviewResult } from '../core/review/reviewResult';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { jsonPieces, writeInRuns } from './jsonText';
import { addedSheetsBytes, located, openWorkbook } from './openWorkbook';
import type { ReviewCommand } from './reviewArgs';
import { reviewSummaryText } from './reviewSummary';

/** Full marks everywhere, and nothing wrong in the ledger or the indicators: exit 0; else 1. */
const allFull = (result: ReviewResult): boolean =>
  result.ledgerErrors === 0 &&
  result.problems.length === 0 &&
  result.units.every((unit) => unit.deductions.length === 0);

/** Runs the review use case on the file's cells in memory; the sheets, when asked, go to a new file. */
export async function reviewCommand(command: ReviewCommand, io: CliIo): Promise<ExitCode> {
  if (command.out !== undefined) {
    const refused = await refuseExisting(command.out, command.force, [command.file]);
    if (!refused.ok) return fail(io, refused.error.message);
  }
  const workbook = await openWorkbook(command.file);
  if (!workbook.ok) return fail(io, workbook.error.message);
  const reviewed = await reviewLedger(workbook.value, cliEnv(io, command.today), {
    year: command.year,
    sheets: command.out !== undefined,
  });
  if (!reviewed.ok) return fail(io, located(command.file, reviewed.error).message);
  const result = reviewed.value;
  if (command.out !== undefined) {
    const written = await writeOutputFile(command.out, await addedSheetsBytes(workbook.value), command.force);
    if (!written.ok) return fail(io, written.error.message);
  }
  if (command.json) {
    const { year, today, indicators, units, departments } = result;
    writeInRuns(jsonPieces({ year, today, indicators, units, departments }), io.stdout);
    io.stdout('\n');
  } else {
    io.stdout(reviewSummaryText(result));
    if (command.out !== undefined) io.stdout(`考核表已写入：${command.out}\n`);
  }
  return allFull(result) ? EXIT.ok : EXIT.gaps;
}
