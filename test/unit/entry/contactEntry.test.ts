import { nextContactId, prepareContact } from '../../../src/core/entry/contactEntry';
import { ledgerOverview, pairingIdsOnRows } from '../../../src/core/entry/ledgerOverview';
import type { LocalDate } from '../../../src/core/localDate';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';

const today = '2026-11-23' as LocalDate;
const { ledger } = readOrThrow(sampleRaw());
const draft = { pairingId: 'P12', date: '2026/11/20', form: '个别谈心', summary: '交流课程思政建设。' };

describe('填报: a contact is checked before it is written', () => {
  test('a valid contact gets the next 记录编号 of the year, the two names, the date read and 填报日期 today', () => {
    const prepared = prepareContact(ledger, { ...draft, filedBy: '陈晓' }, today);
    expect(prepared).toEqual({
      ok: true,
      value: expect.objectContaining({
        contactId: 'C2026-030', // after the sample's C2026-029
        pairingId: 'P12',
        leaderName: '吴海波',
        figureName: '朱晨',
        date: '2026-11-20',
        form: '个别谈心',
        filedBy: '陈晓',
        filedOn: today,
      }),
    });
  });

  test('problems name the column the form shows them at', () => {
    const prepared = prepareContact(ledger, { ...draft, date: '2026-02-30', form: '喝茶' }, today);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.error.map((problem) => [problem.code, problem.column])).toEqual([
      ['DATE_INVALID', '联系日期'],
      ['NOT_IN_LIST', '联系形式'],
    ]);
  });

  test('an unknown pairing, a date outside it, and a date after today are refused', () => {
    const codes = (fields: Partial<typeof draft>) => {
      const prepared = prepareContact(ledger, { ...draft, ...fields }, today);
      return prepared.ok ? [] : prepared.error.map((problem) => problem.code);
    };
    expect(codes({ pairingId: 'P99' })).toEqual(['CONTACT_PAIRING_UNKNOWN']);
    expect(codes({ pairingId: 'P03', date: '2026-11-01' })).toEqual(['CONTACT_OUTSIDE_PAIRING']);
    expect(codes({ date: '2026-12-01' })).toEqual(['CONTACT_AFTER_TODAY']);
    expect(codes({ summary: '' })).toEqual(['REQUIRED_MISSING']);
  });

  test('every gate a contact fails is said at once, with the codes the check uses', () => {
    const codes = (fields: Partial<typeof draft>) => {
      const prepared = prepareContact(ledger, { ...draft, ...fields }, today);
      return prepared.ok ? [] : prepared.error.map((problem) => [problem.code, problem.column]);
    };
    expect(codes({ pairingId: 'P03', date: '2026-12-01' })).toEqual([
      ['CONTACT_AFTER_TODAY', '联系日期'],
      ['CONTACT_OUTSIDE_PAIRING', '联系日期'],
    ]);
    expect(codes({ pairingId: 'P99', date: '2026-12-01' })).toEqual([
      ['CONTACT_PAIRING_UNKNOWN', '结对编号'],
      ['CONTACT_AFTER_TODAY', '联系日期'],
    ]);
  });

  test('记录编号 numbering restarts with each year', () => {
    expect(nextContactId(new Set(['c2026-007', 'c2025-090', 'x1']), '2026-03-01' as LocalDate)).toBe('C2026-008');
    expect(nextContactId(new Set(['c2026-007']), '2027-01-02' as LocalDate)).toBe('C2027-001');
  });
});

describe('填报 of a group contact: one 座谈会 of one leader with several of their figures', () => {
  // 郑丽君 is paired with 胡悦 (P13) and 唐宁 (P14); 冯涛 with 高原 (P15).
  const seminar = { ...draft, form: '座谈研讨', summary: '学院党外人士座谈会。' };
  const codes = (pairingId: string | readonly string[], fields: Partial<typeof draft> = {}) => {
    const prepared = prepareContact(ledger, { ...seminar, ...fields, pairingId }, today);
    return prepared.ok ? [] : prepared.error.map((problem) => [problem.code, problem.column]);
  };

  test('is one row: the 结对编号 joined with 、, the leader, the figures joined the same way', () => {
    const prepared = prepareContact(ledger, { ...seminar, pairingId: ['P13', 'P14'] }, today);
    expect(prepared).toEqual({
      ok: true,
      value: expect.objectContaining({ pairingId: 'P13、P14', leaderName: '郑丽君', figureName: '胡悦、唐宁' }),
    });
  });

  test('a list typed into 结对编号 is read as the check reads the cell', () => {
    const prepared = prepareContact(ledger, { ...seminar, pairingId: 'P13，p14' }, today);
    expect(prepared.ok && [prepared.value.pairingId, prepared.value.figureName]).toEqual(['P13，p14', '胡悦、唐宁']);
  });

  test('pairings of two leaders, an unknown or repeated 结对编号 are refused at 结对编号', () => {
    expect(codes(['P13', 'P15'])).toEqual([['CONTACT_GROUP_MIXED_LEADERS', '结对编号']]);
    expect(codes(['P13', 'P99'])).toEqual([['CONTACT_GROUP_PART_UNKNOWN', '结对编号']]);
    expect(codes('P13、P14、p13')).toEqual([['CONTACT_GROUP_DUPLICATE', '结对编号']]);
  });

  test('a 结对编号 holding a separator cannot be listed: it would read back as several', () => {
    const prepared = prepareContact(ledger, { ...seminar, pairingId: ['P13', 'P 14'] }, today);
    expect(!prepared.ok && prepared.error.map((problem) => problem.message)).toEqual([
      '「联系记录」B2：结对编号“P 14”含有空格或顿号、逗号、分号，写进编号列表后会被读成几个编号：请单独填报这个结对，或先在「结对关系」中改用不含这些符号的编号。',
    ]);
  });

  test('the date: after today said once, outside each pairing’s span said for each', () => {
    expect(codes(['P13', 'P14'], { date: '2026-12-01' })).toEqual([['CONTACT_AFTER_TODAY', '联系日期']]);
    const outside = prepareContact(ledger, { ...seminar, pairingId: ['P13', 'P14'], date: '2026-02-20' }, today);
    expect(!outside.ok && outside.error.map((problem) => problem.message)).toEqual([
      expect.stringContaining('不在结对“P13”的有效期'),
      expect.stringContaining('不在结对“P14”的有效期'),
    ]);
  });
});

describe('what the pane offers', () => {
  test('the overview preselects the semester of today and lists every unit and pairing', () => {
    const overview = ledgerOverview(ledger, today);
    expect(overview.currentSemesterId).toBe('2026-2027-1');
    expect(overview.units).toEqual(['英语语言文化学院', '西方语言文化学院', '国际商学院', '艺术学院', '统战部']);
    expect(overview.pairings.find((pairing) => pairing.pairingId === 'P03')).toMatchObject({
      leader: '孙志强',
      figure: '杨帆',
      active: false,
    });
    expect(overview.pairings.filter((pairing) => pairing.active)).toHaveLength(11);
  });

  test('selected rows of 结对关系 or 联系记录 name their pairings; other sheets none', () => {
    expect(pairingIdsOnRows(ledger, '结对关系', [2, 3, 99])).toEqual(['P01', 'P02']);
    expect(pairingIdsOnRows(ledger, '联系记录', [2, 12, 13])).toEqual(['P01', 'P02']);
    expect(pairingIdsOnRows(ledger, '单位', [2])).toEqual([]);
  });
});
