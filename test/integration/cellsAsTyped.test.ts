import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Problem } from '../../src/core/problems';
import { lianyi, tempDir } from '../support/cli';

/**
 * Cells as a hostile tryout fills them (issue 9): each gets its own true message at its cell, never
 * "#VALUE!" for a number no day is, "不能为空" for a formula never calculated, silence for a column
 * written twice, or "没有这个学期" for a semester that overlaps another.
 */
describe('lianyi check says what is really in a cell', () => {
  const dir = tempDir();
  const ledger = join(dir, 'ledger.xlsx');
  const edited = join(dir, 'edited.xlsx');
  let problems: Problem[];
  let exitCode: number;

  const at = (sheet: string, cell: string): Problem[] =>
    problems.filter((problem) => problem.sheet === sheet && problem.cell === cell);
  const onlyAt = (sheet: string, cell: string): Problem => {
    const found = at(sheet, cell);
    expect(found).toHaveLength(1);
    return found[0] as Problem;
  };

  beforeAll(async () => {
    expect((await lianyi(['init', ledger, '--sample'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    // Without the validations: exceljs expands each whole-column rule cell by cell (minutes).
    await workbook.xlsx.readFile(ledger, { ignoreNodes: ['dataValidations'] });
    const contacts = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    // 联系日期 is column E: a date format on numbers no day is, and a formula saved without its result.
    const dated = (cell: string, value: number, numFmt: string) => {
      contacts.getCell(cell).value = value;
      contacts.getCell(cell).numFmt = numFmt;
    };
    dated('E2', 0, 'yyyy-mm-dd');
    dated('E3', -1, 'yyyy-mm-dd');
    dated('E4', 3_000_000, 'yyyy"年"m"月"d"日"');
    dated('E5', 0.5, 'h:mm');
    contacts.getCell('E6').value = { formula: 'TODAY()' } as ExcelJS.CellFormulaValue;
    // A second 联系日期 column at the right, holding a date the first does not.
    contacts.getCell('M1').value = '联系日期';
    contacts.getCell('M7').value = new Date(Date.UTC(2026, 9, 1));
    // A required cell holding only invisible characters, and a 结对编号 with a word joiner in it.
    contacts.getCell('G8').value = '\u200d\u00ad\u2060';
    const pairingId = String(contacts.getCell('B9').value);
    contacts.getCell('B9').value = `${pairingId.slice(0, 1)}\u2060${pairingId.slice(1)}\ufeff`;
    // A second, empty 备注 column on 单位: nothing is lost, a warning only.
    (workbook.getWorksheet('单位') as ExcelJS.Worksheet).getCell('F1').value = '备注';
    // 2026-2027-2 now starts before 2026-2027-1 ends.
    (workbook.getWorksheet('学期') as ExcelJS.Worksheet).getCell('C5').value = new Date(Date.UTC(2027, 1, 15));
    await workbook.xlsx.writeFile(edited);
    const run = await lianyi(['check', edited, '--json', '--today', '2027-01-20']);
    exitCode = run.code;
    problems = JSON.parse(run.stdout).problems;
  });

  test('the check runs (exit 1: errors found)', () => {
    expect(exitCode).toBe(1);
  });

  test('a date-formatted 0 is a day that never was (1900-01-00)', () => {
    expect(onlyAt('联系记录', 'E2')).toMatchObject({ code: 'DATE_NO_SUCH_DAY', severity: 'error' });
    expect(onlyAt('联系记录', 'E2').message).toContain('数值 0 以日期格式显示为 1900-01-00，但没有这一天');
  });

  test('a negative number and one past 9999-12-31 are outside the days Excel shows', () => {
    expect(onlyAt('联系记录', 'E3')).toMatchObject({ code: 'DATE_OUT_OF_RANGE', severity: 'error' });
    expect(onlyAt('联系记录', 'E3').message).toContain('数值 -1 不是任何一天');
    expect(onlyAt('联系记录', 'E4').message).toContain(
      '数值 3000000 不是任何一天（Excel 的日期在 1900-01-01 至 9999-12-31 之间',
    );
  });

  test('a time without a date says so, with the time', () => {
    expect(onlyAt('联系记录', 'E5')).toMatchObject({ code: 'DATE_TIME_ONLY', severity: 'error' });
    expect(onlyAt('联系记录', 'E5').message).toBe(
      '「联系记录」E5：「联系日期」只有时间 12:00，没有日期：请填写日期，例如 2026-09-15。',
    );
  });

  test('a formula saved without its result asks to open and save the file, not to fill the cell', () => {
    const problem = onlyAt('联系记录', 'E6');
    expect(problem).toMatchObject({ code: 'FORMULA_NO_RESULT', severity: 'error' });
    expect(problem.message).toContain('公式没有计算结果');
    expect(problem.message).toContain('打开并保存');
    expect(problem.message).not.toContain('不能为空');
  });

  test('no date problem is an error value (#VALUE!)', () => {
    expect(problems.filter((problem) => problem.message.includes('#VALUE!'))).toEqual([]);
  });

  test('a header written twice is reported at the second header cell, as an error when its values would be lost', () => {
    const problem = onlyAt('联系记录', 'M1');
    expect(problem).toMatchObject({ code: 'DUPLICATE_HEADER', severity: 'error', row: 1, column: '联系日期' });
    expect(problem.message).toContain('有两列都叫「联系日期」（E 列和 M 列）');
    expect(problem.message).toContain('M 列有 1 行与 E 列不同（如 M7）');
    const note = onlyAt('单位', 'F1');
    expect(note).toMatchObject({ code: 'DUPLICATE_HEADER', severity: 'warning' });
    expect(note.message).toContain('检查只读取 E 列');
  });

  test('invisible characters do not make a cell filled, nor an ID another one', () => {
    expect(onlyAt('联系记录', 'G8')).toMatchObject({ code: 'REQUIRED_MISSING' });
    expect(at('联系记录', 'B9')).toEqual([]);
  });

  test('overlapping semesters: the overlap at the later one’s start, naming the other and the days', () => {
    const problem = onlyAt('学期', 'C5');
    expect(problem).toMatchObject({ code: 'SEMESTER_OVERLAP', severity: 'error' });
    expect(problem.message).toContain(
      '学期“2026-2027-2”与学期“2026-2027-1”（第 4 行）的日期重叠（2027-02-15 至 2027-02-28）',
    );
  });

  test('a semester that overlaps another is still there to check, with the overlap among its problems', async () => {
    const run = await lianyi(['check', edited, '--semester', '2026-2027-2', '--today', '2027-06-01', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.semester.id).toBe('2026-2027-2');
    expect(result.problems.map((problem: Problem) => problem.code)).toContain('SEMESTER_OVERLAP');
  });
});
