import { renderForms } from '../core/forms/renderForms';
import { chooseSemester } from '../core/check/runCheck';
import { sheetSpecsXlsxBytes } from '../workbook/xlsx/writeSheetSpec';
import type { Command } from './args';
import { refuseExisting, writeOutputFile } from './files';
import { type CliIo, EXIT, type ExitCode, fail } from './io';
import { loadLedger } from './loadLedger';

/** lianyi forms: the 登记表 of a semester's pairings, one sheet each, in a new workbook. */
export async function formsCommand(command: Extract<Command, { name: 'forms' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.out, command.force);
  if (!refused.ok) return fail(io, refused.error);
  const read = await loadLedger(command.file);
  if (!read.ok) return fail(io, read.error);
  const { ledger } = read.value;
  const today = command.today ?? io.today();
  const semester = chooseSemester(ledger, { semesterId: command.semester, today });
  if (!semester.ok) return fail(io, semester.error);
  const forms = renderForms(ledger, semester.value, today, { unit: command.unit, pairingIds: command.pairingIds });
  if (!forms.ok) return fail(io, forms.error);
  if (forms.value.length === 0) return fail(io, `${semester.value.name}没有需要填写登记表的结对（结对须在本学期内有效）。`);
  const written = await writeOutputFile(command.out, await sheetSpecsXlsxBytes(forms.value), command.force);
  if (!written.ok) return fail(io, written.error);
  io.stdout(`已生成 ${forms.value.length} 份登记表（${semester.value.name}）：${command.out}\n`);
  return EXIT.ok;
}
