import { dueList } from '../../../src/core/check/checkResult';
import { check, contact, S1, statuses } from './fixture';

/** R1: every pairing active on min(S.end, today) needs 每学期最少联系次数 contacts dated in S. */
describe('R1 contact frequency', () => {
  test('a pairing with a contact in the semester is met, with names, level and unit as a user reads them', () => {
    const result = check({ contacts: [contact('C01', 'P01', '2026-10-10')] }, { today: '2027-01-20' });
    expect(result.pairings).toEqual([
      {
        pairingId: 'P01',
        level: '院级',
        leader: '张三',
        figure: '李四',
        unit: '英语学院',
        contacts: 1,
        status: 'met',
        lastContact: '2026-10-10',
        sheet: '结对关系',
        row: 2,
        column: '结对编号',
        cell: 'A2',
      },
    ]);
    expect(result.summary).toMatchObject({ pairingsDue: 1, pairingsMet: 1, pairingsPending: 0, pairingsMissed: 0 });
  });

  test('without a contact it is pending while the semester runs, up to and including its last day', () => {
    expect(statuses(check({}, { today: '2027-01-20' }))).toEqual({ P01: [0, 'pending'] });
    expect(statuses(check({}, { today: '2027-02-28' }))).toEqual({ P01: [0, 'pending'] });
  });

  test('once the semester is over, a pairing without a contact is missed', () => {
    const result = check({}, { today: '2027-03-01', semesterId: S1 });
    expect(statuses(result)).toEqual({ P01: [0, 'missed'] });
    expect(result.summary).toMatchObject({ pairingsDue: 1, pairingsMet: 0, pairingsMissed: 1 });
  });

  test('a contact dated today counts; a contact of another semester does not', () => {
    expect(statuses(check({ contacts: [contact('C01', 'P01', '2027-01-20')] }, { today: '2027-01-20' }))).toEqual({
      P01: [1, 'met'],
    });
    const other = check({ contacts: [contact('C01', 'P01', '2027-03-10')] }, { today: '2027-03-20', semesterId: S1 });
    expect(statuses(other)).toEqual({ P01: [0, 'missed'] });
  });

  test('每学期最少联系次数 = 2: one contact is not enough, two are', () => {
    const settings = [{ key: '每学期最少联系次数', value: '2' }];
    const once = check(
      { settings, contacts: [contact('C01', 'P01', '2026-10-10')] },
      { today: '2027-03-05', semesterId: S1 },
    );
    expect(statuses(once)).toEqual({ P01: [1, 'missed'] });
    const twice = check(
      { settings, contacts: [contact('C01', 'P01', '2026-10-10'), contact('C02', 'P01', '2026-12-01')] },
      { today: '2027-03-05', semesterId: S1 },
    );
    expect(statuses(twice)).toEqual({ P01: [2, 'met'] });
  });

  test('a pairing that starts after the reference day is not due yet', () => {
    const result = check(
      { pairings: [{ pairingId: 'P02', level: '院级', leaderId: 'L01', figureId: 'F01', start: '2027-02-01' }] },
      { today: '2027-01-20' },
    );
    expect(Object.keys(statuses(result))).toEqual(['P01']);
  });
});

describe('R1 across a handover (交接 keeps continuity)', () => {
  const successor = {
    leaderId: 'L02',
    name: '王五',
    post: '英语学院副院长',
    level: '院级',
    unit: '英语学院',
    status: '在任',
  };
  const handover = {
    leaders: [successor],
    replace: {
      pairings: [
        { pairingId: 'P01', level: '院级', leaderId: 'L01', figureId: 'F01', start: '2026-03-01', end: '2026-11-30' },
      ],
    },
    pairings: [
      {
        pairingId: 'P02',
        level: '院级',
        leaderId: 'L02',
        figureId: 'F01',
        start: '2026-12-01',
        changeReason: '干部调整',
        filedOn: '2026-12-05',
      },
    ],
    contacts: [contact('C01', 'P01', '2026-10-10')],
  };

  test('the ended pairing is not due, and its contact counts for the successor of the same figure and level', () => {
    const result = check(handover, { today: '2027-01-20' });
    expect(result.pairings).toHaveLength(1);
    expect(result.pairings[0]).toMatchObject({
      pairingId: 'P02',
      leader: '王五',
      figure: '李四',
      contacts: 1,
      status: 'met',
    });
  });

  test('the same holds after the semester: the successor is met, not missed', () => {
    expect(statuses(check(handover, { today: '2027-04-01', semesterId: S1 }))).toEqual({ P02: [1, 'met'] });
  });

  test('a successor at a different level does not inherit the contact', () => {
    const schoolLeader = { leaderId: 'L09', name: '赵校长', post: '副校长', level: '校级', status: '在任' };
    const result = check(
      {
        ...handover,
        leaders: [schoolLeader],
        pairings: [{ pairingId: 'P02', level: '校级', leaderId: 'L09', figureId: 'F01', start: '2026-12-01' }],
      },
      { today: '2027-01-20' },
    );
    expect(statuses(result)).toEqual({ P02: [0, 'pending'] });
  });

  test('the successor’s own contacts add to those before the handover', () => {
    const twoNeeded = { ...handover, settings: [{ key: '每学期最少联系次数', value: '2' }] };
    expect(statuses(check(twoNeeded, { today: '2027-01-20' }))).toEqual({ P02: [1, 'pending'] });
    const result = check(
      { ...twoNeeded, contacts: [...handover.contacts, contact('C02', 'P02', '2027-01-05')] },
      { today: '2027-01-20' },
    );
    expect(statuses(result)).toEqual({ P02: [2, 'met'] });
  });

  test('only earlier pairings hand over: a later one that ended in S passes nothing back', () => {
    const overlapping = {
      leaders: [successor],
      pairings: [
        { pairingId: 'P02', level: '院级', leaderId: 'L02', figureId: 'F01', start: '2026-09-01', end: '2026-11-30' },
      ],
      contacts: [contact('C01', 'P02', '2026-10-10')],
    };
    expect(statuses(check(overlapping, { today: '2027-01-20' }))).toEqual({ P01: [0, 'pending'] });
  });

  test('a contact by 干部姓名 + 人士姓名 before the handover resolves to the old pairing and still counts', () => {
    const byName = {
      ...handover,
      contacts: [contact('C01', undefined, '2026-10-10', { leaderName: '张三', figureName: '李四' })],
    };
    const result = check(byName, { today: '2027-01-20' });
    expect(statuses(result)).toEqual({ P02: [1, 'met'] });
    expect(result.problems).toEqual([]);
  });
});

