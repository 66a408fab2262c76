import { toCell } from '../../src/core/cell';
import { findHeaderRow, HEADER_SEARCH_ROWS } from '../../src/core/headerRow';
import type { RawSheet } from '../../src/core/rawWorkbook';
import { readTable } from '../../src/core/readTable';
import { LEDGER_TABLES } from '../../src/core/schema/index';
import { unitsTable } from '../../src/core/schema/units';

/** 单位 has one required header (单位名称) and four optional ones. */
const sheetOf = (...rows: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>): RawSheet => ({
  name: '单位',
  rows: rows.map((row) => row?.map((value) => toCell(value))),
});

describe('the header row, found by name the same way for reading, upgrading and appending', () => {
  test('the first row with every required header wins, even over a later row with more headers', () => {
    const found = findHeaderRow(
      sheetOf(['单位一览'], ['备注', '单位名称'], ['单位名称', '单位类型', '党组织名称']),
      unitsTable,
    );
    expect(found).toEqual({
      headerRow: 2,
      columns: new Map([
        ['note', 1],
        ['name', 2],
      ]),
      complete: true,
      lastColumn: 2,
      duplicates: [],
    });
  });

  test('without a complete row, the row with the most known headers, the earliest on a tie', () => {
    const found = findHeaderRow(sheetOf(['单位类型'], ['单位类型', '备注'], ['统战联络人', '党组织名称']), unitsTable);
    expect(found).toMatchObject({
      headerRow: 2,
      complete: false,
      columns: new Map([
        ['type', 1],
        ['note', 2],
      ]),
    });
  });

  test('columns are 1-based worksheet columns, the first cell of a name wins, headers match loosely', () => {
    const found = findHeaderRow(
      sheetOf(undefined, [undefined, '单位 名称*', '单位名称', '（说明）', undefined]),
      unitsTable,
    );
    expect(found).toEqual({
      headerRow: 2,
      columns: new Map([['name', 2]]),
      complete: true,
      lastColumn: 4,
      duplicates: [{ key: 'name', first: 2, column: 3 }],
    });
  });

  describe('a header written twice: the first column is read, and the second is never passed over in silence', () => {
    const read = (...rows: ReadonlyArray<ReadonlyArray<string | undefined>>) => {
      const result = readTable(sheetOf(['单位名称', '备注', '单位类型', '备注*'], ...rows), unitsTable, false);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };

    test('a second column repeating the first, or empty, is a warning at its header cell', () => {
      const { rows, problems } = read(['英语学院', '新成立', '二级学院', '新成立'], ['法学院', undefined, '二级学院']);
      expect(rows.map((row) => row.note)).toEqual(['新成立', undefined]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'DUPLICATE_HEADER', severity: 'warning', row: 1, cell: 'D1' });
      expect(problems[0]?.message).toBe(
        '「单位」D1：有两列都叫「备注」（B 列和 D 列），D 列没有与 B 列不同的内容，检查只读取 B 列：请删除或改名其中一列。',
      );
    });

    test('a second column holding what the first does not is an error naming how many rows and the first of them', () => {
      const { problems } = read(
        ['英语学院', '新成立', '二级学院', '新成立'],
        ['法学院', undefined, '二级学院', '与商学院合署'],
        ['商学院', '老学院', '二级学院', '改名'],
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'DUPLICATE_HEADER', severity: 'error', cell: 'D1' });
      expect(problems[0]?.message).toContain('D 列有 2 行与 B 列不同（如 D3），这些值没有参与检查');
    });
  });

  test(`no known header in the first ${HEADER_SEARCH_ROWS} rows is no header row`, () => {
    expect(findHeaderRow(sheetOf(['说明'], [], undefined), unitsTable)).toBeUndefined();
    const deep = sheetOf(...Array.from({ length: HEADER_SEARCH_ROWS }, () => ['说明']), ['单位名称']);
    expect(findHeaderRow(deep, unitsTable)).toBeUndefined();
    expect(
      findHeaderRow(
        sheetOf(...Array.from({ length: HEADER_SEARCH_ROWS - 1 }, () => ['说明']), ['单位名称']),
        unitsTable,
      ),
    ).toMatchObject({ headerRow: HEADER_SEARCH_ROWS });
  });

  test.each(LEDGER_TABLES.map((def) => [def.sheet, def] as const))(
    'a header row built from the schema of 「%s」 is complete and reads (the 填报 form relies on it)',
    (_sheet, def) => {
      const sheet: RawSheet = {
        name: def.sheet,
        rows: [Object.values(def.columns).map((column) => toCell(column.header))],
      };
      expect(findHeaderRow(sheet, def)).toMatchObject({
        headerRow: 1,
        complete: true,
        lastColumn: Object.keys(def.columns).length,
      });
      expect(readTable(sheet, def, false).ok).toBe(true);
    },
  );
});
