import { textCell } from '../../../src/core/cell';
import { mergePlan } from '../../../src/core/distribute/mergePlan';
import { type ReturnedFile, returnedTables } from '../../../src/core/distribute/returnedFile';
import type { LocalDate } from '../../../src/core/localDate';
import type { RawWorkbook } from '../../../src/core/rawWorkbook';
import type { LedgerContent } from '../../../src/core/template/ledgerTemplate';
import { createMemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { baseContent, rawLedger } from '../../support/rawLedger';

/**
 * 汇总's plan (SPEC §4 merge) on small ledgers: two units, 英语学院 (张三 ↔ 李四, P01) and 艺术学院
 * (赵六 ↔ 王五, P02), and one contact C2026-001 of P01.
 */
const TODAY = '2027-01-20' as LocalDate;
type Row = Record<string, string | number | undefined>;

const LEADERS: Row[] = [
  { leaderId: 'L01', name: '张三', post: '书记', level: '院级', unit: '英语学院', status: '在任' },
  { leaderId: 'L02', name: '赵六', post: '书记', level: '院级', unit: '艺术学院', status: '在任' },
];
const FIGURES: Row[] = [
  { figureId: 'F01', name: '李四', ethnicity: '汉族', unit: '英语学院', status: '在职' },
  { figureId: 'F02', name: '王五', unit: '艺术学院', status: '在职' },
];
const PAIRINGS: Row[] = [
  { pairingId: 'P01', level: '院级', leaderId: 'L01', figureId: 'F01', start: '2026-03-01' },
  { pairingId: 'P02', level: '院级', leaderName: '赵六', figureName: '王五', unit: '艺术学院', start: '2026-03-01' },
];
const C1: Row = {
  contactId: 'C2026-001',
  pairingId: 'P01',
  date: '2026-10-09',
  form: '个别谈心',
  summary: '交流教学。',
};

const content = (tables: Partial<Record<string, Row[]>> = {}): LedgerContent =>
  baseContent({
    单位: [{ name: '英语学院' }, { name: '艺术学院' }],
    领导干部: LEADERS,
    党外代表人士: FIGURES,
    结对关系: PAIRINGS,
    联系记录: [C1],
    ...tables,
  });

const MASTER = rawLedger(content());

/** A returned workbook holding these rows (a unit's copy when `unit` is given). */
const returnedLedger = (name: string, tables: Partial<Record<string, Row[]>>, unit?: string): ReturnedFile => ({
  name,
  kind: 'ledger',
  cells: rawLedger({
    ...content(),
    设置: unit ? [{ key: '分发单位', value: unit }] : [],
    联系记录: [],
    ...tables,
  }),
});

/** A form's CSV: a header row and rows of text. */
const returnedCsv = (name: string, rows: string[][]): ReturnedFile => ({
  name,
  kind: 'csv',
  cells: { sheets: [{ name: '联系记录', rows: rows.map((row) => row.map(textCell)) }], date1904: false },
});

function plan(files: readonly ReturnedFile[], master: RawWorkbook = MASTER, hidden: string[] = []) {
  const shapes = files.map((file) => {
    const shape = returnedTables(file);
    if (!shape.ok) throw new Error(shape.error.message);
    return shape.value;
  });
  return mergePlan(master, shapes, { ledgerFile: '台账.xlsx', today: TODAY, hiddenFigureKeys: hidden });
}

const addedRows = (result: ReturnType<typeof plan>, sheet: string) =>
  result.appends.find((append) => append.def.sheet === sheet)?.rows ?? [];

describe('rows matched by their 编号', () => {
  test('a new 编号 is added; the same 编号 with the same content (after normalisation) is skipped', () => {
    const result = plan([
      returnedLedger('a.xlsx', {
        联系记录: [
          // The same contact, the date written as text and the summary with spaces around it.
          { ...C1, date: '2026年10月9日', summary: '  交流教学。 ' },
          { ...C1, contactId: '英语-01', date: '2026-11-02' },
        ],
      }),
    ]);
    expect(addedRows(result, '联系记录')).toEqual([
      expect.objectContaining({ contactId: '英语-01', date: '2026-11-02' }),
    ]);
    expect(result.files[0]?.skipped).toEqual({ 领导干部: 2, 党外代表人士: 2, 结对关系: 2, 联系记录: 1 });
    expect(result.conflicts).toEqual([]);
  });

  test('the same 编号 with other content is a conflict with both places, and is not added', () => {
    const result = plan([returnedLedger('a.xlsx', { 联系记录: [{ ...C1, form: '实地走访' }] })]);
    expect(result.appends).toEqual([]);
    expect(result.conflicts).toEqual([
      {
        sheet: '联系记录',
        id: 'C2026-001',
        headers: ['联系形式'],
        existing: { file: '台账.xlsx', sheet: '联系记录', row: 2, column: '联系形式', cell: 'F2', value: '个别谈心' },
        returned: { file: 'a.xlsx', sheet: '联系记录', row: 2, column: '联系形式', cell: 'F2', value: '实地走访' },
      },
    ]);
  });

  test('the same new 编号 in two returned files: the second is skipped when equal, a conflict naming both files when not', () => {
    const row = { ...C1, contactId: '英语-01', date: '2026-11-02' };
    const same = plan([returnedLedger('a.xlsx', { 联系记录: [row] }), returnedLedger('b.xlsx', { 联系记录: [row] })]);
    expect(addedRows(same, '联系记录')).toHaveLength(1);
    expect(same.files[1]?.skipped['联系记录']).toBe(1);
    const other = plan([
      returnedLedger('a.xlsx', { 联系记录: [row] }),
      returnedLedger('b.xlsx', { 联系记录: [{ ...row, summary: '另一次。' }] }),
    ]);
    expect(other.conflicts.map(({ existing, returned }) => [existing.file, returned.file])).toEqual([
      ['a.xlsx', 'b.xlsx'],
    ]);
  });

  test("分发隐去列's columns, empty in a unit's copy, are not a difference; filled differently they are", () => {
    const hiddenEmpty = returnedLedger('a.xlsx', {
      党外代表人士: [{ ...FIGURES[0], ethnicity: undefined }, FIGURES[1] as Row],
    });
    expect(plan([hiddenEmpty], MASTER, ['ethnicity']).conflicts).toEqual([]);
    expect(plan([hiddenEmpty], MASTER, []).conflicts.map((conflict) => conflict.headers)).toEqual([['民族']]);
    const changed = returnedLedger('b.xlsx', {
      党外代表人士: [{ ...FIGURES[0], ethnicity: '回族' }, FIGURES[1] as Row],
    });
    expect(plan([changed], MASTER, ['ethnicity']).conflicts).toHaveLength(1);
  });
});

describe('rows without 记录编号 (form answers)', () => {
  const header = ['结对编号', '干部姓名', '人士姓名', '联系日期', '联系形式', '联系沟通情况'];

  test('get the next free 记录编号 of the year, in order; one repeating an existing contact is skipped', () => {
    const result = plan([
      returnedCsv('form.csv', [
        header,
        ['P01', '', '', '2027/1/5', '个别谈心', '谈科研。'],
        ['', '赵六', '王五', '2027-01-06', '实地走访', '走访工作室。'],
        // The ledger's own C2026-001, by names and another spelling of its date.
        ['', '张三', '李四', '2026.10.9', '个别谈心', '交流教学。'],
        // The first answer sent twice.
        ['P01', '', '', '2027-01-05', '个别谈心', ' 谈科研。'],
      ]),
    ]);
    expect(addedRows(result, '联系记录').map((row) => [row.contactId, row.date])).toEqual([
      ['C2027-001', '2027-01-05'],
      ['C2027-002', '2027-01-06'],
    ]);
    expect(result.files[0]).toMatchObject({ numbered: ['C2027-001', 'C2027-002'], skipped: { 联系记录: 2 } });
  });

  test('a group row repeating a contact of one of its pairings is added (the other would lose it); sent twice, skipped', () => {
    const group = ['P01、P02', '', '', '2026-10-09', '个别谈心', '交流教学。'];
    const result = plan([returnedCsv('form.csv', [header, group, group])]);
    expect(addedRows(result, '联系记录').map((row) => [row.contactId, row.pairingId])).toEqual([
      ['C2027-001', 'P01、P02'],
    ]);
    expect(result.files[0]).toMatchObject({ skipped: { 联系记录: 1 } });
  });

  test('merged into the ledger they made, the same answers add nothing', async () => {
    const form = returnedCsv('form.csv', [header, ['P01', '', '', '2027/1/5', '个别谈心', '谈科研。']]);
    const first = plan([form]);
    const workbook = createMemoryWorkbook(MASTER);
    await workbook.appendRows(first.appends.map(({ def, rows }) => ({ def, rows })));
    const again = plan([form], workbook.cells());
    expect(again.appends).toEqual([]);
    expect(again.skipped).toBe(1);
  });
});

describe('each added row is checked as the check would check it', () => {
  test('a row with an error is rejected at its cell in its own file, with the check’s words', () => {
    const result = plan([
      returnedLedger('a.xlsx', {
        联系记录: [
          { ...C1, contactId: 'X-1', date: '2025-01-05' },
          { ...C1, contactId: 'X-2', pairingId: 'P09' },
          { ...C1, contactId: 'X-3', date: '2026-12-01' },
        ],
      }),
    ]);
    expect(addedRows(result, '联系记录').map((row) => row.contactId)).toEqual(['X-3']);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        file: 'a.xlsx',
        sheet: '联系记录',
        row: 2,
        cell: 'E2',
        code: 'CONTACT_OUTSIDE_PAIRING',
      }),
      expect.objectContaining({ file: 'a.xlsx', row: 3, cell: 'B3', code: 'CONTACT_PAIRING_UNKNOWN' }),
    ]);
    expect(result.rejected[1]?.message).toBe(
      '结对编号“P09”在「结对关系」中不存在：请核对结对编号，此行改正前不计入检查。',
    );
  });

  test('a new pairing with an error is rejected, and so is the new contact of it', () => {
    const result = plan([
      returnedLedger('a.xlsx', {
        结对关系: [
          ...PAIRINGS,
          { pairingId: 'P03', level: '校级', leaderId: 'L01', figureId: 'F02', start: '2026-09-01' },
        ],
        联系记录: [{ ...C1, contactId: 'X-1', pairingId: 'P03', date: '2026-10-01' }],
      }),
    ]);
    expect(result.appends).toEqual([]);
    expect(result.rejected.map((rejection) => [rejection.sheet, rejection.code])).toEqual([
      ['结对关系', 'PAIRING_LEVEL_MISMATCH'],
      ['联系记录', 'CONTACT_PAIRING_UNKNOWN'],
    ]);
  });

  test("a unit's copy adds only rows of its own pairings", () => {
    const result = plan([
      returnedLedger(
        'a.xlsx',
        {
          联系记录: [
            { ...C1, contactId: 'X-1', date: '2026-11-01' },
            { ...C1, contactId: 'X-2', pairingId: 'P02', date: '2026-11-01' },
          ],
        },
        '英语学院',
      ),
    ]);
    expect(addedRows(result, '联系记录').map((row) => row.contactId)).toEqual(['X-1']);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        cell: 'B3',
        code: 'MERGE_OTHER_UNIT',
        message: expect.stringContaining('结对“P02”属于“艺术学院”，不是这份分发件的单位“英语学院”'),
      }),
    ]);
  });

  test('a new person whose name a pairing names someone by is rejected: it would break that pairing', () => {
    const result = plan([
      returnedLedger('a.xlsx', {
        党外代表人士: [...FIGURES, { figureId: 'F09', name: '王五', unit: '英语学院', status: '在职' }],
      }),
    ]);
    expect(result.appends).toEqual([]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ sheet: '党外代表人士', cell: 'B4', code: 'MERGE_BREAKS_ROW' }),
    ]);
    expect(result.rejected[0]?.message).toContain('会使台账「结对关系」第 3 行出错');
  });

  test('a value under a column the ledger lacks is not dropped: the row is rejected', () => {
    const master: RawWorkbook = {
      ...MASTER,
      sheets: MASTER.sheets.map((sheet) =>
        sheet.name === '联系记录' ? { ...sheet, rows: sheet.rows.map((row) => (row ?? []).slice(0, 9)) } : sheet,
      ),
    };
    const result = plan(
      [returnedLedger('a.xlsx', { 联系记录: [{ ...C1, contactId: 'X-1', note: '带备注' }] })],
      master,
    );
    expect(result.appends).toEqual([]);
    expect(result.rejected).toEqual([expect.objectContaining({ cell: 'J2', code: 'MERGE_COLUMN_MISSING' })]);
  });
});

describe('files that cannot be merged', () => {
  test('a workbook with none of the tables, a CSV without 联系记录 headers, a table without a required column', () => {
    const none = returnedTables({
      name: 'x.xlsx',
      kind: 'ledger',
      cells: { sheets: [{ name: 'Sheet1', rows: [] }], date1904: false },
    });
    expect(!none.ok && none.error.kind).toBe('returnedNotLedger');
    const csv = returnedTables(returnedCsv('f.csv', [['姓名', '电话']]));
    expect(!csv.ok && csv.error.message).toContain('按 UTF-8 编码读取“f.csv”，找不到联系记录的表头行');
    const partial = returnedTables(returnedCsv('f.csv', [['结对编号', '联系日期', '联系形式']]));
    expect(!partial.ok && partial.error.message).toContain('“f.csv”第 1 行的表头缺少「联系沟通情况」列');
    const noPairing = returnedTables(returnedCsv('f.csv', [['联系日期', '联系形式', '联系沟通情况']]));
    expect(!noPairing.ok && noPairing.error.kind).toBe('returnedNoPairingColumns');
  });
});
