/** What a command may touch of the outside world besides files, and how it ends; tests pass their own. */
import type { AppEnv } from '../app/session';
import type { LocalDate } from '../core/localDate';

/** The terminal and the clock. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date on this machine, used when --today is not given. */
  readonly today: () => LocalDate;
  /** The local time of day, 'YYYY-MM-DD HH:mm', printed on reports as when the check ran. */
  readonly now: () => string;
}

/** How the use cases run in a terminal: `--today` wins over the machine's date; failures say only why. */
export function cliEnv(io: CliIo, today: LocalDate | undefined, ledgerFile?: string): AppEnv {
  return {
    clock: { today: () => today ?? io.today(), now: io.now },
    inPane: false,
    ...(ledgerFile !== undefined ? { ledgerFile } : {}),
  };
}

/** 0: every rule holds · 1: the check found gaps or errors · 2: the input or the arguments are unusable. */
export const EXIT = { ok: 0, gaps: 1, unusable: 2 } as const;
/** The process's exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One line on stderr, exit code 2. */
export function fail(io: CliIo, message: string): ExitCode {
  io.stderr(`lianyi：${message}\n`);
  return EXIT.unusable;
}
