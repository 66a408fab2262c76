/** The entry of `lianyi` (bin/lianyi.js): one command per run, its outcome as the process's exit code. */
import { systemClock } from '../app/clock';
import { failure } from '../core/failures';
import { parseCommand, USAGE } from './args';
import { checkCommand } from './checkCommand';
import { formsCommand } from './formsCommand';
import { remindCommand } from './remindCommand';
import { handoverCommand } from './handoverCommand';
import { removeTemporaryFiles } from './files';
import { initCommand } from './initCommand';
import { upgradeCommand } from './upgradeCommand';
import { splitCommand } from './splitCommand';
import { mergeCommand } from './mergeCommand';
import { reviewCommand } from './reviewCommand';
import { type CliIo, EXIT, type ExitCode } from './io';

/** The lianyi command line: parse, run, return the exit code (0 holds, 1 gaps, 2 unusable input). */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.stderr(`lianyi：${parsed.error}\n`);
    return EXIT.unusable;
  }
  const command = parsed.value;
  switch (command.name) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    case 'init':
      return initCommand(command, io);
    case 'check':
      return checkCommand(command, io);
    case 'forms':
      return formsCommand(command, io);
    case 'remind':
      return remindCommand(command, io);
    case 'upgrade':
      return upgradeCommand(command, io);
    case 'handover':
      return handoverCommand(command, io);
    case 'split':
      return splitCommand(command, io);
    case 'merge':
      return mergeCommand(command, io);
    case 'review':
      return reviewCommand(command, io);
  }
}

/** Runs `main` on the process's arguments and streams; a bug exits 3 with its stack for the maintainers. */
export function runFromProcess(): void {
  // Ctrl-C or a kill while an output is written: no temporary file is left behind.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      removeTemporaryFiles();
      process.exit(code);
    });
  }
  // A reader that stops early (`lianyi check … | head -1`) closes the pipe: end quietly. Any other
  // failure to print (a full disk behind `> file`) is said in one line, not thrown as a stack.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    removeTemporaryFiles();
    process.stderr.write(`lianyi：${failure('stdoutNotWritten', { code: error.code }).message}\n`);
    process.exit(EXIT.unusable);
  });
  // Nowhere to say anything: the exit code still tells.
  process.stderr.on('error', () => undefined);
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: systemClock.today,
    now: systemClock.now,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (bug: unknown) => {
      process.stderr.write(
        `lianyi：内部错误，请把以下信息告诉维护人员：\n${bug instanceof Error ? (bug.stack ?? bug.message) : String(bug)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
