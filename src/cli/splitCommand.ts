/**
 * lianyi split: 分发 — one new workbook per unit in the output folder, `{单位}.xlsx`, each built
 * from the ledger template with only what the unit keeps (src/app/splitLedger.ts). Every target is
 * checked before the first is written (an existing file is kept unless --force, the ledger itself
 * never), each is written through a temporary file, and when one fails the ones this run created
 * are removed again.
 */
import { join } from 'node:path';
import { splitLedger } from '../app/splitLedger';
import { failure } from '../core/failures';
import type { Place } from '../core/problems';
import type { Command } from './args';
import { outputFolder, refuseExisting, removeOutputFile, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { located, openWorkbook } from './openWorkbook';

const where = (place: Place): string => `「${place.sheet}」${place.cell || `第 ${place.row} 行`}`;

/** Writes the unit copies, then says what each holds. */
export async function splitCommand(command: Extract<Command, { name: 'split' }>, io: CliIo): Promise<ExitCode> {
  const workbook = await openWorkbook(command.file);
  if (!workbook.ok) return fail(io, workbook.error.message);
  const split = await splitLedger(workbook.value, cliEnv(io, command.today), { units: command.units });
  if (!split.ok) return fail(io, located(command.file, split.error).message);
  const { copies, empty, undistributed, hidden } = split.value;
  if (copies.length === 0) return fail(io, failure('nothingToSplit', {}).message);
  const folder = await outputFolder(command.outDir);
  if (!folder.ok) return fail(io, folder.error.message);
  const targets = copies.map((copy) => join(command.outDir, copy.fileName));
  for (const target of targets) {
    const refused = await refuseExisting(target, command.force, [command.file]);
    if (!refused.ok) return fail(io, refused.error.message);
  }
  const { newWorkbookBytes } = await import('../workbook/xlsx/newWorkbook');
  const written: string[] = [];
  for (const [index, copy] of copies.entries()) {
    const target = targets[index] as string;
    const result = await writeOutputFile(target, await newWorkbookBytes(copy.sheets), command.force);
    if (!result.ok) {
      // With --force an earlier file may have been replaced; without it every file written is new.
      if (!command.force) for (const done of written) await removeOutputFile(done);
      return fail(io, result.error.message);
    }
    written.push(target);
  }
  const lines = copies.map(
    ({ fileName, counts }) =>
      `  ${fileName}：结对 ${counts.pairings} 个，领导干部 ${counts.leaders} 人，党外代表人士 ${counts.figures} 人，联系记录 ${counts.contacts} 条，意见办理 ${counts.followUps} 项`,
  );
  io.stdout(`已分发 ${copies.length} 个单位的台账，写入「${command.outDir}」：\n${lines.join('\n')}\n`);
  if (hidden.length > 0) io.stdout(`各单位台账中「党外代表人士」的 ${hidden.join('、')} 列已留空。\n`);
  if (empty.length > 0) io.stdout(`没有结对和人员的单位，未生成：${empty.join('、')}\n`);
  if (undistributed.length > 0)
    io.stdout(
      `以下行找不到所属单位，没有分发（请改正结对编号、姓名或所属单位后重新分发）：${undistributed.map(where).join('、')}\n`,
    );
  return EXIT.ok;
}
