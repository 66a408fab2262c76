import type { CheckResult } from '../../../src/core/check/checkResult';
import { runCheck } from '../../../src/core/check/runCheck';
import type { LocalDate } from '../../../src/core/localDate';
import type { Ledger } from '../../../src/core/ledger/model';
import type { Problem } from '../../../src/core/problems';
import { remindPlan } from '../../../src/core/remind/remindPlan';
import { baseContent, rawLedger, readOrThrow } from '../../support/rawLedger';

/**
 * What each unit's 催办单 lists (SPEC §4 `remind`): its pairings not yet met, its festival visits not
 * yet made, the items raised through its contacts that are overdue or due soon; a unit with none
 * of these gets none. Two units: 英语学院 (P01, contacted, with items) and 法学院 (P02, not contacted).
 */
type Row = Record<string, string | undefined>;

const leader = (leaderId: string, name: string, unit: string): Row => ({
  leaderId,
  name,
  post: '党委书记',
  level: '院级',
  unit,
  status: '在任',
});
const figure = (figureId: string, name: string, unit: string): Row => ({ figureId, name, unit, status: '在职' });
const pairing = (pairingId: string, leaderId: string, figureId: string): Row => ({
  pairingId,
  level: '院级',
  leaderId,
  figureId,
  start: '2026-03-01',
  filedOn: '2026-03-05',
});
const item = (itemId: string, sourceContactId: string | undefined, dueOn: string): Row => ({
  itemId,
  sourceContactId,
  type: '意见建议',
  content: '建议增加访学名额',
  department: '人事处',
  status: '办理中',
  dueOn,
});

function setup(extra: { followUps?: Row[]; festivals?: Row[]; units?: Row[]; contacts?: Row[] } = {}): {
  ledger: Ledger;
  result: CheckResult;
} {
  const { ledger, problems } = readOrThrow(
    rawLedger(
      baseContent({
        单位: extra.units ?? [{ name: '英语学院' }, { name: '法学院' }],
        领导干部: [leader('L01', '张三', '英语学院'), leader('L02', '王五', '法学院')],
        党外代表人士: [figure('F01', '李四', '英语学院'), figure('F02', '赵六', '法学院')],
        结对关系: [pairing('P01', 'L01', 'F01'), pairing('P02', 'L02', 'F02')],
        联系记录: [
          {
            contactId: 'C01',
            pairingId: 'P01',
            date: '2026-10-10',
            form: '个别谈心',
            summary: '交流教学情况',
            suggestions: '建议增加访学名额',
          },
          ...(extra.contacts ?? []),
        ],
        意见办理: extra.followUps ?? [],
        重大节日: extra.festivals ?? [],
      }),
    ),
  );
  return { ledger, result: check(ledger, problems) };
}

function check(ledger: Ledger, problems: readonly Problem[]): CheckResult {
  const checked = runCheck(ledger, problems, { semesterId: '2026-2027-1', today: '2027-01-20' as LocalDate });
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
}

const summary = (plan: ReturnType<typeof remindPlan>) => {
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value.reminders.map((reminder) => ({
    unit: reminder.unit,
    pairings: reminder.pairings.map((p) => p.pairingId),
    festivals: reminder.festivals.map((f) => [f.festival.name, f.gaps.map((gap) => [gap.pairingId, gap.status])]),
    items: reminder.items.map((i) => [i.itemId, i.state]),
  }));
};

describe('remindPlan', () => {
  test('a unit whose pairings are all met and that has nothing else to chase gets no 催办单', () => {
    const { ledger, result } = setup();
    expect(summary(remindPlan(ledger, result))).toEqual([
      { unit: '法学院', pairings: ['P02'], festivals: [], items: [] },
    ]);
  });

  test('items go to the unit of their source contact, overdue first then due soon, each by due date', () => {
    const { ledger, result } = setup({
      followUps: [item('Y01', 'C01', '2027-01-25'), item('Y02', 'c01', '2027-01-10'), item('Y03', 'C01', '2026-12-01')],
    });
    expect(summary(remindPlan(ledger, result))).toEqual([
      {
        unit: '英语学院',
        pairings: [],
        festivals: [],
        items: [
          ['Y03', 'overdue'],
          ['Y02', 'overdue'],
          ['Y01', 'dueSoon'],
        ],
      },
      { unit: '法学院', pairings: ['P02'], festivals: [], items: [] },
    ]);
  });

  test('an item raised at a 座谈会 of two units’ pairings (one group row) is on both units’ 催办单', () => {
    const meeting = {
      contactId: 'C02',
      pairingId: 'P01、P02',
      date: '2026-11-10',
      form: '座谈研讨',
      summary: '两学院党外代表人士座谈会',
      suggestions: '建议合办讲座',
    };
    const { ledger, result } = setup({ contacts: [meeting], followUps: [item('Y04', 'C02', '2027-01-10')] });
    expect(summary(remindPlan(ledger, result))).toEqual([
      { unit: '英语学院', pairings: [], festivals: [], items: [['Y04', 'overdue']] },
      { unit: '法学院', pairings: [], festivals: [], items: [['Y04', 'overdue']] },
    ]);
  });

  test('an item to chase without a source contact goes on no 催办单 and is named as unplaced', () => {
    const { ledger, result } = setup({
      followUps: [item('Y01', undefined, '2027-01-10'), item('Y02', 'C99', '2027-01-10')],
    });
    const plan = remindPlan(ledger, result);
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.unplacedItems.map((unplaced) => unplaced.itemId)).toEqual(['Y01', 'Y02']);
    expect(plan.value.reminders.map((reminder) => reminder.unit)).toEqual(['法学院']);
  });

  test('festival visits not yet made, missed or pending, are the unit’s', () => {
    const { ledger, result } = setup({
      festivals: [
        { name: '中秋节', date: '2026-09-25', windowStart: '2026-09-11', windowEnd: '2026-09-28' },
        { name: '春节', date: '2027-02-06', windowStart: '2027-01-16', windowEnd: '2027-02-20' },
      ],
    });
    const [english] = summary(remindPlan(ledger, result));
    expect(english).toEqual({
      unit: '英语学院',
      pairings: [],
      festivals: [
        ['中秋节', [['P01', 'missed']]],
        ['春节', [['P01', 'pending']]],
      ],
      items: [],
    });
  });

  test('units named only in a pairing come after those of 单位', () => {
    const { ledger, result } = setup({ units: [{ name: '英语学院' }] });
    expect(summary(remindPlan(ledger, result)).map((reminder) => reminder.unit)).toEqual(['法学院']);
    const { ledger: both, result: bothResult } = setup({
      units: [{ name: '法学院' }, { name: '英语学院' }],
      followUps: [item('Y01', 'C01', '2027-01-10')],
    });
    expect(summary(remindPlan(both, bothResult)).map((reminder) => reminder.unit)).toEqual(['法学院', '英语学院']);
  });

  test('named units only (as IDs are compared); an unknown one fails naming the known units', () => {
    const { ledger, result } = setup({ followUps: [item('Y01', 'C01', '2027-01-10')] });
    expect(summary(remindPlan(ledger, result, [' 英语学院 '])).map((reminder) => reminder.unit)).toEqual(['英语学院']);
    const unknown = remindPlan(ledger, result, ['英语学院', '外星学院']);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toContain('没有单位“外星学院”：可选的单位有 英语学院、法学院');
  });
});
