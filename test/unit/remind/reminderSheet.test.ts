import type { PairingResult } from '../../../src/core/check/checkResult';
import type { LocalDate } from '../../../src/core/localDate';
import type { ItemToChase, UnitReminder } from '../../../src/core/remind/remindPlan';
import { type ReminderContext, reminderSheet } from '../../../src/core/remind/reminderSheet';
import { renderReminders } from '../../../src/core/remind/renderReminders';
import { MAX_SHEET_NAME } from '../../../src/core/sheet/sheetName';
import type { SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';
import { runCheck } from '../../../src/core/check/runCheck';

/** The 催办单 as laid out: what it says in each state of the semester, long texts, many rows, names. */
const d = (date: string) => date as LocalDate;
const context: ReminderContext = {
  schoolName: '测试学院',
  today: d('2027-01-20'),
  semester: { name: '2026-2027学年第一学期', start: d('2026-09-01'), end: d('2027-02-28') },
  daysLeft: 40,
};
const place = { sheet: '结对关系', row: 2, column: '结对编号', cell: 'A2' };
const pairing = (index: number): PairingResult => ({
  ...place,
  pairingId: `P${index}`,
  level: '院级',
  leader: '张三',
  figure: '李四',
  unit: '英语学院',
  contacts: 0,
  status: 'pending',
  lastContact: null,
});
const item = (itemId: string, due: string, content = '建议增加访学名额'): ItemToChase => ({
  ...place,
  itemId,
  department: '',
  due: d(due),
  status: '办理中',
  content,
  state: due < '2027-01-20' ? 'overdue' : 'dueSoon',
});
const reminder = (extra: Partial<UnitReminder>): UnitReminder => ({
  unit: '英语学院',
  pairings: [],
  festivals: [],
  items: [],
  ...extra,
});
const texts = (spec: SheetSpec): string[] =>
  spec.cells.flatMap((cell) => (cell.content?.kind === 'text' ? [cell.content.text] : []));

describe('the 催办单 sheet', () => {
  test('says how many days are left while the semester runs, and when it has not begun or is over', () => {
    const running = texts(reminderSheet(reminder({ pairings: [pairing(1)] }), context, '催办单-英语学院'));
    expect(running).toContain('2026-2027学年第一学期（2026年9月1日至2027年2月28日），距学期结束还剩 40 天。');
    expect(running).toContain('请于2027年2月28日前完成本学期的联系任务。');
    const before = texts(reminderSheet(reminder({}), { ...context, today: d('2026-08-20') }, 'x'));
    expect(before.some((line) => line.endsWith('）尚未开始。'))).toBe(true);
    const after = texts(reminderSheet(reminder({}), { ...context, today: d('2027-03-02'), daysLeft: 0 }, 'x'));
    expect(after.some((line) => line.endsWith('）已结束。'))).toBe(true);
    expect(after.some((line) => line.startsWith('请于'))).toBe(false);
  });

  test('each item says how late or how soon, and a missing 承办部门 as 未填', () => {
    const spec = reminderSheet(
      reminder({ items: [item('Y01', '2027-01-10'), item('Y02', '2027-01-20'), item('Y03', '2027-01-23')] }),
      context,
      'x',
    );
    expect(texts(spec)).toEqual(expect.arrayContaining(['逾期 10 天', '今天到期', '3 天后到期', '未填']));
  });

  test('a long 事项内容 is shortened with a pointer to the ledger; a short one is whole', () => {
    const long = '请'.repeat(300);
    const spec = reminderSheet(reminder({ items: [item('Y01', '2027-01-10', long)] }), context, 'x');
    expect(texts(spec)).toContain(`${'请'.repeat(120)}…（详见台账）`);
    expect(Math.max(...spec.rows.map((row) => row.height))).toBeLessThanOrEqual(409);
  });

  test('one page tall while it fits; a unit with many rows flows over as many pages as it needs, one wide', () => {
    const short = reminderSheet(reminder({ pairings: [pairing(1)] }), context, 'x');
    expect(short.page).toMatchObject({ orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 });
    const many = Array.from({ length: 60 }, (_, index) => pairing(index));
    expect(reminderSheet(reminder({ pairings: many }), context, 'x').page).toMatchObject({ fitToHeight: 0 });
  });
});

describe('renderReminders', () => {
  test('names are 催办单-{单位}, cut to Excel’s 31 characters (UTF-16 units) and unique', () => {
    const { ledger, problems } = readOrThrow(sampleRaw());
    const checked = runCheck(ledger, problems, { semesterId: '2026-2027-1', today: d('2027-01-20') });
    if (!checked.ok) throw new Error(checked.error.message);
    // Two units whose names agree beyond the 27 characters left after 催办单- (surrogate pairs: sheetName.test.ts).
    const long = '国际交流与合作处（港澳台办公室）暨中外合作办学项目管理办公室';
    const rename = <T extends { unit: string }>(row: T): T => ({
      ...row,
      unit: row.unit === '西方语言文化学院' ? `${long}甲` : row.unit === '统战部' ? `${long}乙` : row.unit,
    });
    // Without 重大节日 (no lunar calendar here) 甲 has P14 to contact, 乙 the items raised through the
    // 统战部's contacts (Y2026-03 overdue, Y2026-05 due soon): each gets a 催办单.
    const result = { ...checked.value, pairings: checked.value.pairings.map(rename), festivals: [] };
    const rendered = renderReminders(
      {
        ...ledger,
        pairings: ledger.pairings.map(rename),
        contacts: ledger.contacts.map((contact) => ({ ...contact, pairing: rename(contact.pairing) })),
      },
      result,
    );
    if (!rendered.ok) throw new Error(rendered.error.message);
    const names = rendered.value.sheets.map((sheet) => sheet.spec.name);
    expect(names).toContain('催办单-英语语言文化学院');
    expect(names.every((name) => name.length <= MAX_SHEET_NAME)).toBe(true);
    const cut = names.filter((name) => name.startsWith('催办单-国际交流与合作处'));
    expect(cut).toEqual([`催办单-${long.slice(0, 27)}`, `催办单-${long.slice(0, 25)}-2`]);
  });
});
