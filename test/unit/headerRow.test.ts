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
    expect(found).toEqual({ headerRow: 2, columns: new Map([['name', 2]]), complete: true, lastColumn: 4 });
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
