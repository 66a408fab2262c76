import type { LocalDate } from '../core/localDate';

/** What a command may touch of the outside world besides files; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date on this machine, used when --today is not given. */
  readonly today: () => LocalDate;
  /** The local time of day, 'YYYY-MM-DD HH:mm', printed on reports as when the check ran. */
  readonly now: () => string;
}

/** 0: every rule holds · 1: the check found gaps or errors · 2: the input or the arguments are unusable. */
export const EXIT = { ok: 0, gaps: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One line on stderr, exit code 2. */
export function fail(io: CliIo, message: string): ExitCode {
  io.stderr(`lianyi：${message}\n`);
  return EXIT.unusable;
}
