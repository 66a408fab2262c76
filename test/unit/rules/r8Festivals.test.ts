import { checkVerdict } from '../../../src/core/check/checkResult';
import { check, contact, FIGURE, LEADER, S1, S2 } from './fixture';

/**
 * R8: at each 重大节日 of S whose window has opened, every pairing active on the festival day needs
 * a visit in the window whose 联系形式 is one of 节日走访形式.
 */
const midAutumn = { name: '中秋节', date: '2026-09-25', windowStart: '2026-09-11', windowEnd: '2026-09-28' };
const visit = (contactId: string, date: string, extra: Record<string, string> = {}) =>
  contact(contactId, 'P01', date, { form: '节日走访慰问', ...extra });

const statusesOf = (result: ReturnType<typeof check>) =>
  result.festivals.map((festival) => [
    festival.name,
    festival.visited,
    festival.pending,
    festival.missed,
    festival.notVisited.map((gap) => `${gap.pairingId} ${gap.status}`),
  ]);

describe('R8 festival visits', () => {
  test('a visit of a festival form in the window: visited, placed at the festival row', () => {
    const result = check({ festivals: [midAutumn], contacts: [visit('C01', '2026-09-20')] }, { today: '2026-10-10' });
    expect(statusesOf(result)).toEqual([['中秋节', 1, 0, 0, []]]);
    expect(result.festivals[0]).toMatchObject({ pairingsDue: 1, sheet: '重大节日', row: 2, cell: 'A2' });
  });

  test('no visit: pending while the window is open, missed after it, and a missed visit is a gap', () => {
    expect(statusesOf(check({ festivals: [midAutumn] }, { today: '2026-09-27' }))).toEqual([
      ['中秋节', 0, 1, 0, ['P01 pending']],
    ]);
    const late = check(
      { festivals: [midAutumn], contacts: [contact('C01', 'P01', '2026-10-10')] },
      { today: '2026-10-20' },
    );
    expect(statusesOf(late)).toEqual([['中秋节', 0, 0, 1, ['P01 missed']]]);
    expect(checkVerdict(late)).toBe('gaps');
  });

  test('a contact outside the window, or of a form 节日走访形式 does not name, is no visit', () => {
    const result = check(
      {
        festivals: [midAutumn],
        contacts: [visit('C01', '2026-09-30'), contact('C02', 'P01', '2026-09-20', { form: '线上交流' })],
      },
      { today: '2026-10-10' },
    );
    expect(statusesOf(result)).toEqual([['中秋节', 0, 0, 1, ['P01 missed']]]);
  });

  test('节日走访形式 is the school’s: with 线上交流 named there, an online greeting counts', () => {
    const result = check(
      {
        settings: [{ key: '节日走访形式', value: '节日走访慰问、线上交流' }],
        festivals: [midAutumn],
        contacts: [contact('C01', 'P01', '2026-09-20', { form: '线上交流' })],
      },
      { today: '2026-10-10' },
    );
    expect(statusesOf(result)).toEqual([['中秋节', 1, 0, 0, []]]);
  });

  test('a festival whose window has not opened, or that lies in another semester, is not judged yet', () => {
    expect(check({ festivals: [midAutumn] }, { today: '2026-09-05' }).festivals).toEqual([]);
    expect(check({ festivals: [midAutumn] }, { today: '2027-04-01', semesterId: S2 }).festivals).toEqual([]);
  });

  test('after a handover, the successor’s visit in the window counts for the pairing due on the day (same figure, same level)', () => {
    const successor = { ...LEADER, leaderId: 'L02', name: '王五' };
    const result = check(
      {
        festivals: [midAutumn],
        leaders: [successor],
        replace: {
          pairings: [
            {
              pairingId: 'P01',
              level: '院级',
              leaderId: 'L01',
              figureId: FIGURE.figureId,
              start: '2026-03-01',
              end: '2026-09-25',
            },
          ],
        },
        pairings: [
          { pairingId: 'P02', level: '院级', leaderId: 'L02', figureId: FIGURE.figureId, start: '2026-09-26' },
        ],
        contacts: [contact('C01', 'P02', '2026-09-27', { form: '节日走访慰问' })],
      },
      { today: '2026-10-10', semesterId: S1 },
    );
    // P01 is the pairing active on 2026-09-25; its successor P02 made the visit.
    expect(statusesOf(result)).toEqual([['中秋节', 1, 0, 0, []]]);
    expect(result.festivals[0]?.pairingsDue).toBe(1);
  });
});