describe("due list: each pairing's last contact, the days left, and a semester not yet begun", () => {
  const today = { today: '2027-01-20' };
  // The semester before S1, so that contacts of spring 2026 count somewhere.
  const spring = { semesterId: '2025-2026-2', name: '2025-2026学年第二学期', start: '2026-03-01', end: '2026-08-31' };

  test('the last contact may lie in an earlier semester; none at all is null', () => {
    expect(
      check({ semesters: [spring], contacts: [contact('C01', 'P01', '2026-05-20')] }, today).pairings[0]?.lastContact,
    ).toBe('2026-05-20');
    expect(check({}, today).pairings[0]?.lastContact).toBeNull();
  });

  test('a contact that does not count (after today) is not the last contact', () => {
    const result = check(
      { semesters: [spring], contacts: [contact('C01', 'P01', '2026-05-20'), contact('C02', 'P01', '2027-02-10')] },
      today,
    );
    expect(result.pairings[0]?.lastContact).toBe('2026-05-20');
  });

  test("after a handover the predecessor's last contact is the successor's, until the successor has a later one", () => {
    const successor = {
      leaderId: 'L02',
      name: '王五',
      post: '副院长',
      level: '院级',
      unit: '英语学院',
      status: '在任',
    };
    const setup = {
      semesters: [spring],
      leaders: [successor],
      replace: {
        pairings: [
          { pairingId: 'P01', level: '院级', leaderId: 'L01', figureId: 'F01', start: '2026-03-01', end: '2026-11-30' },
        ],
      },
      pairings: [{ pairingId: 'P02', level: '院级', leaderId: 'L02', figureId: 'F01', start: '2026-12-01' }],
    };
    const before = check({ ...setup, contacts: [contact('C01', 'P01', '2026-06-10')] }, today);
    expect(before.pairings.map((p) => [p.pairingId, p.lastContact])).toEqual([['P02', '2026-06-10']]);
    const after = check(
      { ...setup, contacts: [contact('C01', 'P01', '2026-06-10'), contact('C02', 'P02', '2027-01-05')] },
      today,
    );
    expect(after.pairings[0]?.lastContact).toBe('2027-01-05');
  });

  test('days left count today and the last day; 0 once the semester is over', () => {
    expect(check({}, { today: '2027-02-28' })).toMatchObject({ daysLeft: 1, semesterState: 'running' });
    expect(check({}, { today: '2027-01-20' })).toMatchObject({ daysLeft: 40, semesterState: 'running' });
    expect(check({}, { today: '2027-03-05', semesterId: S1 })).toMatchObject({ daysLeft: 0, semesterState: 'ended' });
  });

  test('a semester that has not begun is 未开始, with all its days left', () => {
    const result = check({}, { today: '2026-08-20', semesterId: S1 });
    expect(result).toMatchObject({ semesterState: 'notStarted', daysLeft: 181 });
  });

  test('the pairings still to contact come most overdue first: never contacted, then the longest ago', () => {
    const pairing = (pairingId: string) => ({
      pairingId,
      level: '院级',
      leaderId: 'L01',
      figureId: 'F01',
      start: '2026-03-01',
    });
    const result = check(
      {
        settings: [{ key: '每学期最少联系次数', value: '3' }],
        semesters: [spring],
        pairings: [pairing('P02'), pairing('P03')],
        contacts: [contact('C01', 'P01', '2026-12-01'), contact('C02', 'P03', '2026-04-01')],
      },
      today,
    );
    expect(dueList(result).map((p) => p.pairingId)).toEqual(['P02', 'P03', 'P01']);
  });
});
