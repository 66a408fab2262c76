import { type LedgerRead, readLedger } from '../../core/ledger/readLedger';
import { type LocalDate, localDate } from '../../core/localDate';
import type { RawWorkbook } from '../../core/rawWorkbook';
import { err, type Result } from '../../core/result';
import type { HostError } from '../../taskpane/ledgerHost';
import { type ApiSupport, excelRun, officeApiSupport, type OfficeContext, type OfficeRun } from './officeApi';
import { hostErrorFrom } from './officeErrors';
import { DEFAULT_BUDGET } from './writeBatch';

/** What the Office host depends on; tests replace each (the run with a fake workbook, the clock). */
export interface OfficeHostDeps {
  /** One batch against the workbook: Excel.run inside Excel. */
  readonly run: OfficeRun;
  /** The local calendar date the check and the forms are dated by. */
  readonly today: () => LocalDate;
  /** The clock reading printed on the report, e.g. '2027-01-20 10:32'. */
  readonly now: () => string;
  readonly supports: ApiSupport;
  /** Estimated request bytes per sync (see writeBatch.ts). */
  readonly budget: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today as the user's computer shows it (its time zone), not UTC. */
export function localToday(clock: Date = new Date()): LocalDate {
  return localDate(clock.getFullYear(), clock.getMonth() + 1, clock.getDate()) as LocalDate;
}

export function localClock(clock: Date = new Date()): string {
  return `${localToday(clock)} ${pad(clock.getHours())}:${pad(clock.getMinutes())}`;
}

export function hostDeps(overrides: Partial<OfficeHostDeps> = {}): OfficeHostDeps {
  return { run: excelRun, today: () => localToday(), now: () => localClock(), supports: officeApiSupport, budget: DEFAULT_BUDGET, ...overrides };
}

/** The ledger read from the cells, or why this workbook is not (yet) one. */
export function ledgerFrom(raw: RawWorkbook): Result<LedgerRead, HostError> {
  const read = readLedger(raw);
  return read.ok ? read : err({ kind: 'notLedger', message: `${read.error.message}请到「台账」页新建台账，或升级旧台账。` });
}

/**
 * One user action = one Excel.run. Whatever the batch throws (Office's errors, a half-finished
 * write) comes back as a HostError that says what to do; nothing is swallowed.
 */
export async function inExcel<T, E>(deps: OfficeHostDeps, work: (context: OfficeContext) => Promise<Result<T, E>>): Promise<Result<T, E | HostError>> {
  try {
    return await deps.run(work);
  } catch (cause) {
    return err(hostErrorFrom(cause));
  }
}
