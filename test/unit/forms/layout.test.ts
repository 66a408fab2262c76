import type { LocalDate } from '../../../src/core/localDate';
import { formSheet } from '../../../src/core/forms/formSheet';
import type { RegistrationForm } from '../../../src/core/forms/registrationForm';
import { rangeA1 } from '../../../src/core/sheet/a1Range';
import type { SheetSpec } from '../../../src/core/sheet/sheetSpec';
import { rowHeightFor, splitToHeight } from '../../../src/core/sheet/textLayout';
import fc from 'fast-check';

function form(overrides: Partial<RegistrationForm>): RegistrationForm {
  return {
    pairing: {} as RegistrationForm['pairing'],
    semester: {} as RegistrationForm['semester'],
    schoolName: '浙江外国语学院',
    filledOn: '2026-11-23' as LocalDate,
    leader: { name: '王建国', post: '党委书记' },
    figure: { name: '林安', post: '教授' },
    contactLines: ['2026年9月10日，个别谈心：交流。'],
    opinionLines: [],
    noteLines: [],
    ...overrides,
  };
}

/** The height of the box that starts at `row` (one merged box may span several rows). */
function heightOf(sheet: SheetSpec, row: number): number {
  const bottom = sheet.merges.find((range) => range.top === row && range.left === 2)?.bottom ?? row;
  return sheet.rows
    .filter((entry) => entry.index >= row && entry.index <= bottom)
    .reduce((sum, entry) => sum + entry.height, 0);
}
const contents = (sheet: SheetSpec) => sheet.cells.flatMap((cell) => (cell.content ? [cell.content] : []));

describe('row heights follow the text, since Excel does not autofit merged cells', () => {
  test('a longer 联系沟通情况 gets a taller row', () => {
    const short = formSheet(form({}), 'a');
    const lines = Array.from(
      { length: 14 },
      (_, index) =>
        `2026年9月${index + 1}日，个别谈心：围绕学科建设、人才培养、青年教师成长等方面深入交流，听取意见建议。`,
    );
    const long = formSheet(form({ contactLines: lines }), 'b');
    expect(heightOf(long, 6)).toBeGreaterThan(heightOf(short, 6));
    expect(heightOf(long, 6)).toBeGreaterThanOrEqual(14 * 2 * 12);
  });

  test('text taller than one Excel row continues in further rows of the box, so pages break between rows', () => {
    const lines = Array.from(
      { length: 60 },
      (_, index) => `第${index + 1}次联系：围绕学科建设、人才培养、青年教师成长等方面深入交流，听取意见建议。`,
    );
    const sheet = formSheet(form({ contactLines: lines }), 'c');
    const label = sheet.merges.find((merged) => merged.top === 6 && merged.left === 1);
    const bottom = label?.bottom ?? 6;
    expect(bottom).toBeGreaterThan(6);
    for (let row = 6; row <= bottom; row++) expect(sheet.merges.map(rangeA1)).toContain(`B${row}:D${row}`);
    const written = sheet.cells
      .filter((cell) => cell.column === 2 && cell.row >= 6 && cell.row <= bottom)
      .map((cell) => (cell.content?.kind === 'text' ? cell.content.text : ''));
    expect(written.join('\n')).toBe(lines.join('\n'));
    for (const row of sheet.rows) expect(row.height).toBeLessThanOrEqual(409);
    expect(sheet.styles[sheet.cells.find((cell) => cell.row === 7 && cell.column === 3)?.style ?? '']?.border).toEqual({
      left: 'thin',
      right: 'thin',
    });
    expect(sheet.page?.fitToHeight).toBe(0);
  });

  test('one 联系沟通情况 of 800 characters continues in further rows of its box, none above 409 points', () => {
    const summary = '围绕学科建设、人才培养、青年教师成长等方面深入交流，听取意见建议，并就下一步工作交换看法。'
      .repeat(18)
      .slice(0, 800);
    const line = `2026年9月10日，个别谈心：${summary}`;
    const sheet = formSheet(form({ contactLines: [line, '2026年10月8日，电话：问候。'] }), 'e');
    for (const row of sheet.rows) expect(row.height).toBeLessThanOrEqual(409);
    const bottom = sheet.merges.find((merged) => merged.top === 6 && merged.left === 1)?.bottom ?? 6;
    expect(bottom).toBeGreaterThan(6);
    const written = sheet.cells
      .filter((cell) => cell.column === 2 && cell.row >= 6 && cell.row <= bottom)
      .map((cell) => (cell.content?.kind === 'text' ? cell.content.text : ''));
    // The pieces read on as one text: nothing lost, nothing added but the break before the next contact.
    expect(written.join('')).toBe(`${line}\n2026年10月8日，电话：问候。`);
    const boxHeight = sheet.rows
      .filter((row) => row.index >= 6 && row.index <= bottom)
      .reduce((a, row) => a + row.height, 0);
    expect(boxHeight).toBeGreaterThan(409);
  });

  test('a text cut for rows comes back whole, each piece within the height asked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 20, max: 409 }), (text, maxHeight) => {
        const pieces = splitToHeight(text, [26, 11, 26], 12, maxHeight);
        expect(pieces.join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
        for (const piece of pieces)
          expect(rowHeightFor(piece, [26, 11, 26], 12)).toBeLessThanOrEqual(Math.max(maxHeight, 22));
      }),
    );
    expect(splitToHeight('短句。', [26, 11, 26], 12)).toEqual(['短句。']);
  });

  test('user text that starts with =, +, - or @ stays text', () => {
    const sheet = formSheet(
      form({
        leader: { name: '=SUM(A1)', post: '+党委书记' },
        figure: { name: '-林安', post: '@教授' },
        noteLines: ['=HYPERLINK("x")'],
      }),
      'd',
    );
    const texts = contents(sheet).map((content) =>
      content.kind === 'text' ? content.text : `not text: ${content.kind}`,
    );
    expect(texts).toEqual(expect.arrayContaining(['=SUM(A1)', '+党委书记', '-林安', '@教授', '=HYPERLINK("x")']));
    expect(contents(sheet).every((content) => content.kind === 'text')).toBe(true);
  });
});
