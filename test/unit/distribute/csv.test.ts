import fc from 'fast-check';
import { csvSeparator, parseCsv } from '../../../src/workbook/csv/parseCsv';
import { decodeCsv, readCsvCells } from '../../../src/workbook/csv/readCsvCells';
import { gb18030Bytes } from '../../support/gb18030';

/** Form exports as CSV: RFC 4180 fields, and the encoding told from the bytes, never guessed silently. */
describe('parseCsv', () => {
  test('quoted fields with separators, quotes and line breaks; CRLF, LF and CR between records', () => {
    expect(parseCsv('a,"b,c","d ""e""\nf"\r\n1,2,3\r4,,\n')).toEqual({
      ok: true,
      rows: [
        ['a', 'b,c', 'd "e"\nf'],
        ['1', '2', '3'],
        ['4', '', ''],
      ],
    });
  });

  test('a quote never closed is refused with its record', () => {
    expect(parseCsv('a,b\n1,"2\n3,4\n')).toEqual({ ok: false, unclosedAt: 2 });
  });

  test("the header line's separator: comma, tab (Excel's Unicode text) or semicolon", () => {
    expect(csvSeparator('日期\t形式\t情况\n')).toBe('\t');
    expect(csvSeparator('日期;形式\n')).toBe(';');
    expect(csvSeparator('日期\n')).toBe(',');
  });

  test('what a spreadsheet writes reads back field for field', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const quote = (text: string) => (/[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text);
        const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
        expect(parseCsv(text, ',')).toEqual({ ok: true, rows });
      }),
    );
  });
});

describe('decodeCsv', () => {
  const text = '结对编号,联系日期\nP01,2027-01-05\n';

  test('UTF-8 with a byte-order mark, and without', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      value: { text, encoding: 'UTF-8' },
    });
    expect(decodeCsv(utf8)).toEqual({ ok: true, value: { text, encoding: 'UTF-8' } });
  });

  test('GB18030 (GBK) when the bytes are not UTF-8', () => {
    expect(decodeCsv(gb18030Bytes(text))).toEqual({ ok: true, value: { text, encoding: 'GB18030' } });
  });

  test('UTF-16 with its byte-order mark', () => {
    const units = [...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]);
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, ...units]))).toEqual({
      ok: true,
      value: { text, encoding: 'UTF-16' },
    });
  });

  test('neither: refused, naming the encodings tried', () => {
    const decoded = decodeCsv(new Uint8Array([0x41, 0x80, 0xff, 0x0a]));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.message).toContain('已尝试 UTF-8、GB18030');
  });

  test('read as one sheet of text cells, whatever the fields look like', () => {
    const read = readCsvCells(new TextEncoder().encode('联系日期,备注\n2027-01-05,=1+1\n'), '联系记录');
    expect(read.ok && read.value.workbook.sheets).toEqual([
      {
        name: '联系记录',
        rows: [
          [
            { kind: 'text', text: '联系日期' },
            { kind: 'text', text: '备注' },
          ],
          [
            { kind: 'text', text: '2027-01-05' },
            { kind: 'text', text: '=1+1' },
          ],
        ],
      },
    ]);
  });
});
