import { strToU8, zipSync } from 'fflate';
import type { Cell } from '../../src/core/cell';
import { type SheetContext, sheetCells } from '../../src/workbook/xlsx/package/sheetCells';
import { zipDirectory } from '../../src/workbook/xlsx/package/zipDirectory';

/** A sheet of the given rows' cell XML, read with the given shared strings and date styles (or a workbook's context). */
async function read(
  rows: readonly string[],
  strings: readonly string[],
  dateStyles: readonly boolean[],
  context: SheetContext = { strings, dateStyles, date1904: false },
) {
  const body = rows.map((cells, index) => `<row r="${index + 1}">${cells}</row>`).join('');
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
  const zip = zipSync({ 'sheet.xml': strToU8(xml) });
  const directory = zipDirectory(zip);
  if (!directory.ok) throw new Error('zip');
  const entry = directory.entries.get('sheet.xml');
  if (!entry) throw new Error('entry');
  const sheet = await sheetCells('s', zip, entry, context);
  return (row: number, column: number): Cell | undefined => sheet.rows[row - 1]?.[column - 1];
}

describe('sheetCells: a text or a day a sheet holds many times is one cell', () => {
  it('gives every position of a shared string the same cell, and each string its own', async () => {
    const cell = await read(
      ['<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>', '<c r="A2" t="s"><v>0</v></c>'],
      ['张三', '李四'],
      [],
    );
    expect(cell(1, 1)).toEqual({ kind: 'text', text: '张三' });
    expect(cell(2, 1)).toBe(cell(1, 1));
    expect(cell(1, 2)).toEqual({ kind: 'text', text: '李四' });
  });

  it('gives every cell of a date serial in a date style the same date, and a number style a number', async () => {
    const cell = await read(
      ['<c r="A1" s="1"><v>46280</v></c><c r="B1" s="0"><v>46280</v></c>', '<c r="A2" s="1"><v>46280</v></c>'],
      [],
      [false, true],
    );
    expect(cell(1, 1)).toEqual({ kind: 'date', date: '2026-09-15' });
    expect(cell(2, 1)).toBe(cell(1, 1));
    expect(cell(1, 2)).toEqual({ kind: 'number', value: 46280 });
  });

  it('reads an index the shared strings lack as empty, as before', async () => {
    const cell = await read(
      ['<c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>x</v></c><c r="C1" t="s"><v>0</v></c>'],
      ['甲'],
      [],
    );
    expect(cell(1, 1)).toBeUndefined();
    expect(cell(1, 2)).toBeUndefined();
    expect(cell(1, 3)).toEqual({ kind: 'text', text: '甲' });
  });

  it('gives the sheets of one workbook the same cell for a string and a day, and another workbook its own', async () => {
    const context: SheetContext = { strings: ['张三'], dateStyles: [false, true], date1904: false };
    const row = ['<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46280</v></c>'];
    const first = await read(row, [], [], context);
    const second = await read(row, [], [], context);
    const other = await read(row, ['张三'], [false, true]);
    expect(second(1, 1)).toBe(first(1, 1));
    expect(second(1, 2)).toBe(first(1, 2));
    expect(other(1, 1)).toEqual(first(1, 1));
    expect(other(1, 1)).not.toBe(first(1, 1));
  });
});
