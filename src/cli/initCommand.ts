import { sampleLedgerContent } from '../core/sample/sampleLedger';
import { emptyLedgerContent, ledgerTemplate } from '../core/template/ledgerTemplate';
import { ledgerXlsxBytes } from '../workbook/xlsx/writeLedgerXlsx';
import type { Command } from './args';
import { refuseExisting, writeOutputFile } from './files';
import { type CliIo, EXIT, type ExitCode, fail } from './io';

/** lianyi init: a new ledger file, blank or with the fictional sample. */
export async function initCommand(command: Extract<Command, { name: 'init' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.file, command.force);
  if (!refused.ok) return fail(io, refused.error);
  const content = command.sample ? sampleLedgerContent() : emptyLedgerContent(command.today ?? io.today());
  const written = await writeOutputFile(command.file, await ledgerXlsxBytes(ledgerTemplate(content)), command.force);
  if (!written.ok) return fail(io, written.error);
  io.stdout(`已创建${command.sample ? '示例' : ''}台账：${command.file}\n`);
  return EXIT.ok;
}
