import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import type { RawSheet } from '../../src/core/rawWorkbook';
import { fflateInflate, type RawInflate } from '../../src/workbook/xlsx/package/rawInflate';
import { sheetCells } from '../../src/workbook/xlsx/package/sheetCells';
import { zipDirectory } from '../../src/workbook/xlsx/package/zipDirectory';

/**
 * The reader finds rows and cells in the text as it arrives, piece by piece, joining only the row cut
 * at a piece's end to the next piece. Wherever the pieces are cut, a sheet reads the same as when it
 * arrives in one piece: rows with and without a namespace prefix, rows that close themselves, rows
 * without `r=`, inline strings whose text looks like a row's end tag, and rows longer than a piece.
 */
const STRINGS = ['张三', '李四', '王五'];

/** The inflater handing on its output re-cut into the given piece sizes, in turn. */
const cutInto =
  (sizes: readonly number[]): RawInflate =>
  (data, onPiece) => {
    let turn = 0;
    return fflateInflate(data, (piece) => {
      for (let at = 0; at < piece.length;) {
        const size = sizes[turn++ % sizes.length] as number;
        onPiece(piece.subarray(at, at + size));
        at += size;
      }
    });
  };

async function read(xml: string, inflate?: RawInflate): Promise<RawSheet> {
  const zip = zipSync({ 'sheet.xml': strToU8(xml) });
  const directory = zipDirectory(zip);
  if (!directory.ok) throw new Error('zip');
  const entry = directory.entries.get('sheet.xml');
  if (!entry) throw new Error('entry');
  return sheetCells('s', zip, entry, { strings: STRINGS, dateStyles: [false, true], date1904: false, inflate });
}

const cellXml = fc.oneof(
  fc.nat({ max: 3 }).map((index) => `<c t="s"><v>${index}</v></c>`),
  fc.integer({ min: 0, max: 99999 }).map((number) => `<c s="1"><v>${number}</v></c>`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((number) => `<c><v>${number}</v></c>`),
  fc.constantFrom('0012', '1e3', ' 7', '123456789012345678').map((text) => `<c><v>${text}</v></c>`),
  fc
    .constantFrom('arrow> row>', '</row>', 'x:row>')
    .map((text) => `<c t="inlineStr"><is><t>${text.replace(/</g, '&lt;')}</t></is></c>`),
  fc.constant('<c t="str"><f>A1</f><v>row&gt;</v></c>'),
  fc.constant('<c><f>SUM(A1:A2)</f></c>'),
  fc.constant('<c s="1"/>'),
);
const rowXml = fc.record({
  number: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  prefix: fc.constantFrom('', 'x:'),
  cells: fc.array(cellXml, { maxLength: 6 }),
});

function sheetXml(rows: ReadonlyArray<{ number?: number; prefix: string; cells: readonly string[] }>): string {
  const body = rows
    .map(({ number, prefix, cells }) => {
      const r = number === undefined ? '' : ` r="${number}"`;
      if (cells.length === 0) return `<${prefix}row${r} s="1" customFormat="1"/>`;
      return `<${prefix}row${r} spans="1:6">${cells.map((cell) => cell.replace(/<(\/?)(c|v|f|is|t)\b/g, `<$1${prefix}$2`)).join('')}</${prefix}row>`;
    })
    .join('');
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData><rowBreaks count="0"/></worksheet>`;
}

describe('sheetCells: a sheet read piece by piece', () => {
  test('reads the same wherever its pieces are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowXml, { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 5 }),
        async (rows, sizes) => {
          const xml = sheetXml(rows);
          expect(await read(xml, cutInto(sizes))).toEqual(await read(xml));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('reads prefixed rows, rows without r=, and an inline text that looks like a row end, one byte at a time', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>arrow></x:t></x:is></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c></x:row>' +
      '<x:row r="5" s="1" customFormat="1"/>' +
      '<x:row><x:c s="1"><x:v>46280</x:v></x:c><x:c><x:v>0012</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const sheet = await read(xml, cutInto([1]));
    expect(sheet.rows[1]).toEqual([{ kind: 'text', text: 'arrow>' }, undefined, { kind: 'text', text: '李四' }]);
    expect(sheet.rows[2]).toEqual([{ kind: 'text', text: '张三' }]);
    expect(sheet.rows[4]).toBeUndefined();
    expect(sheet.rows[5]).toEqual([
      { kind: 'date', date: '2026-09-15' },
      { kind: 'number', value: 12 },
    ]);
  });

  test('reads a row longer than a piece, and the row after it', async () => {
    const cells = Array.from({ length: 200 }, (_, index) => `<c t="s"><v>${index % 3}</v></c>`).join('');
    const xml = `<worksheet><sheetData><row r="1">${cells}</row><row r="2"><c><v>7</v></c></row></sheetData></worksheet>`;
    const sheet = await read(xml, cutInto([50]));
    expect(sheet.rows[0]).toHaveLength(200);
    expect(sheet.rows[0]?.[199]).toEqual({ kind: 'text', text: '李四' });
    expect(sheet.rows[1]).toEqual([{ kind: 'number', value: 7 }]);
  });
});
