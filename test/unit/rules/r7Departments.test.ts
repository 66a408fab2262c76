import type { CheckResult } from '../../../src/core/check/checkResult';
import { check, S1, S2 } from './fixture';

/**
 * R7 per 承办部门 (SPEC §3, `departments` in §4's JSON): items, answered, answered on time, overdue,
 * rated, satisfied (满意 or 基本满意), over the items a department had in hand during the semester.
 */
const item = (itemId: string, department: string | undefined, fields: Record<string, string>) => ({
  itemId,
  type: '意见建议',
  content: '建议增加青年教师访学名额',
  department,
  status: '办理中',
  ...fields,
});
const TODAY = { today: '2027-01-20' };
const byName = (result: CheckResult) =>
  Object.fromEntries(result.departments.map(({ department, ...figures }) => [department, figures]));

describe('R7 department figures', () => {
  test('each figure counts what SPEC says, per department in the order they first appear', () => {
    const result = check(
      {
        followUps: [
          // On time: answered before its 办理期限.
          item('Y01', '教务处', {
            assignedOn: '2026-10-01',
            dueOn: '2026-11-01',
            status: '已答复',
            answeredOn: '2026-10-25',
            rating: '满意',
          }),
          // Late: answered after its due date; rated 不满意.
          item('Y02', '教务处', {
            assignedOn: '2026-10-01',
            dueOn: '2026-11-01',
            status: '已办结',
            answeredOn: '2026-11-05',
            rating: '不满意',
          }),
          // Overdue: open past its due date.
          item('Y03', '教务处', { assignedOn: '2026-11-01', dueOn: '2026-12-01' }),
          // Open, not yet due.
          item('Y04', '人事处', { assignedOn: '2027-01-10' }),
          // On time thanks to its extension; 基本满意 counts as satisfied.
          item('Y05', '人事处', {
            assignedOn: '2026-10-01',
            dueOn: '2026-11-01',
            extendedTo: '2026-12-01',
            extensionReason: '需调研',
            status: '已答复',
            answeredOn: '2026-11-20',
            rating: '基本满意',
          }),
        ],
      },
      TODAY,
    );
    expect(result.departments.map((entry) => entry.department)).toEqual(['教务处', '人事处']);
    expect(byName(result)).toEqual({
      教务处: { items: 3, answered: 2, answeredOnTime: 1, overdue: 1, rated: 2, satisfied: 1 },
      人事处: { items: 2, answered: 1, answeredOnTime: 1, overdue: 0, rated: 1, satisfied: 1 },
    });
  });

  test('an answered item without a due date was not late; one without 反馈日期 cannot show it was on time', () => {
    const result = check(
      {
        followUps: [
          item('Y01', '科研处', { status: '已答复', answeredOn: '2026-12-01' }),
          item('Y02', '科研处', { dueOn: '2026-12-01', status: '已答复' }),
        ],
      },
      TODAY,
    );
    expect(byName(result)['科研处']).toMatchObject({ items: 2, answered: 2, answeredOnTime: 1 });
  });

  test('the same department written with other spaces or case is one; items without one come last under ""', () => {
    const result = check(
      {
        followUps: [
          item('Y01', undefined, { dueOn: '2026-12-01' }),
          item('Y02', 'IT中心', { dueOn: '2027-03-01' }),
          item('Y03', ' it中心 ', { dueOn: '2027-03-01' }),
        ],
      },
      TODAY,
    );
    expect(result.departments.map((entry) => [entry.department, entry.items, entry.overdue])).toEqual([
      ['IT中心', 2, 0],
      ['', 1, 1],
    ]);
  });

  test('items finished before the semester began, or assigned after its reference day, are not counted', () => {
    const followUps = [
      item('Y01', '教务处', { assignedOn: '2026-03-10', status: '已办结', answeredOn: '2026-04-01' }),
      item('Y02', '教务处', { assignedOn: '2026-03-10', status: '已答复', answeredOn: '2026-09-05' }),
      item('Y03', '教务处', { assignedOn: '2026-05-10' }),
      item('Y04', '教务处', { assignedOn: '2027-03-10' }),
    ];
    // Y02 answered in S1, Y03 carried over open; Y04 not assigned yet on S1's last day.
    const first = check({ followUps }, { today: '2027-04-01', semesterId: S1 });
    expect(first.departments).toEqual([expect.objectContaining({ department: '教务处', items: 2, answered: 1 })]);
    // In S2, Y03 (open) and Y04 count; Y02 was answered before S2 began.
    const second = check({ followUps }, { today: '2027-04-01', semesterId: S2 });
    expect(second.departments).toEqual([expect.objectContaining({ department: '教务处', items: 2, answered: 0 })]);
  });

  test('a ledger without items has no department figures', () => {
    expect(check({}, TODAY).departments).toEqual([]);
  });
});
