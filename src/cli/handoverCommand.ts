/**
 * lianyi handover: a leader or a figure leaves. The handover is made on the file's cells in memory,
 * then written as a new file by the package writer — the changed cells, the new 结对关系 rows and the
 * 交接单 sheet, everything else exactly as it was (SPEC §8). The terminal lists every cell it set
 * with what the cell held, so nothing changes unseen.
 */
import { type HandoverOutcome, handOver } from '../app/handover';
import { a1 } from '../core/address';
import type { Cell } from '../core/cell';
import { patchedXlsx } from '../workbook/xlsx/patchedXlsx';
import type { HandoverCommand } from './handoverArgs';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { located, openWorkbookFile } from './openWorkbook';

const shown = (cell: Cell): string =>
  cell.kind === 'date' ? cell.date : cell.kind === 'text' ? cell.text : cell.kind === 'empty' ? '' : String(cell);

/** What the handover did, in lines for the terminal. */
function report(outcome: HandoverOutcome, out: string): string {
  const { leaving, on, reason } = outcome;
  const who = `${leaving.kind === 'leader' ? '干部' : '人士'} ${leaving.name}（${leaving.id}）`;
  const lines = [`已办理交接：${who}，交接日期 ${on}，原因：${reason}。`];
  if (outcome.pairings.length === 0) lines.push('  没有需要结束的结对。');
  for (const { pairingId, figure, successor } of outcome.pairings)
    lines.push(
      `  结对 ${pairingId}（${figure}）于 ${on} 结束；${
        successor
          ? `由 ${successor.name} 接续联系，新结对 ${successor.pairingId}，自 ${successor.start} 起。`
          : '不再接续。'
      }`,
    );
  lines.push('改动的单元格：');
  for (const edit of outcome.edits)
    lines.push(
      `  「${edit.sheet}」${a1(edit.row, edit.column)} ${edit.header}：${shown(edit.cell)}（原为${edit.before === '' ? '空' : ` ${edit.before}`}）`,
    );
  lines.push(`已生成交接单「${outcome.sheetName ?? ''}」，其余内容保持不变：${out}`);
  return `${lines.join('\n')}\n`;
}

/** Runs the handover on the file's cells in memory, then writes the file plus those changes to `--out`. */
export async function handoverCommand(command: HandoverCommand, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.out, command.force, [command.file]);
  if (!refused.ok) return fail(io, refused.error.message);
  const opened = await openWorkbookFile(command.file);
  if (!opened.ok) return fail(io, opened.error.message);
  const { workbook, bytes } = opened.value;
  const done = await handOver(workbook, cliEnv(io, command.today), command.request);
  if (!done.ok) return fail(io, located(command.file, done.error).message);
  if (!done.value.written) {
    io.stdout(`${done.value.leaving.name}的交接已记录在台账中，没有需要改动的内容：${command.file}（没有写入文件）\n`);
    return EXIT.ok;
  }
  const patched = await patchedXlsx(bytes, workbook.changes());
  if (!patched.ok) return fail(io, `${command.file}：${patched.error.message}`);
  const written = await writeOutputFile(command.out, patched.value, command.force);
  if (!written.ok) return fail(io, written.error.message);
  io.stdout(report(done.value, command.out));
  return EXIT.ok;
}
