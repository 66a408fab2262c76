import fc from 'fast-check';
import { csvField, PROBLEM_CSV_HEADERS, problemsCsv, problemsCsvName } from '../../../src/core/report/problemsCsv';
import type { LocalDate } from '../../../src/core/localDate';
import type { Problem } from '../../../src/core/problems';

/** Reads CSV back as a spreadsheet does: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) field += char;
    else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

const problem = (severity: Problem['severity'], message: string, cell = 'F19'): Problem => ({
  severity,
  rule: 'R6',
  code: 'NOT_IN_LIST',
  sheet: '联系记录',
  row: 19,
  column: '联系形式',
  cell,
  message,
});

describe('the data problems as a CSV file', () => {
  test('a byte-order mark, the header, then the errors first; every field as it reads in the pane', () => {
    const text = problemsCsv({
      problems: [
        problem('warning', '警告一'),
        problem('error', '「联系记录」F19：“喝茶, 聊天”不在可选范围内'),
        problem('info', '提示', ''),
      ],
    });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...PROBLEM_CSV_HEADERS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['错误', '警告', '提示']);
    expect(rows[1]).toEqual([
      '错误',
      '联系记录',
      'F19',
      '19',
      '联系形式',
      '「联系记录」F19：“喝茶, 聊天”不在可选范围内',
      'R6',
      'NOT_IN_LIST',
    ]);
    expect(
      problemsCsvName({
        semester: { id: '2026-2027-1', name: '', start: '2026-09-01' as LocalDate, end: '2027-02-28' as LocalDate },
      }),
    ).toBe('数据问题-2026-2027-1.csv');
  });

  test('any text survives the file: commas, quotes and line breaks are quoted, formulas are never run', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (fields) => {
        const [parsed] = parseCsv(`${fields.map(csvField).join(',')}\r\n`);
        expect(parsed).toEqual(fields.map((field) => (/^[=+\-@\t\r]/.test(field) ? `'${field}` : field)));
      }),
    );
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-1)).toBe('-1');
  });
});
