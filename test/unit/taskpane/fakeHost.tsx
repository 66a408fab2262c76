import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CheckResult } from '../../../src/core/check/checkResult';
import { runCheck } from '../../../src/core/check/runCheck';
import { ledgerOverview } from '../../../src/core/entry/ledgerOverview';
import type { LocalDate } from '../../../src/core/localDate';
import { ok } from '../../../src/core/result';
import type { LedgerHost, LedgerOverview, UnsavedChanges, UnsavedState } from '../../../src/app/ledgerHost';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';

/** The fictional sample ledger as the pane sees it on 2027-01-20, its semester's last weeks. */
export const TODAY = '2027-01-20' as LocalDate;
const sample = readOrThrow(sampleRaw());
export const sampleOverview: LedgerOverview = ledgerOverview(sample.ledger, TODAY);

export function sampleCheck(semesterId = '2026-2027-1', today: LocalDate = TODAY): CheckResult {
  const checked = runCheck(sample.ledger, sample.problems, { semesterId, today });
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
}

type Mocked<T> = {
  -readonly [K in keyof T]-?: NonNullable<T[K]> extends (...args: infer A) => infer R ? jest.Mock<R, A> : T[K];
};
export type FakeHost = Mocked<Omit<LedgerHost, 'unsaved'>> & { unsaved?: FakeUnsaved };

/** The preview's unsaved changes as a test sets them (inside act). */
export interface FakeUnsaved extends UnsavedChanges {
  set(state: Partial<UnsavedState>): void;
}

export function fakeUnsaved(initial: Partial<UnsavedState> = {}): FakeUnsaved {
  let state: UnsavedState = { count: 0, report: false, forms: false, ...initial };
  const listeners = new Set<() => void>();
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    },
  };
}

type Method = (...args: never[]) => unknown;
/** A mock typed as the host method it stands for. */
const answer = <F extends Method>(implementation: F): jest.Mock<ReturnType<F>, Parameters<F>> =>
  jest.fn<ReturnType<F>, Parameters<F>>(implementation as unknown as (...args: Parameters<F>) => ReturnType<F>);

/** A LedgerHost whose every call is a jest mock answering as a healthy ledger would; the preview's with unsaved changes. */
export function fakeHost(kind: LedgerHost['kind'] = 'excel'): FakeHost {
  return {
    kind,
    overview: answer<LedgerHost['overview']>(async () => ok(sampleOverview)),
    check: answer<LedgerHost['check']>(async () => ok(sampleCheck())),
    renderForms: answer<LedgerHost['renderForms']>(async () =>
      ok({ semesterId: '2026-2027-1', semesterName: '2026-2027学年第一学期', sheetNames: ['登记表-王建国-林安'] }),
    ),
    remind: answer<LedgerHost['remind']>(async () =>
      ok({
        semesterId: '2026-2027-1',
        semesterName: '2026-2027学年第一学期',
        today: TODAY,
        sheets: [
          {
            unit: '英语语言文化学院',
            sheetName: '催办单-英语语言文化学院',
            counts: { pairings: 1, festivalVisits: 4, items: 1 },
          },
          { unit: '艺术学院', sheetName: '催办单-艺术学院', counts: { pairings: 1, festivalVisits: 2, items: 0 } },
        ],
        unplacedItems: [],
      }),
    ),
    addContact: answer<LedgerHost['addContact']>(async () => ok({ row: 22, contactId: 'C2027-001' })),
    createLedger: answer<LedgerHost['createLedger']>(async () => ok(undefined)),
    upgradeLedger: answer<LedgerHost['upgradeLedger']>(async () =>
      ok({ addedSheets: [], addedColumns: [], addedSettings: [], raisedVersion: false }),
    ),
    selectCell: answer<LedgerHost['selectCell']>(async () => ok(undefined)),
    download: answer<NonNullable<LedgerHost['download']>>(async () =>
      ok({ fileName: '覆盖检查-2026-2027-1.xlsx', bytes: new Uint8Array([0x50, 0x4b]) }),
    ),
    ...(kind === 'preview' ? { unsaved: fakeUnsaved() } : {}),
  };
}

export const renderInPane = (element: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

/** Clicks and lets the host call it starts settle, so the pane's state is final when the test looks. */
export async function clickAndSettle(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}
