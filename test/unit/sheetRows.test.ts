import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { cellXml } from '../../src/workbook/xlsx/package/cellXml';
import { sheetCells } from '../../src/workbook/xlsx/package/sheetCells';
import { type CellWrite, editRows, readRow } from '../../src/workbook/xlsx/package/sheetRows';
import { zipDirectory } from '../../src/workbook/xlsx/package/zipDirectory';

/**
 * The row editor of the package writer, on random sheets and random edits: whatever rows exist
 * (with cells, or empty and formatted) and wherever the edits fall, the result holds every cell
 * that was there except those written over, every written cell, and rows and cells in order.
 */
const letters = (column: number): string => String.fromCharCode(64 + column);

/** A sheet: rows by number, each a set of columns holding "r{row}c{column}", or empty and formatted. */
const existing = fc.dictionary(
  fc.integer({ min: 1, max: 25 }).map(String),
  fc.oneof(fc.constant('formatted' as const), fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 5 })),
);
const edits = fc.dictionary(
  fc.integer({ min: 1, max: 30 }).map(String),
  fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 4 }),
);

function sheetXml(rows: Record<string, 'formatted' | number[]>): string {
  const body = Object.keys(rows)
    .map(Number)
    .sort((a, b) => a - b)
    .map((number) => {
      const cells = rows[String(number)];
      if (cells === 'formatted' || cells === undefined || cells.length === 0)
        return `<row r="${number}" s="1" customFormat="1"/>`;
      const content = [...cells]
        .sort((a, b) => a - b)
        .map((column) =>
          cellXml('', `${letters(column)}${number}`, { kind: 'text', text: `r${number}c${column}` }, 1, false),
        )
        .join('');
      return `<row r="${number}" spans="1:8">${content}</row>`;
    })
    .join('');
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>${body}</sheetData><tableParts count="0"/></worksheet>`;
}

/** The sheet's texts by "row:column", read with the reader's own scanner. */
async function texts(xml: string): Promise<Map<string, string>> {
  const zip = zipSync({ 'sheet.xml': strToU8(xml) });
  const directory = zipDirectory(zip);
  if (!directory.ok) throw new Error('zip');
  const sheet = await sheetCells('s', zip, directory.entries.get('sheet.xml')!, {
    strings: [],
    dateStyles: [],
    date1904: false,
  });
  const found = new Map<string, string>();
  sheet.rows.forEach((cells, row) =>
    cells?.forEach((cell, column) => cell?.kind === 'text' && found.set(`${row + 1}:${column + 1}`, cell.text)),
  );
  return found;
}

describe('editRows', () => {
  test('keeps every cell not written over, adds every written one, and keeps rows and cells in order', async () => {
    await fc.assert(
      fc.asyncProperty(existing, edits, async (rows, writes) => {
        const xml = sheetXml(rows);
        const writeMap = new Map(
          Object.entries(writes).map(([row, columns]) => [
            Number(row),
            new Map<number, CellWrite>(
              columns.map((column) => [
                column,
                (_existing, ref, prefix) =>
                  cellXml(prefix, ref, { kind: 'text', text: `e${row}:${column}` }, undefined, false),
              ]),
            ),
          ]),
        );
        const out = editRows(xml, writeMap);
        const expected = await texts(xml);
        for (const [row, columns] of Object.entries(writes))
          for (const column of columns) expected.set(`${row}:${column}`, `e${row}:${column}`);
        expect(await texts(out)).toEqual(expected);
        const order = [...out.matchAll(/<row r="(\d+)"/g)].map((match) => Number(match[1]));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(new Set(order).size).toBe(order.length);
        for (const match of out.matchAll(/<row [^>]*>(.*?)<\/row>/g)) {
          const columns = [...(match[1] ?? '').matchAll(/<c r="([A-Z])/g)].map((cell) =>
            (cell[1] as string).charCodeAt(0),
          );
          expect(columns).toEqual([...columns].sort((a, b) => a - b));
        }
        expect(out.endsWith('</sheetData><tableParts count="0"/></worksheet>')).toBe(true);
      }),
    );
  });

  test('a written cell takes the place of the one there, which the write sees (its style)', () => {
    const xml = sheetXml({ 2: [1, 2, 3] });
    const seen: Array<number | undefined> = [];
    const out = editRows(
      xml,
      new Map([[2, new Map<number, CellWrite>([[2, (cell, ref) => (seen.push(cell?.style), `<c r="${ref}"/>`)]])]]),
    );
    expect(seen).toEqual([1]);
    expect([...readRow(out, 2).keys()]).toEqual([1, 2, 3]);
    expect(readRow(out, 2).get(2)?.value).toBe(false);
  });

  test('a sheet with no rows at all (<sheetData/>) gets its first row', () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const out = editRows(xml, new Map([[1, new Map<number, CellWrite>([[1, (_cell, ref) => `<c r="${ref}"/>`]])]]));
    expect(out).toBe(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>',
    );
  });
});
