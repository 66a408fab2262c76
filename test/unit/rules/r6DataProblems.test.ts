import { runCheck } from '../../../src/core/check/runCheck';
import type { LocalDate } from '../../../src/core/localDate';
import { baseContent, rawLedger, readOrThrow } from '../../support/rawLedger';
import { check, contact, FIGURE, LEADER, onlyProblem, PAIRING, problemsOf, S1, S2 } from './fixture';

/**
 * R6: missing required cells, values outside the lists, duplicate 编号, overlapping semesters and
 * references to missing people are problems with sheet, row and cell; the rest is still checked.
 */
const today = { today: '2027-01-20' };
const semester = (semesterId: string, start: string, end: string) => ({
  semesterId,
  name: `${semesterId}学期`,
  start,
  end,
});

describe('R6 data problems', () => {
  test('a clean ledger has no problem at all', () => {
    expect(check({ contacts: [contact('C01', 'P01', '2026-10-10')] }, today).problems).toEqual([]);
  });

  test('a missing required cell is an error at that cell, and the row is left out', () => {
    const result = check({ leaders: [{ leaderId: 'L02', name: '王五', level: '院级', status: '在任' }] }, today);
    const problem = onlyProblem(result, 'REQUIRED_MISSING');
    expect(problem).toMatchObject({
      severity: 'error',
      rule: 'R6',
      sheet: '领导干部',
      row: 3,
      column: '职务',
      cell: 'C3',
    });
    expect(problem.message).toBe('「领导干部」C3：「职务」不能为空：请填写，此行补全前不计入检查。');
  });

  test('a value outside its list is an error naming the allowed values', () => {
    const result = check({ contacts: [contact('C01', 'P01', '2026-10-10', { form: '喝茶' })] }, today);
    const problem = onlyProblem(result, 'NOT_IN_LIST');
    expect(problem).toMatchObject({ severity: 'error', sheet: '联系记录', row: 2, column: '联系形式', cell: 'F2' });
    expect(problem.message).toContain('“喝茶”不在可选范围内：请从下拉列表中选择（座谈研讨、个别谈心');
  });

  test('a duplicate 编号 (compared case-insensitively) is an error on the later row, which is left out', () => {
    const result = check({ figures: [{ ...FIGURE, figureId: ' f01 ', name: '钱六' }] }, today);
    const problem = onlyProblem(result, 'DUPLICATE_ID');
    expect(problem).toMatchObject({ severity: 'error', sheet: '党外代表人士', row: 3, column: '人士编号', cell: 'A3' });
    expect(problem.message).toContain('人士编号“f01”与第 2 行重复：请改为唯一的编号');
    expect(result.summary.figuresInService).toBe(1);
  });

  test('a duplicate 结对编号 keeps the first pairing only', () => {
    const result = check({ pairings: [{ ...PAIRING, start: '2026-10-01' }] }, today);
    expect(onlyProblem(result, 'DUPLICATE_ID')).toMatchObject({ sheet: '结对关系', row: 3, cell: 'A3' });
    expect(result.pairings.map((pairing) => pairing.row)).toEqual([2]);
  });

  test('overlapping semesters are an error at the later one’s 开始日期; the earlier one is still checked', () => {
    const result = check(
      { replace: { semesters: [semester(S1, '2026-09-01', '2027-02-28'), semester(S2, '2027-02-15', '2027-08-31')] } },
      today,
    );
    const problem = onlyProblem(result, 'SEMESTER_OVERLAP');
    expect(problem).toMatchObject({ severity: 'error', sheet: '学期', row: 3, column: '开始日期', cell: 'C3' });
    expect(problem.message).toBe(
      '「学期」C3：学期“2026-2027-2”与学期“2026-2027-1”（第 2 行）的日期重叠（2027-02-15 至 2027-02-28）：请调整开始或结束日期，使每一天只属于一个学期；改正前，这些天的联系记录两个学期都计入。',
    );
    expect(result.semester.id).toBe(S1);
  });

  test('a semester overlapping another is still checked when asked for, its contacts in no "missing semester"', () => {
    const semesters = [semester(S1, '2026-09-01', '2027-02-28'), semester(S2, '2027-02-15', '2027-08-31')];
    const result = check(
      { replace: { semesters }, contacts: [contact('C01', 'P01', '2027-02-20'), contact('C02', 'P01', '2027-04-01')] },
      { today: '2027-05-01', semesterId: S2 },
    );
    expect(result.semester.id).toBe(S2);
    expect(onlyProblem(result, 'SEMESTER_OVERLAP').cell).toBe('C3');
    expect(result.problems.filter((problem) => problem.code === 'CONTACT_IN_NO_SEMESTER')).toEqual([]);
    // What the cells say: both contacts are dated inside 2026-2027-2 as written.
    expect(result.pairings[0]?.contacts).toBe(2);
  });

  test('a semester left out for its dates is named when the user asks for it, not said to be missing', () => {
    const semesters = [semester(S1, '2026-09-01', '2027-02-28'), semester(S2, '2027-08-31', '2027-03-01')];
    const { ledger, problems } = readOrThrow(rawLedger(baseContent({ 学期: semesters })));
    const chosen = runCheck(ledger, problems, { today: '2027-05-01' as LocalDate, semesterId: S2 });
    expect(chosen.ok).toBe(false);
    if (chosen.ok) return;
    expect(chosen.error.kind).toBe('noSuchSemester');
    expect(chosen.error.message).toContain('没有可用的学期编号“2026-2027-2”');
    expect(chosen.error.message).toContain('「学期」D3：学期“2026-2027-2”的开始日期晚于结束日期');
    const current = runCheck(ledger, problems, { today: '2027-05-01' as LocalDate });
    expect(!current.ok && current.error.message).toContain('「学期」D3：');
  });

  test('two semesters sharing a single day overlap', () => {
    const result = check(
      { replace: { semesters: [semester(S1, '2026-09-01', '2027-02-28'), semester(S2, '2027-02-28', '2027-08-31')] } },
      today,
    );
    expect(onlyProblem(result, 'SEMESTER_OVERLAP')).toMatchObject({ row: 3, cell: 'C3' });
  });

  test('a semester overlapping a long one is caught even when a shorter one lies between them', () => {
    const semesters = [
      semester('2026-2027-1', '2026-09-01', '2027-08-31'),
      semester('2026-2027-2', '2026-10-01', '2026-11-30'),
      semester('2027-2028-1', '2027-03-01', '2027-08-31'),
    ];
    const result = check({ replace: { semesters } }, today);
    const overlaps = result.problems.filter((problem) => problem.code === 'SEMESTER_OVERLAP');
    expect(overlaps.map((problem) => problem.cell)).toEqual(['C3', 'C4']);
    expect(overlaps[1]?.message).toContain(
      '学期“2027-2028-1”与学期“2026-2027-1”（第 2 行）的日期重叠（2027-03-01 至 2027-08-31）',
    );
    expect(result.problems.filter((problem) => problem.code === 'SEMESTER_GAP')).toEqual([]);
  });

  test('contiguous semesters raise nothing; a gap between them is a warning naming the missing days', () => {
    expect(check({}, today).problems).toEqual([]);
    const result = check(
      { replace: { semesters: [semester(S1, '2026-09-01', '2027-01-31'), semester(S2, '2027-03-01', '2027-08-31')] } },
      today,
    );
    const problem = onlyProblem(result, 'SEMESTER_GAP');
    expect(problem).toMatchObject({ severity: 'warning', sheet: '学期', row: 3, cell: 'C3' });
    expect(problem.message).toContain('2027-02-01 至 2027-02-28 不属于任何学期');
  });

  test('a pairing naming a person by a name shared by two people is an error asking for the 编号, and the pairing is left out', () => {
    const result = check(
      {
        figures: [{ ...FIGURE, figureId: 'F02' }],
        pairings: [{ pairingId: 'P02', level: '院级', leaderId: 'L01', figureName: '李四', start: '2026-09-01' }],
      },
      today,
    );
    const problem = onlyProblem(result, 'REF_NAME_AMBIGUOUS');
    expect(problem).toMatchObject({ severity: 'error', sheet: '结对关系', row: 3, column: '人士姓名', cell: 'F3' });
    expect(problem.message).toContain('「党外代表人士」工作表中有 2 人名为“李四”：请填写编号以区分');
    expect(result.pairings.map((pairing) => pairing.pairingId)).toEqual(['P01']);
  });

  test('a pairing naming a person by a unique name resolves without a problem', () => {
    const result = check(
      {
        replace: {
          pairings: [
            {
              pairingId: 'P01',
              level: '院级',
              leaderName: '张三',
              figureName: '李四',
              start: '2026-03-01',
              filedOn: '2026-03-05',
            },
          ],
        },
      },
      today,
    );
    expect(result.problems).toEqual([]);
    expect(result.pairings).toEqual([expect.objectContaining({ pairingId: 'P01', leader: '张三', figure: '李四' })]);
  });

  test('a reference to a missing person is an error at that cell', () => {
    const result = check(
      {
        pairings: [
          { pairingId: 'P02', level: '院级', leaderId: 'L99', figureId: 'F01', start: '2026-09-01' },
          { pairingId: 'P03', level: '院级', leaderId: 'L01', figureName: '钱六', start: '2026-09-01' },
        ],
      },
      today,
    );
    expect(onlyProblem(result, 'REF_ID_MISSING')).toMatchObject({
      severity: 'error',
      row: 3,
      column: '干部编号',
      cell: 'C3',
      message: expect.stringContaining('干部编号“L99”在「领导干部」工作表中不存在'),
    });
    expect(onlyProblem(result, 'REF_NAME_MISSING')).toMatchObject({
      severity: 'error',
      row: 4,
      column: '人士姓名',
      cell: 'F4',
      message: expect.stringContaining('请核对姓名，或填写编号'),
    });
  });

  test('a figure of a unit not in 单位 is a warning; problems come errors first, then by sheet and row', () => {
    const result = check(
      {
        figures: [{ figureId: 'F02', name: '钱六', unit: '日语学院', status: '在职' }],
        leaders: [{ ...LEADER, leaderId: 'L01' }],
      },
      today,
    );
    expect(result.problems.map((problem) => [problem.severity, problem.code, problem.sheet, problem.cell])).toEqual([
      ['error', 'DUPLICATE_ID', '领导干部', 'A3'],
      ['warning', 'UNIT_UNKNOWN', '党外代表人士', 'E3'],
    ]);
  });
});

