/**
 * lianyi merge: 汇总 — the returned files read (a unit's copy or any ledger-shaped .xlsx, a form's
 * .csv), merged into the ledger's cells in memory (src/app/mergeReturns.ts), and NEW written as
 * the ledger's file plus the added rows by the package writer, so every part of the file the rows
 * do not touch is carried over byte for byte (SPEC §8). Exit 0 when every row was added or
 * skipped, 1 when a row conflicted or was rejected, 2 when an input cannot be used (nothing written).
 */
import { mergeReturns, type ReturnedFile } from '../app/mergeReturns';
import { failure, type Failure } from '../core/failures';
import type { Result } from '../core/result';
import { readReturnedFile } from '../workbook/files/readReturnedFile';
import { patchedXlsx } from '../workbook/xlsx/patchedXlsx';
import { nodeInflate } from './nodeInflate';
import type { Command } from './args';
import { readInputFile, refuseExisting, sameFile, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { mergeJson, mergeSummary } from './mergeSummary';
import { located, openWorkbookFile } from './openWorkbook';

/** A returned file read as cells: a .csv as a form's contacts, anything else as a workbook. */
async function readReturned(path: string): Promise<Result<ReturnedFile, Failure>> {
  const bytes = await readInputFile(path);
  return bytes.ok ? readReturnedFile(path, bytes.value, { inflate: nodeInflate }) : bytes;
}

/** Merges the returned files into a new copy of the ledger and reports each file's rows. */
export async function mergeCommand(command: Extract<Command, { name: 'merge' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.out, command.force, [command.file, ...command.returned]);
  if (!refused.ok) return fail(io, refused.error.message);
  for (const [index, path] of command.returned.entries())
    for (const earlier of command.returned.slice(0, index))
      if (await sameFile(path, earlier)) return fail(io, failure('returnedTwice', { path }).message);
  const opened = await openWorkbookFile(command.file);
  if (!opened.ok) return fail(io, opened.error.message);
  const returned: ReturnedFile[] = [];
  for (const path of command.returned) {
    const read = await readReturned(path);
    if (!read.ok) return fail(io, read.error.message);
    returned.push(read.value);
  }
  const { workbook, bytes } = opened.value;
  const merged = await mergeReturns(workbook, cliEnv(io, command.today), returned, command.file);
  if (!merged.ok) return fail(io, located(command.file, merged.error).message);
  const changes = workbook.changes();
  let output = bytes;
  if (changes.length > 0) {
    const patched = await patchedXlsx(bytes, changes);
    if (!patched.ok) return fail(io, `${command.file}：${patched.error.message}`);
    output = patched.value;
  }
  const written = await writeOutputFile(command.out, output, command.force);
  if (!written.ok) return fail(io, written.error.message);
  const outcome = merged.value;
  io.stdout(command.json ? mergeJson(outcome) : mergeSummary(outcome, command.out));
  return outcome.conflicts.length > 0 || outcome.rejected.length > 0 ? EXIT.gaps : EXIT.ok;
}
