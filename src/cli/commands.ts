import { checkPassed } from '../core/check/checkResult';
import { runCheck } from '../core/check/runCheck';
import { readLedger } from '../core/ledger/readLedger';
import type { LocalDate } from '../core/localDate';
import { plainReportRows } from '../core/report/plainReport';
import { sampleLedgerContent } from '../core/sample/sampleLedger';
import { emptyLedgerContent, ledgerTemplate } from '../core/template/ledgerTemplate';
import { readXlsx } from '../workbook/xlsx/readXlsx';
import { ledgerXlsxBytes } from '../workbook/xlsx/writeLedgerXlsx';
import { plainReportXlsxBytes } from '../workbook/xlsx/writeReportXlsx';
import type { Command } from './args';
import { checkSummaryText } from './checkSummary';
import { readInputFile, refuseExisting, writeOutputFile } from './files';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date on this machine, used when --today is not given. */
  readonly today: () => LocalDate;
}

export const EXIT = { ok: 0, gaps: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const fail = (io: CliIo, message: string): ExitCode => {
  io.stderr(`lianyi：${message}\n`);
  return EXIT.unusable;
};

export async function initCommand(command: Extract<Command, { name: 'init' }>, io: CliIo): Promise<ExitCode> {
  const refused = await refuseExisting(command.file, command.force);
  if (!refused.ok) return fail(io, refused.error);
  const content = command.sample ? sampleLedgerContent() : emptyLedgerContent(command.today ?? io.today());
  const written = await writeOutputFile(command.file, await ledgerXlsxBytes(ledgerTemplate(content)), command.force);
  if (!written.ok) return fail(io, written.error);
  io.stdout(`已创建${command.sample ? '示例' : ''}台账：${command.file}\n`);
  return EXIT.ok;
}

export async function checkCommand(command: Extract<Command, { name: 'check' }>, io: CliIo): Promise<ExitCode> {
  if (command.report !== undefined) {
    const refused = await refuseExisting(command.report, command.force);
    if (!refused.ok) return fail(io, refused.error);
  }
  const bytes = await readInputFile(command.file);
  if (!bytes.ok) return fail(io, bytes.error);
  const workbook = await readXlsx(bytes.value);
  if (!workbook.ok) return fail(io, `${command.file}：${workbook.error.message}`);
  const read = readLedger(workbook.value);
  if (!read.ok) return fail(io, `${command.file}：${read.error.message}`);
  const { ledger, problems } = read.value;
  const checked = runCheck(ledger, problems, { semesterId: command.semester, today: command.today ?? io.today() });
  if (!checked.ok) return fail(io, checked.error);
  const result = checked.value;

  if (command.report !== undefined) {
    const report = await plainReportXlsxBytes(plainReportRows(result, ledger.settings.pairingsPerSchoolLeader));
    const written = await writeOutputFile(command.report, report, command.force);
    if (!written.ok) return fail(io, written.error);
  }
  io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : checkSummaryText(result, ledger.settings.pairingsPerSchoolLeader));
  if (command.report !== undefined && !command.json) io.stdout(`检查报告已写入：${command.report}\n`);
  return checkPassed(result) ? EXIT.ok : EXIT.gaps;
}