describe('R6 a reference to a row left out for an error', () => {
  // 党外代表人士 F02 has no 所在单位 (required): its row is left out, with its own error.
  const brokenFigure = { figureId: 'F02', name: '孙六', status: '在职' };
  const pairing = (extra: Record<string, string>) => ({
    pairingId: 'P02',
    level: '院级',
    leaderId: 'L01',
    start: '2026-03-01',
    ...extra,
  });

  test('a pairing naming that figure by 编号 is told the row has an error and where, not that it is missing', () => {
    const result = check({ figures: [brokenFigure], pairings: [pairing({ figureId: 'F02' })] }, today);
    expect(onlyProblem(result, 'REQUIRED_MISSING')).toMatchObject({ sheet: '党外代表人士', row: 3 });
    expect(onlyProblem(result, 'REF_ROW_INVALID')).toMatchObject({
      severity: 'error',
      sheet: '结对关系',
      row: 3,
      column: '人士编号',
      message: expect.stringContaining('人士编号“F02”所在的「党外代表人士」第 3 行有错误'),
    });
    expect(problemsOf(result, 'REF_ID_MISSING')).toEqual([]);
  });

  test('the same by 姓名', () => {
    const result = check({ figures: [brokenFigure], pairings: [pairing({ figureName: '孙六' })] }, today);
    expect(onlyProblem(result, 'REF_ROW_INVALID').message).toContain(
      '人士姓名“孙六”所在的「党外代表人士」第 3 行有错误',
    );
    expect(problemsOf(result, 'REF_NAME_MISSING')).toEqual([]);
  });

  test('a 编号 no row has at all is still missing', () => {
    const result = check({ figures: [brokenFigure], pairings: [pairing({ figureId: 'F09' })] }, today);
    expect(problemsOf(result, 'REF_ROW_INVALID')).toEqual([]);
    expect(onlyProblem(result, 'REF_ID_MISSING').message).toContain('“F09”在「党外代表人士」工作表中不存在');
  });

  test('a contact of a pairing row left out for a bad start date is told that row has the error', () => {
    const result = check(
      {
        pairings: [{ pairingId: 'P02', level: '院级', leaderId: 'L01', figureId: 'F01', start: '九月' }],
        contacts: [contact('C01', 'P02', '2026-10-10')],
      },
      today,
    );
    expect(onlyProblem(result, 'CONTACT_PAIRING_UNUSABLE')).toMatchObject({
      sheet: '联系记录',
      cell: 'B2',
      message: expect.stringContaining('「结对关系」第 3 行'),
    });
    expect(problemsOf(result, 'CONTACT_PAIRING_UNKNOWN')).toEqual([]);
  });
});
