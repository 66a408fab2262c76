/** lianyi remind: the 催办单 of a semester, one sheet per unit with something to chase, in a new workbook. */
import { remind, type RemindOutcome } from '../app/remind';
import type { Command } from './args';
import { refuseExisting, writeOutputFile } from './files';
import { cliEnv, type CliIo, EXIT, type ExitCode, fail } from './io';
import { addedSheetsBytes, located, openWorkbook } from './openWorkbook';

/** The items overdue or due soon that no 催办单 lists, said so they are chased another way; '' when none. */
const unplacedNote = (outcome: RemindOutcome): string =>
  outcome.unplacedItems.length === 0
    ? ''
    : `注意：事项 ${outcome.unplacedItems.join('、')} 逾期或即将到期，但「来源记录编号」没有指向可用的联系记录，无法确定所属单位，未列入催办单：请补填来源记录编号，或直接督办。\n`;

/** What was written, a line per 催办单, and the items no 催办单 could list. */
function report(outcome: RemindOutcome, out: string): string {
  const lines = [
    `已生成 ${outcome.sheets.length} 份催办单（${outcome.semesterName}，截至 ${outcome.today}）：${out}`,
    ...outcome.sheets.map(
      ({ sheetName, counts }) =>
        `  ${sheetName}：未完成联系的结对 ${counts.pairings} 个，未走访 ${counts.festivalVisits} 个，意见办理 ${counts.items} 项`,
    ),
  ];
  return `${lines.join('\n')}\n${unplacedNote(outcome)}`;
}

/** Runs the remind use case on the file's cells in memory and writes the 催办单 to a new file; nothing to chase writes nothing. */
export async function remindCommand(command: Extract<Command, { name: 'remind' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.out, command.force, [command.file]);
  if (!refused.ok) return fail(io, refused.error.message);
  const workbook = await openWorkbook(command.file);
  if (!workbook.ok) return fail(io, workbook.error.message);
  const done = await remind(workbook.value, cliEnv(io, command.today), {
    semesterId: command.semester,
    units: command.units,
  });
  if (!done.ok) return fail(io, located(command.file, done.error).message);
  if (done.value.sheets.length === 0) {
    const scope = command.units === undefined ? '各单位' : command.units.join('、');
    io.stdout(
      `${done.value.semesterName}截至 ${done.value.today}，${scope}没有需要催办的事项，没有写入文件。\n${unplacedNote(done.value)}`,
    );
    return EXIT.ok;
  }
  const written = await writeOutputFile(command.out, await addedSheetsBytes(workbook.value), command.force);
  if (!written.ok) return fail(io, written.error.message);
  io.stdout(report(done.value, command.out));
  return EXIT.ok;
}
