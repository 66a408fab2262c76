/**
 * The task pane's host inside Excel: the use cases (src/app) bound to an Office session, in which
 * every user action is one `Excel.run` over the Office implementation of the port. Office.js is
 * reached only through `deps.run`, so tests run the same host on a fake workbook.
 */
import { type Clock, systemClock } from '../../app/clock';
import { createLedgerHost, type LedgerHost } from '../../app/ledgerHost';
import type { AppEnv, WorkbookSession } from '../../app/session';
import type { LocalDate } from '../../core/localDate';
import { err } from '../../core/result';
import { loadHostFiles } from '../files/loadHostFiles';
import { type ApiSupport, excelRun, officeApiSupport, type OfficeRun } from './officeApi';
import { failureFrom } from './officeErrors';
import { officeWorkbook } from './officeWorkbook';
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

/** The real dependencies inside Excel, with any of them replaced. */
export function officeDeps(overrides: Partial<OfficeHostDeps> = {}): OfficeHostDeps {
  return {
    run: excelRun,
    today: systemClock.today,
    now: systemClock.now,
    supports: officeApiSupport,
    budget: DEFAULT_BUDGET,
    ...overrides,
  };
}

/**
 * One user action = one Excel.run over the Office port. Whatever the batch throws (Office's errors,
 * a half-finished write) comes back as a Failure that says what to do; nothing is swallowed.
 */
export function officeSession(deps: OfficeHostDeps): WorkbookSession {
  return async (work) => {
    try {
      return await deps.run((context) => work(officeWorkbook(context, deps)));
    } catch (cause) {
      return err(failureFrom(cause));
    }
  };
}

/** How the use cases run inside Excel: the pane's words, the deps' clock, links within the workbook. */
export function officeEnv(deps: OfficeHostDeps): AppEnv {
  const clock: Clock = { today: deps.today, now: deps.now };
  return { clock, inPane: true };
}

/** The pane's host inside Excel. */
export function createOfficeHost(overrides: Partial<OfficeHostDeps> = {}): LedgerHost {
  const deps = officeDeps(overrides);
  return createLedgerHost('excel', officeSession(deps), officeEnv(deps), loadHostFiles);
}
