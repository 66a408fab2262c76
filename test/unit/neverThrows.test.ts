import fc from 'fast-check';
import { type Cell, toCell } from '../../src/core/cell';
import { cellText } from '../../src/core/cellText';
import { runCheck } from '../../src/core/check/runCheck';
import { handoverPlan, type HandoverRequest } from '../../src/core/handover/handoverPlan';
import { readLedger } from '../../src/core/ledger/readLedger';
import type { LocalDate } from '../../src/core/localDate';
import type { RawSheet } from '../../src/core/rawWorkbook';
import { readTable } from '../../src/core/readTable';
import type { TableDef } from '../../src/core/schema/columns';
import { LEDGER_TABLES } from '../../src/core/schema/index';
import { CONTACT_FORMS, FIGURE_CATEGORIES, LEVELS } from '../../src/core/schema/valueLists';

/** Values users and programs really put in cells, plus plain noise. */
const anyCellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.string(),
  fc.constantFrom(
    '2026-09-15',
    '2026/9/15',
    '2026年9月15日',
    '20260915',
    '2026-02-30',
    '是',
    'N',
    '√',
    '',
    '　',
    'P01',
    'L01',
    'F01',
    '张三',
  ),
  fc.constantFrom(...LEVELS, ...CONTACT_FORMS, ...FIGURE_CATEGORIES, '民盟', '在任', '离任', '在职', '调离', '办理中'),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.record({ richText: fc.array(fc.record({ text: fc.string() }), { maxLength: 3 }) }),
  fc.record({ formula: fc.string(), result: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)) }),
  fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#VALUE!') }),
  fc.record({ text: fc.string(), hyperlink: fc.string() }),
);

const rowsFor = (def: TableDef) =>
  fc.array(
    fc.array(anyCellValue, { minLength: Object.keys(def.columns).length, maxLength: Object.keys(def.columns).length }),
    { maxLength: 8 },
  );

function sheetOf(def: TableDef, rows: unknown[][]): RawSheet {
  const header: Cell[] = Object.values(def.columns).map((column) => toCell(column.header));
  return { name: def.sheet, rows: [header, ...rows.map((row) => row.map((value) => toCell(value)))] };
}

describe('any value in any cell', () => {
  test.each(LEDGER_TABLES.map((def) => [def.sheet, def] as const))(
    'of 「%s」 gives a parsed row or a located problem',
    (_sheet, def) => {
      fc.assert(
        fc.property(rowsFor(def), (rows) => {
          const sheet = sheetOf(def, rows);
          const read = readTable(sheet, def, false);
          if (!read.ok) throw new Error(read.error.message);
          const parsedRows = new Set(read.value.rows.map((row) => row.row));
          sheet.rows.slice(1).forEach((cells, index) => {
            const rowNumber = index + 2;
            // A formula never calculated is not blank: its value is unknown, and said so.
            const blank = (cells ?? []).every(
              (cell) => cell === undefined || (cellText(cell) === '' && cell.kind !== 'uncalculated'),
            );
            const located = read.value.problems.filter((problem) => problem.row === rowNumber);
            if (blank) expect(parsedRows.has(rowNumber) || located.length > 0).toBe(false);
            else expect(parsedRows.has(rowNumber) || located.length > 0).toBe(true);
            for (const problem of located) {
              expect(problem.sheet).toBe(def.sheet);
              expect(problem.cell).toMatch(new RegExp(`^[A-Z]+${rowNumber}$`));
              expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
            }
          });
          // Rows skip zod when nothing in them looks wrong: every row kept must still be one zod accepts.
          for (const { row: _row, ...fields } of read.value.rows)
            expect(def.schema.safeParse(fields).success).toBe(true);
        }),
        { numRuns: 150 },
      );
    },
  );

  test('of a whole ledger never makes the check throw', () => {
    const tables = fc.tuple(...LEDGER_TABLES.map((def) => rowsFor(def)));
    fc.assert(
      fc.property(tables, fc.constantFrom('2026-11-23', '2027-03-05', '2026-09-01'), (allRows, today) => {
        const workbook = {
          sheets: LEDGER_TABLES.map((def, index) => sheetOf(def, allRows[index] ?? [])),
          date1904: false,
        };
        const read = readLedger(workbook);
        if (!read.ok) throw new Error(read.error.message);
        const checked = runCheck(read.value.ledger, read.value.problems, { today: today as LocalDate });
        if (checked.ok) {
          expect(checked.value.summary.pairingsDue).toBe(checked.value.pairings.length);
          for (const problem of checked.value.problems) expect(problem.cell).toMatch(/^[A-Z]+\d+$/);
        } else {
          expect(checked.error.message).toMatch(/学期/);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('of a whole ledger never makes a handover throw: a plan, or one Chinese sentence', () => {
    const tables = fc.tuple(...LEDGER_TABLES.map((def) => rowsFor(def)));
    const who = fc.constantFrom('L01', 'F01', '张三', 'P01', '');
    const request: fc.Arbitrary<HandoverRequest> = fc.oneof(
      fc.record({
        kind: fc.constant('leader' as const),
        leader: who,
        on: fc.constantFrom('2026-09-15', '2027-03-05') as fc.Arbitrary<LocalDate>,
        successor: fc.option(who, { nil: undefined }),
      }),
      fc.record({
        kind: fc.constant('figure' as const),
        figure: who,
        on: fc.constantFrom('2026-09-15', '2027-03-05') as fc.Arbitrary<LocalDate>,
        status: fc.constantFrom('调离' as const, '退休' as const),
      }),
    );
    fc.assert(
      fc.property(tables, request, (allRows, asked) => {
        const workbook = {
          sheets: LEDGER_TABLES.map((def, index) => sheetOf(def, allRows[index] ?? [])),
          date1904: false,
        };
        const read = readLedger(workbook);
        if (!read.ok) throw new Error(read.error.message);
        const plan = handoverPlan(workbook, read.value.ledger, asked, {
          today: '2027-01-20' as LocalDate,
          sheetNames: [],
        });
        if (!plan.ok) expect(plan.error.message).toMatch(/[\u4e00-\u9fff]/);
        else for (const edit of plan.value.edits) expect(edit.row).toBeGreaterThan(1);
      }),
      { numRuns: 200 },
    );
  });
});
