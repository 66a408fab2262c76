import type { ReviewResult } from '../../../src/core/review/reviewResult';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CheckResult } from '../../../src/core/check/checkResult';
import { runCheck } from '../../../src/core/check/runCheck';
import { ledgerOverview } from '../../../src/core/entry/ledgerOverview';
import type { LocalDate } from '../../../src/core/localDate';
import { ok } from '../../../src/core/result';
import type {
  Distribution,
  HandoverOutcome,
  HandoverPreview,
  LedgerHost,
  LedgerOverview,
  MergeOutcome,
  UnsavedChanges,
  UnsavedState,
} from '../../../src/app/ledgerHost';
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

/** 分发 of three units, as the host would report it. */
export const sampleDistribution: Distribution = {
  fileName: '分发-20270120.zip',
  bytes: new Uint8Array([0x50, 0x4b, 0x05, 0x06]),
  copies: [
    {
      unit: '艺术学院',
      fileName: '艺术学院.xlsx',
      counts: { pairings: 1, leaders: 1, figures: 2, contacts: 4, followUps: 1 },
    },
  ],
  empty: ['统战部'],
  undistributed: [],
  hidden: ['民族'],
};

/** 汇总 of one returned copy: three contacts added, one skipped, one conflict, one rejected row. */
export const sampleMerge: MergeOutcome = {
  files: [
    {
      file: '艺术学院.xlsx',
      unit: '艺术学院',
      added: { 联系记录: 3 },
      skipped: { 联系记录: 1 },
      numbered: [],
      ignoredHeaders: [],
    },
  ],
  added: { 联系记录: 3 },
  skipped: 1,
  conflicts: [
    {
      sheet: '联系记录',
      id: 'C2026-101',
      headers: ['联系沟通情况'],
      existing: { file: '台账.xlsx', sheet: '联系记录', row: 5, column: '联系沟通情况', cell: 'G5', value: '走访。' },
      returned: {
        file: '艺术学院.xlsx',
        sheet: '联系记录',
        row: 3,
        column: '联系沟通情况',
        cell: 'G3',
        value: '走访，座谈。',
      },
    },
  ],
  rejected: [
    {
      file: '艺术学院.xlsx',
      sheet: '联系记录',
      row: 9,
      column: '联系形式',
      cell: 'F9',
      code: 'NOT_IN_LIST',
      message: '“喝茶聊天”不在可选范围内',
    },
  ],
};

/** 交接 of 冯涛 (L14, two 院级 pairings) previewed. */
export const sampleHandoverPreview: HandoverPreview = {
  leaving: { kind: 'leader', id: 'L14', name: '冯涛' },
  on: '2027-01-20' as LocalDate,
  reason: '干部离任',
  pairings: [
    {
      pairingId: 'P15',
      figure: '高原',
      level: '院级',
      unit: '国际商学院',
      candidates: [{ id: 'L11', name: '周晓梅', unit: '英语语言文化学院', status: '在任', level: '院级' }],
    },
  ],
  edits: [],
  sheetName: '交接单-冯涛',
  done: false,
};

export const sampleHandoverOutcome: HandoverOutcome = {
  leaving: { kind: 'leader', id: 'L14', name: '冯涛' },
  on: '2027-01-20' as LocalDate,
  reason: '干部离任',
  written: true,
  pairings: [{ pairingId: 'P15', figure: '高原' }],
  edits: [],
  sheetName: '交接单-冯涛',
};

const measure = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** A 年度考核 of two units: 艺术学院 falls short (a figure unpaired, a festival missed), 统战部 does not. */
export const sampleReview: ReviewResult = {
  year: '2026-2027',
  schoolName: '浙江外国语学院',
  today: '2027-08-31' as LocalDate,
  semesters: [
    { id: '2026-2027-1', name: '2026-2027学年第一学期' },
    { id: '2026-2027-2', name: '2026-2027学年第二学期' },
  ],
  notBegun: [],
  indicators: [
    { id: 'K1', name: '党外代表人士结对全覆盖', measure: '覆盖率', maxScore: 50 },
    { id: 'K2', name: '重大节日走访慰问', measure: '节日走访率', maxScore: 50 },
  ],
  units: [
    {
      unit: '艺术学院',
      measures: {
        覆盖率: measure(1, 2),
        联系完成率: measure(2, 2),
        节日走访率: measure(1, 2),
        备案及时率: measure(1, 1),
        意见登记率: measure(0, 0),
        台账规范率: measure(2, 2),
        交接及时率: measure(0, 0),
      },
      scores: { K1: 25, K2: 25 },
      total: 50,
      deductions: ['F10 宋雨 未结对', '中秋节 P18 未走访'],
    },
    {
      unit: '统战部',
      measures: {
        覆盖率: measure(0, 0),
        联系完成率: measure(3, 3),
        节日走访率: measure(3, 3),
        备案及时率: measure(0, 0),
        意见登记率: measure(1, 1),
        台账规范率: measure(3, 3),
        交接及时率: measure(0, 0),
      },
      scores: { K1: 50, K2: 50 },
      total: 100,
      deductions: [],
    },
  ],
  departments: [],
  problems: [],
  ledgerErrors: 0,
};

type Mocked<T> = {
  -readonly [K in keyof T]-?: NonNullable<T[K]> extends (...args: infer A) => infer R ? jest.Mock<R, A> : T[K];
};
export type FakeHost = Mocked<Omit<LedgerHost, 'unsaved'>> & { unsaved?: FakeUnsaved };

/** The preview's unsaved changes as a test sets them (inside act). */
export interface FakeUnsaved extends UnsavedChanges {
  set(state: Partial<UnsavedState>): void;
}

export function fakeUnsaved(initial: Partial<UnsavedState> = {}): FakeUnsaved {
  let state: UnsavedState = { count: 0, report: false, forms: false, review: false, ...initial };
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
    review: answer<LedgerHost['review']>(async () => ok(sampleReview)),
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
    distribute: answer<LedgerHost['distribute']>(async () => ok(sampleDistribution)),
    previewMerge: answer<LedgerHost['previewMerge']>(async () => ok(sampleMerge)),
    merge: answer<LedgerHost['merge']>(async () => ok(sampleMerge)),
    previewHandover: answer<LedgerHost['previewHandover']>(async () => ok(sampleHandoverPreview)),
    handOver: answer<LedgerHost['handOver']>(async () => ok(sampleHandoverOutcome)),
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
