/**
 * lianyi upgrade: an older ledger brought up to the current layout in a new file — the sheets,
 * columns (at the right of their tables) and 设置 keys it lacks — written by the package writer, so
 * everything else in the file stays exactly as it was (SPEC §8). A ledger that lacks nothing is
 * left alone: nothing is written.
 */
import { LEDGER_VERSION } from '../core/ledger/settings';
import { upgradeLedger } from '../app/upgradeLedger';
import { patchedXlsx } from '../workbook/xlsx/patchedXlsx';
import type { Command } from './args';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { located, openWorkbookFile } from './openWorkbook';

const listed = (items: readonly string[]): string => items.join('、');

/** Runs the upgrade on the file's cells in memory, then writes the file plus those changes to `--out`. */
export async function upgradeCommand(command: Extract<Command, { name: 'upgrade' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.out, command.force, [command.file]);
  if (!refused.ok) return fail(io, refused.error.message);
  const opened = await openWorkbookFile(command.file);
  if (!opened.ok) return fail(io, opened.error.message);
  const { workbook, bytes } = opened.value;
  const upgraded = await upgradeLedger(workbook, cliEnv(io, command.today));
  if (!upgraded.ok) return fail(io, located(command.file, upgraded.error).message);
  const changes = workbook.changes();
  if (changes.length === 0) {
    io.stdout(`台账已是最新版本，无需升级：${command.file}（没有写入文件）\n`);
    return EXIT.ok;
  }
  const patched = await patchedXlsx(bytes, changes);
  if (!patched.ok) return fail(io, `${command.file}：${patched.error.message}`);
  const written = await writeOutputFile(command.out, patched.value, command.force);
  if (!written.ok) return fail(io, written.error.message);
  const { addedSheets, addedColumns, addedSettings, raisedVersion } = upgraded.value;
  const parts = [
    addedSheets.length > 0 ? `新增工作表 ${listed(addedSheets.map((sheet) => `「${sheet}」`))}` : '',
    addedColumns.length > 0 ? `新增列 ${listed(addedColumns.map(({ sheet, header }) => `「${sheet}」${header}`))}` : '',
    addedSettings.length > 0 ? `新增设置 ${listed(addedSettings)}` : '',
    raisedVersion ? `台账版本改为 ${LEDGER_VERSION}` : '',
  ].filter((part) => part !== '');
  io.stdout(`已升级台账：${parts.join('；')}。其余内容保持不变：${command.out}\n`);
  return EXIT.ok;
}
