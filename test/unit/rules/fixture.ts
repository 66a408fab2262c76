import type { CheckResult } from '../../../src/core/check/checkResult';
import { runCheck } from '../../../src/core/check/runCheck';
import type { LocalDate } from '../../../src/core/localDate';
import type { Problem, ProblemCode } from '../../../src/core/problems';
import { rawLedger, readOrThrow } from '../../support/rawLedger';

/**
 * A one-pairing ledger for the rule tests: unit 英语学院, 院级 leader L01 张三, figure F01 李四 (在职),
 * pairing P01 (张三 ↔ 李四, 院级, from 2026-03-01, open). Semesters: 2026-2027-1 (2026-09-01 …
 * 2027-02-28) and 2026-2027-2 (2027-03-01 … 2027-08-31). Rows a test adds come after these, so the
 * first added pairing is on row 3 and the first contact / follow-up on row 2.
 */
type Row = Record<string, string | number | undefined>;

export interface Tables {
  settings?: Row[];
  semesters?: Row[];
  units?: Row[];
  leaders?: Row[];
  figures?: Row[];
  pairings?: Row[];
  contacts?: Row[];
  followUps?: Row[];
  festivals?: Row[];
  indicators?: Row[];
}

const SHEET: Record<keyof Tables, string> = {
  settings: '设置',
  semesters: '学期',
  units: '单位',
  leaders: '领导干部',
  figures: '党外代表人士',
  pairings: '结对关系',
  contacts: '联系记录',
  followUps: '意见办理',
  festivals: '重大节日',
  indicators: '考核指标',
};

export const S1 = '2026-2027-1';
export const S2 = '2026-2027-2';

export const LEADER: Row = {
  leaderId: 'L01',
  name: '张三',
  post: '英语学院党委书记',
  level: '院级',
  unit: '英语学院',
  status: '在任',
};
export const FIGURE: Row = { figureId: 'F01', name: '李四', unit: '英语学院', status: '在职' };
export const PAIRING: Row = {
  pairingId: 'P01',
  level: '院级',
  leaderId: 'L01',
  figureId: 'F01',
  start: '2026-03-01',
  filedOn: '2026-03-05',
};

/** Beside the base: 张三 (L01) is also paired with 王五 (P02), and 孙七 (L02) with 周八 (P03). */
export const TWO_LEADERS: Tables = {
  leaders: [{ ...LEADER, leaderId: 'L02', name: '孙七', post: '英语学院副院长' }],
  figures: [
    { ...FIGURE, figureId: 'F02', name: '王五' },
    { ...FIGURE, figureId: 'F03', name: '周八' },
  ],
  pairings: [
    { ...PAIRING, pairingId: 'P02', figureId: 'F02' },
    { ...PAIRING, pairingId: 'P03', leaderId: 'L02', figureId: 'F03' },
  ],
};

/** A clean contact row of pairing `pairingId` on `date`. */
export const contact = (
  contactId: string,
  pairingId: string | undefined,
  date: string | undefined,
  extra: Row = {},
): Row => ({
  contactId,
  pairingId,
  date,
  form: '个别谈心',
  summary: '交流近期教学科研情况',
  ...extra,
});

/** A 意见办理 row of 人事处, 办理中, with the fields a test sets. */
export const followUpItem = (itemId: string, fields: Record<string, string>): Row => ({
  itemId,
  type: '意见建议',
  content: '建议增加青年教师访学名额',
  department: '人事处',
  status: '办理中',
  ...fields,
});

export interface Setup extends Tables {
  /** Replaces the base rows of a table instead of adding to them. */
  replace?: Tables;
}

/** Reads the ledger built from the base plus `setup`; throws if it is not a ledger. */
export function ledgerOf(setup: Setup): ReturnType<typeof readOrThrow> {
  const base: Required<Tables> = {
    settings: [{ key: '学校名称', value: '测试学院' }],
    semesters: [
      { semesterId: S1, name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-02-28' },
      { semesterId: S2, name: '2026-2027学年第二学期', start: '2027-03-01', end: '2027-08-31' },
    ],
    units: [{ name: '英语学院' }],
    leaders: [LEADER],
    figures: [FIGURE],
    pairings: [PAIRING],
    contacts: [],
    followUps: [],
    festivals: [],
    indicators: [],
  };
  const content: Record<string, Row[]> = {};
  for (const key of Object.keys(SHEET) as Array<keyof Tables>)
    content[SHEET[key]] = [...(setup.replace?.[key] ?? base[key]), ...(setup[key] ?? [])];
  return readOrThrow(rawLedger(content));
}

/** Reads the ledger built from the base plus `setup` and runs the check; throws if it cannot run. */
export function check(setup: Setup, options: { today: string; semesterId?: string }): CheckResult {
  const { ledger, problems } = ledgerOf(setup);
  const result = runCheck(ledger, problems, {
    semesterId: options.semesterId ?? S1,
    today: options.today as LocalDate,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The problems of one code, for assertions on where they point. */
export const problemsOf = (result: CheckResult, code: ProblemCode): Problem[] =>
  result.problems.filter((problem) => problem.code === code);

/** Exactly one problem of `code`; fails the test if there are none or several. */
export function onlyProblem(result: CheckResult, code: ProblemCode): Problem {
  const found = problemsOf(result, code);
  expect(found).toHaveLength(1);
  return found[0] as Problem;
}

/** The pairing results by 结对编号 → [contacts, status]. */
export const statuses = (result: CheckResult): Record<string, [number, string]> =>
  Object.fromEntries(result.pairings.map((pairing) => [pairing.pairingId, [pairing.contacts, pairing.status]]));
