/**
 * .xlsx files as Excel, WPS, LibreOffice and other producers really write them (SPEC §2 "Cells
 * Excel and other producers really write"), each with the cells the core should see. Built by hand
 * (xlsxPackage.ts) so the XML is exactly what a producer writes, not what exceljs would.
 *
 * The expectations are the project's, not any library's: text from shared, inline and `str` cells
 * (rich runs joined, phonetic runs skipped, '' is no cell); numbers; date-styled numbers as the
 * calendar day in the workbook's date system (a date-styled number that is no day stays a number);
 * `t="d"` as the day written (one naming no day Excel shows stays its text); booleans; error codes; a
 * formula's cached value, and the uncalculated cell for a formula without one.
 */
import type { Cell } from '../../src/core/cell';
import type { FailureKind } from '../../src/core/failures';
import type { LocalDate } from '../../src/core/localDate';
import {
  cell,
  corruptEntry,
  type PackageOptions,
  row,
  type SheetPart,
  si,
  type StylesSpec,
  xlsxBytes,
  xlsxParts,
  zipBytes,
  zipParts,
} from './xlsxPackage';

/** The non-empty cells of a sheet by A1 reference; every other position must be missing or empty. */
export interface SheetExpectation {
  readonly name: string;
  readonly cells: Readonly<Record<string, Cell>>;
}

export type Expected =
  { readonly failure: FailureKind } | { readonly date1904: boolean; readonly sheets: readonly SheetExpectation[] };

export interface CorpusCase {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  readonly expected: Expected;
  /**
   * Why exceljs's reader is no reference for this case, naming its bug; such cases stay out of the
   * differential test. Undefined when exceljs reads the case as the project wants.
   */
  readonly exceljsDiffers?: string;
}

export const text = (value: string): Cell => ({ kind: 'text', text: value });
export const num = (value: number): Cell => ({ kind: 'number', value });
export const date = (value: string): Cell => ({ kind: 'date', date: value as LocalDate });
export const bool = (value: boolean): Cell => ({ kind: 'boolean', value });
export const error = (code: string): Cell => ({ kind: 'error', code });
export const uncalculated: Cell = { kind: 'uncalculated' };

/** 46280 is 2026-09-15 in the 1900 date system; the same day is 46280 − 1462 in the 1904 system. */
const SERIAL = 46280;
const SERIAL_1904 = SERIAL - 1462;
const DAY = '2026-09-15';

/** Style 0 is General, style 1 Excel's short date (numFmtId 14). */
const DATE_STYLES: StylesSpec = { cellXfs: [0, 14] };

/** Computes a case's bytes once: the large ones take a moment to build. */
function once(build: () => Uint8Array): () => Uint8Array {
  let bytes: Uint8Array | undefined;
  return () => (bytes ??= build());
}

function workbookCase(
  name: string,
  sheets: readonly SheetPart[],
  options: PackageOptions,
  expected: Expected,
  exceljsDiffers?: string,
): CorpusCase {
  return { name, bytes: once(() => xlsxBytes(sheets, options)), expected, exceljsDiffers };
}

/** A one-sheet workbook named Sheet1. */
function sheetCase(
  name: string,
  rows: string,
  options: PackageOptions,
  cells: Record<string, Cell>,
  exceljsDiffers?: string,
): CorpusCase {
  return workbookCase(name, [{ name: 'Sheet1', rows }], options, expectSheet(cells, options), exceljsDiffers);
}

const expectSheet = (cells: Record<string, Cell>, options: PackageOptions = {}): Expected => ({
  date1904: options.date1904 === '1' || options.date1904 === 'true',
  sheets: [{ name: 'Sheet1', cells }],
});

const failureCase = (name: string, bytes: () => Uint8Array, failure: FailureKind, exceljsDiffers?: string) => ({
  name,
  bytes: once(bytes),
  expected: { failure },
  exceljsDiffers,
});

const LONG_CJK = '联谊交友台账'.repeat(834).slice(0, 5000);

/** Every row formatted and empty, down to Excel's last row: what a whole-sheet format leaves behind. */
function* formattedEmptyRows(from: number, to: number): Iterable<string> {
  let piece = '';
  for (let n = from; n <= to; n++) {
    piece += `<row r="${n}" s="1" customFormat="1"/>`;
    if (n % 65_536 === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
export const EXCEL_ROWS = 1_048_576;
/** The case whose sheet is formatted down to Excel's last row: tested for time and memory on its own. */
export const HUGE_SHEET_CASE = 'positions: 1,048,576 formatted empty rows under a few real cells';

/** The workbook the structural variants share: two sheets, shared strings, a date style. */
function structuralCase(name: string, options: PackageOptions, sheets?: readonly SheetPart[], differs?: string) {
  const parts: readonly SheetPart[] = sheets ?? [
    {
      name: '联系记录',
      rows:
        row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"')) + row(2, cell('A2', SERIAL, 's="1"'), cell('B2', 3.5)),
    },
    { name: '学期', rows: row(1, cell('A1', 2, 't="s"'), cell('B1', 1, 't="b"')) },
  ];
  const expected: Expected = {
    date1904: false,
    sheets: [
      { name: '联系记录', cells: { A1: text('联系日期'), B1: text('时长'), A2: date(DAY), B2: num(3.5) } },
      { name: '学期', cells: { A1: text('2026-2027-1'), B1: bool(true) } },
    ],
  };
  return workbookCase(
    name,
    parts,
    { sharedStrings: [si('联系日期'), si('时长'), si('2026-2027-1')], styles: DATE_STYLES, ...options },
    expected,
    differs,
  );
}

/** A deterministic run of bytes that starts like no known file. */
function noiseBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes[0] = 0x37;
  return bytes;
}

const validWorkbook = () => structuralCase('', {}).bytes();

export const CORPUS: readonly CorpusCase[] = [
  // Shared strings.
  sheetCase(
    'shared strings: plain',
    row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"')) + row(2, cell('A2', 2, 't="s"'), cell('B2', 1, 't="s"')),
    { sharedStrings: [si('姓名'), si('张三'), si('English')] },
    { A1: text('姓名'), B1: text('张三'), A2: text('English'), B2: text('张三') },
  ),
  sheetCase(
    'shared strings: rich text runs are joined',
    row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"')),
    {
      sharedStrings: [
        '<r><rPr><b/><sz val="11"/></rPr><t>张</t></r><r><t>三</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 同志</t></r>',
        '<r><t>A</t></r><r><rPr><color rgb="FFFF0000"/></rPr><t>&amp;</t></r><r><t>B</t></r>',
      ],
    },
    { A1: text('张三 同志'), B1: text('A&B') },
  ),
  sheetCase(
    'shared strings: phonetic runs (rPh) are not read',
    row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"')),
    {
      sharedStrings: [
        '<t>东京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="0" type="noConversion"/>',
        '<r><t>山田</t></r><r><rPr><b/></rPr><t>太郎</t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><rPh sb="2" eb="4"><t>タロウ</t></rPh>',
      ],
    },
    { A1: text('东京'), B1: text('山田太郎') },
  ),
  sheetCase(
    'shared strings: xml:space="preserve", whitespace-only and empty strings',
    row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"'), cell('C1', 2, 't="s"'), cell('D1', 3, 't="s"')),
    {
      sharedStrings: [
        '<t xml:space="preserve">  前后有空格  </t>',
        '<t xml:space="preserve">   </t>',
        '<t/>',
        '<t xml:space="preserve">第一行\n第二行</t>',
      ],
    },
    { A1: text('  前后有空格  '), B1: text('   '), D1: text('第一行\n第二行') },
  ),
  sheetCase(
    'shared strings: entities (&amp; &lt; &gt; &quot; &apos; &#x4E2D; &#20013;)',
    row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"')),
    { sharedStrings: ['<t>A &amp; B &lt;C&gt; &quot;q&quot; &apos;s&apos;</t>', '<t>&#x4E2D;&#20013;&#x1F600;</t>'] },
    { A1: text('A & B <C> "q" \'s\''), B1: text('中中😀') },
  ),
  sheetCase(
    'shared strings: CJK, astral CJK and emoji',
    row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"'), cell('C1', 2, 't="s"')),
    { sharedStrings: [si('党外代表人士'), si('𠀀𪚥'), si('🎉👩‍🎓 联谊')] },
    { A1: text('党外代表人士'), B1: text('𠀀𪚥'), C1: text('🎉👩‍🎓 联谊') },
  ),
  sheetCase(
    'shared strings: 5,000 CJK characters in one cell',
    row(1, cell('A1', 0, 't="s"')),
    { sharedStrings: [si(LONG_CJK)] },
    { A1: text(LONG_CJK) },
  ),

  // Inline strings and formula strings.
  sheetCase(
    'inline strings: plain and rich',
    row(
      1,
      '<c r="A1" t="inlineStr"><is><t>内联文本</t></is></c>',
      '<c r="B1" t="inlineStr"><is><r><t>内</t></r><r><rPr><b/></rPr><t>联</t></r></is></c>',
      '<c r="C1" t="inlineStr"><is><t xml:space="preserve"> 空格 &amp; 符号 </t></is></c>',
      '<c r="D1" t="inlineStr"><is><t></t></is></c>',
    ),
    {},
    { A1: text('内联文本'), B1: text('内联'), C1: text(' 空格 & 符号 ') },
  ),
  sheetCase(
    'inline strings: a phonetic run (rPh) is not read',
    row(1, '<c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>'),
    {},
    { A1: text('東京') },
    'exceljs drops an inline string holding an <rPh>: the cell is not there at all',
  ),
  sheetCase(
    'formula strings: t="str" cached results',
    row(
      1,
      '<c r="A1" t="str"><f>"张"&amp;"三"</f><v>张三</v></c>',
      '<c r="B1" t="str"><f>A1&amp;""</f><v></v></c>',
      '<c r="C1" t="str"><f>TRIM(" x ")</f><v xml:space="preserve"> 前导空格</v></c>',
    ),
    {},
    { A1: text('张三'), C1: text(' 前导空格') },
    'exceljs drops a cached empty string (B1), reading the formula as if it had no result',
  ),
  sheetCase(
    'formula strings: t="str" whose text is an entity name',
    row(1, '<c r="A1" t="str"><f>"A&amp;lt;B"</f><v>A&amp;lt;B</v></c>'),
    {},
    { A1: text('A&lt;B') },
    'exceljs xml-decodes a t="str" value a second time: the text A&lt;B comes back as A<B',
  ),

  // Formulas.
  sheetCase(
    'formulas: with and without cached values',
    row(
      1,
      '<c r="A1"><f>1+1</f><v>2</v></c>',
      '<c r="B1"><f>TODAY()</f></c>',
      '<c r="C1" t="b"><f>TRUE()</f><v>1</v></c>',
      '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      '<c r="E1" s="1"><f>DATE(2026,9,15)</f><v>46280</v></c>',
      '<c r="F1" s="1"><f>TODAY()</f></c>',
      '<c r="G1"><f>1-1</f><v>0</v></c>',
    ),
    { styles: DATE_STYLES },
    { A1: num(2), B1: uncalculated, C1: bool(true), D1: error('#DIV/0!'), E1: date(DAY), F1: uncalculated, G1: num(0) },
    'exceljs drops a cached 0 (G1), reading the formula as if it had no result',
  ),
  sheetCase(
    'formulas: shared formulas with cached values',
    row(1, cell('A1', 1), '<c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c>') +
      row(2, cell('A2', 2), '<c r="B2"><f t="shared" si="0"/><v>4</v></c>') +
      row(3, cell('A3', 3), '<c r="B3"><f t="shared" si="0"/></c>'),
    {},
    { A1: num(1), B1: num(2), A2: num(2), B2: num(4), A3: num(3), B3: uncalculated },
  ),

  // Booleans, errors, numbers.
  sheetCase(
    'booleans: t="b"',
    row(1, cell('A1', 1, 't="b"'), cell('B1', 0, 't="b"')),
    {},
    { A1: bool(true), B1: bool(false) },
  ),
  sheetCase(
    'errors: t="e"',
    row(
      1,
      cell('A1', '#N/A', 't="e"'),
      cell('B1', '#VALUE!', 't="e"'),
      cell('C1', '#DIV/0!', 't="e"'),
      cell('D1', '#REF!', 't="e"'),
      cell('E1', '#NAME?', 't="e"'),
      cell('F1', '#NUM!', 't="e"'),
      cell('G1', '#NULL!', 't="e"'),
    ),
    {},
    {
      A1: error('#N/A'),
      B1: error('#VALUE!'),
      C1: error('#DIV/0!'),
      D1: error('#REF!'),
      E1: error('#NAME?'),
      F1: error('#NUM!'),
      G1: error('#NULL!'),
    },
  ),
  sheetCase(
    'numbers: integers, decimals, exponents, negatives',
    row(
      1,
      cell('A1', '42'),
      cell('B1', '3.14159'),
      cell('C1', '1E-3'),
      cell('D1', '-17.5'),
      cell('E1', '1.5E+10'),
      cell('F1', '0'),
      cell('G1', '20260915', 't="n"'),
      cell('H1', '0.1'),
      cell('I1', '-2.5e-7'),
    ),
    {},
    {
      A1: num(42),
      B1: num(3.14159),
      C1: num(0.001),
      D1: num(-17.5),
      E1: num(1.5e10),
      F1: num(0),
      G1: num(20260915),
      H1: num(0.1),
      I1: num(-2.5e-7),
    },
  ),

  // Dates.
  sheetCase(
    'dates: built-in short date (numFmtId 14), text and empty cells keep their kind',
    row(
      1,
      cell('A1', SERIAL, 's="1"'),
      cell('B1', 0, 's="1" t="s"'),
      '<c r="C1" s="1"/>',
      cell('D1', SERIAL, 's="1" t="n"'),
    ) + row(2, cell('A2', SERIAL)),
    { styles: DATE_STYLES, sharedStrings: [si('2026/9/15')] },
    { A1: date(DAY), B1: text('2026/9/15'), D1: date(DAY), A2: num(SERIAL) },
  ),
  sheetCase(
    'dates: built-in ids 15–22, 45–47 and time fractions',
    row(
      1,
      cell('A1', SERIAL, 's="1"'),
      cell('B1', SERIAL + 0.75, 's="2"'),
      cell('C1', SERIAL + 0.5, 's="3"'),
      cell('D1', SERIAL + 0.25, 's="4"'),
      cell('E1', SERIAL + 0.99999, 's="5"'),
      cell('F1', SERIAL, 's="6"'),
    ),
    { styles: { cellXfs: [0, 15, 22, 20, 46, 14, 17] } },
    { A1: date(DAY), B1: date(DAY), C1: date(DAY), D1: date(DAY), E1: date(DAY), F1: date(DAY) },
  ),
  sheetCase(
    'dates: custom formats yyyy"年"m"月"d"日", yyyy-mm-dd, [$-F800] long date',
    row(
      1,
      cell('A1', SERIAL, 's="1"'),
      cell('B1', SERIAL, 's="2"'),
      cell('C1', SERIAL + 0.75, 's="3"'),
      cell('D1', SERIAL, 's="4"'),
      cell('E1', SERIAL, 's="5"'),
    ),
    {
      styles: {
        numFmts: {
          164: 'yyyy"年"m"月"d"日"',
          165: 'yyyy-mm-dd',
          166: 'yyyy/m/d h:mm;@',
          167: '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy',
          168: '[DBNum1][$-804]yyyy"年"m"月"d"日";@',
        },
        cellXfs: [0, 164, 165, 166, 167, 168],
      },
    },
    { A1: date(DAY), B1: date(DAY), C1: date(DAY), D1: date(DAY), E1: date(DAY) },
  ),
  sheetCase(
    'dates: formats whose letters are quoted or bracketed stay numbers',
    row(
      1,
      cell('A1', 12, 's="1"'),
      cell('B1', 12, 's="2"'),
      cell('C1', 12, 's="3"'),
      cell('D1', 12, 's="4"'),
      cell('E1', 12, 's="5"'),
      cell('F1', 12, 's="6"'),
      cell('G1', 12, 's="7"'),
    ),
    {
      styles: {
        numFmts: {
          164: '0" days"',
          165: '[Red]0.00',
          166: '"第"0"名"',
          167: '[$¥-804]#,##0.00',
          168: '0.00_);[Red](0.00)',
        },
        cellXfs: [0, 164, 165, 166, 167, 168, 49, 4],
      },
    },
    { A1: num(12), B1: num(12), C1: num(12), D1: num(12), E1: num(12), F1: num(12), G1: num(12) },
  ),
  sheetCase(
    'dates: CJK built-in ids 27–36 and 50–58',
    row(
      1,
      cell('A1', SERIAL, 's="1"'),
      cell('B1', SERIAL, 's="2"'),
      cell('C1', SERIAL, 's="3"'),
      cell('D1', SERIAL, 's="4"'),
      cell('E1', SERIAL, 's="5"'),
      cell('F1', SERIAL, 's="6"'),
    ),
    { styles: { cellXfs: [0, 27, 28, 31, 36, 57, 58] } },
    { A1: date(DAY), B1: date(DAY), C1: date(DAY), D1: date(DAY), E1: date(DAY), F1: date(DAY) },
    'exceljs keys built-in formats 27–36 and 50–58 by locale, finds no format code and reads the serial as a number',
  ),
  sheetCase(
    'dates: date1904="1"',
    row(1, cell('A1', SERIAL_1904, 's="1"'), cell('B1', SERIAL_1904)),
    { styles: DATE_STYLES, date1904: '1' },
    { A1: date(DAY), B1: num(SERIAL_1904) },
  ),
  sheetCase(
    'dates: date1904="true"',
    row(1, cell('A1', SERIAL_1904, 's="1"'), cell('B1', SERIAL_1904 + 0.5, 's="1"'), cell('C1', SERIAL_1904)),
    { styles: DATE_STYLES, date1904: 'true' },
    { A1: date(DAY), B1: date(DAY), C1: num(SERIAL_1904) },
    'exceljs takes only date1904="1" for the 1904 system: with "true" every date is 1462 days early',
  ),
  sheetCase(
    'dates: date1904="false" and "0" are the 1900 system',
    row(1, cell('A1', SERIAL, 's="1"')),
    { styles: DATE_STYLES, date1904: 'false' },
    { A1: date(DAY) },
  ),
  sheetCase(
    'dates: date1904="0"',
    row(1, cell('A1', SERIAL, 's="1"')),
    { styles: DATE_STYLES, date1904: '0' },
    { A1: date(DAY) },
  ),
  sheetCase(
    'dates: t="d" ISO 8601',
    row(
      1,
      cell('A1', '2026-09-15T00:00:00Z', 't="d"'),
      cell('B1', '2026-09-15', 't="d"'),
      cell('C1', '2026-09-15T18:30:00', 't="d" s="1"'),
      cell('D1', '2026-09-15T00:00:00.000', 't="d" s="1"'),
    ),
    { styles: DATE_STYLES },
    { A1: date(DAY), B1: date(DAY), C1: date(DAY), D1: date(DAY) },
    'exceljs parseFloats a t="d" value: 2026-09-15 becomes the number 2026 (or, date-styled, 1905-07-18)',
  ),
  sheetCase(
    'dates: t="d" naming no day Excel can show stays its text',
    row(1, cell('A1', '1899-12-31T00:00:00', 't="d"'), cell('B1', '2026-02-30', 't="d"'), cell('C1', '明天', 't="d"')),
    {},
    { A1: text('1899-12-31T00:00:00'), B1: text('2026-02-30'), C1: text('明天') },
    'exceljs parseFloats a t="d" value',
  ),
  sheetCase(
    'dates: date-styled numbers that are no day (0, a time alone, negative, past 9999-12-31, 60) stay numbers',
    row(
      1,
      cell('A1', 0, 's="1"'),
      cell('B1', 0.5, 's="2"'),
      cell('C1', -1, 's="1"'),
      cell('D1', 2958466, 's="1"'),
      cell('E1', 60, 's="1"'),
      cell('F1', 2958465.5, 's="1"'),
    ),
    { styles: { cellXfs: [0, 14, 20] } },
    { A1: num(0), B1: num(0.5), C1: num(-1), D1: num(2958466), E1: num(60), F1: date('9999-12-31') },
    'exceljs turns a date-styled number into a Date even when no day shows it (an Invalid Date, or 1900-02-29 as 03-01)',
  ),

  // Positions.
  sheetCase(
    'positions: rows and cells without r=',
    '<row><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c t="b"><v>1</v></c></row>',
    { sharedStrings: [si('甲')] },
    { A1: text('甲'), B1: num(2), A2: num(3), B2: bool(true) },
    'exceljs cannot place a cell without r=: the whole file fails to load',
  ),
  sheetCase(
    'positions: a row with r= whose cells have none, and cells after a cell with r=',
    row(3, '<c><v>1</v></c><c/><c><v>3</v></c>') +
      row(5, cell('C5', 5), '<c><v>6</v></c>') +
      '<row><c><v>7</v></c></row>',
    {},
    { A3: num(1), C3: num(3), C5: num(5), D5: num(6), A6: num(7) },
    'exceljs cannot place a cell without r=: the whole file fails to load',
  ),
  sheetCase(
    'positions: gaps between rows and columns, far columns',
    row(1, cell('A1', 1)) + row(4, cell('D4', 4)) + row(10, cell('AA10', 27)) + row(20, cell('XFD20', 16384)),
    {},
    { A1: num(1), D4: num(4), AA10: num(27), XFD20: num(16384) },
  ),
  workbookCase(
    HUGE_SHEET_CASE,
    [
      {
        name: 'Sheet1',
        before: '<dimension ref="A1:C1048576"/><cols><col min="1" max="16384" width="9" style="1"/></cols>',
        rows: function* () {
          yield row(1, cell('A1', 0, 't="s"'), cell('B1', 7));
          yield row(2, cell('A2', SERIAL, 's="1"'), '<c r="B2" s="1"/>', cell('C2', 1, 't="b"'));
          yield* formattedEmptyRows(3, EXCEL_ROWS);
        },
      },
    ],
    { sharedStrings: [si('姓名')], styles: DATE_STYLES },
    {
      date1904: false,
      sheets: [{ name: 'Sheet1', cells: { A1: text('姓名'), B1: num(7), A2: date(DAY), C2: bool(true) } }],
    },
    'too slow to compare: exceljs builds a row object for each of the 1,048,576 formatted rows',
  ),

  // Sheets.
  workbookCase(
    'sheets: names with spaces, CJK, & and quotes, in workbook order',
    [
      { name: ' 联系记录 ', rows: row(1, cell('A1', 1)), part: 'xl/worksheets/sheet3.xml' },
      { name: '单位 & 部门', rows: row(1, cell('A1', 2)), part: 'xl/worksheets/sheet1.xml' },
      { name: "O'Brien <x>", rows: row(1, cell('A1', 3)), part: 'xl/worksheets/sheet2.xml' },
    ],
    {},
    {
      date1904: false,
      sheets: [
        { name: ' 联系记录 ', cells: { A1: num(1) } },
        { name: '单位 & 部门', cells: { A1: num(2) } },
        { name: "O'Brien <x>", cells: { A1: num(3) } },
      ],
    },
  ),
  workbookCase(
    'sheets: hidden and very hidden sheets are read',
    [
      { name: '说明', rows: row(1, cell('A1', 1)) },
      { name: '学期', rows: row(1, cell('A1', 2)), state: 'hidden' },
      { name: '内部', rows: row(1, cell('A1', 3)), state: 'veryHidden' },
    ],
    {},
    {
      date1904: false,
      sheets: [
        { name: '说明', cells: { A1: num(1) } },
        { name: '学期', cells: { A1: num(2) } },
        { name: '内部', cells: { A1: num(3) } },
      ],
    },
  ),
  workbookCase(
    'sheets: an empty sheet and a sheet with an empty sheetData',
    [
      { name: '空白', rows: '' },
      { name: '数据', rows: row(1, cell('A1', 1)) },
    ],
    {},
    {
      date1904: false,
      sheets: [
        { name: '空白', cells: {} },
        { name: '数据', cells: { A1: num(1) } },
      ],
    },
  ),
  workbookCase(
    'sheets: a chartsheet is not a sheet of cells',
    [
      { name: '数据', rows: row(1, cell('A1', 1)) },
      { name: '图表1', type: 'chartsheet' },
    ],
    {},
    { date1904: false, sheets: [{ name: '数据', cells: { A1: num(1) } }] },
  ),
  workbookCase(
    'sheets: a sheet part that workbook.xml names but the package lacks',
    [
      { name: '数据', rows: row(1, cell('A1', 1)) },
      { name: '丢失', missing: true },
    ],
    {},
    { failure: 'fileUnreadable' },
    'exceljs leaves out a sheet whose part is missing and reads the rest as if nothing were wrong',
  ),

  // Package variants.
  structuralCase('package: Strict OOXML namespaces', { strict: true }),
  structuralCase(
    'package: prefixed elements (x:worksheet, x:row, x:c)',
    { prefix: 'x' },
    undefined,
    'exceljs knows elements by their unprefixed names only: the file fails to load',
  ),
  structuralCase(
    'package: Strict and prefixed',
    { strict: true, prefix: 'x' },
    undefined,
    'exceljs knows elements by their unprefixed names only: the file fails to load',
  ),
  structuralCase('package: stored (uncompressed) entries', { compression: 'stored' }),
  structuralCase('package: absolute relationship targets', { absoluteTargets: true }),
  structuralCase(
    'package: sheet parts not named sheetN.xml',
    {},
    [
      {
        name: '联系记录',
        part: 'xl/worksheets/data.xml',
        rows:
          row(1, cell('A1', 0, 't="s"'), cell('B1', 1, 't="s"')) + row(2, cell('A2', SERIAL, 's="1"'), cell('B2', 3.5)),
      },
      { name: '学期', part: 'xl/sheets/学期.xml', rows: row(1, cell('A1', 2, 't="s"'), cell('B1', 1, 't="b"')) },
    ],
    'exceljs finds worksheets by the part name xl/worksheets/sheetN.xml, not through the relationships: no sheets',
  ),

  // Not a workbook this reader can open.
  failureCase('not xlsx: empty bytes', () => new Uint8Array(0), 'fileEmpty'),
  failureCase('not xlsx: random bytes', () => noiseBytes(4096), 'notXlsx'),
  failureCase('not xlsx: CSV text', () => new TextEncoder().encode('姓名,单位\n张三,英语学院\n'), 'notXlsx'),
  failureCase(
    'not xlsx: OLE compound file (encrypted .xlsx or .xls)',
    () => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      return bytes;
    },
    'fileEncrypted',
  ),
  failureCase(
    'not xlsx: a zip holding one text file',
    () => zipBytes({ 'notes.txt': '联谊交友' }),
    'notXlsx',
    'exceljs loads a zip without xl/workbook.xml as a workbook with no properties, and readXlsx then throws a TypeError reading properties.date1904',
  ),
  failureCase(
    'not xlsx: an OpenDocument spreadsheet (.ods)',
    () =>
      zipParts(
        new Map([
          ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
          [
            'content.xml',
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="Sheet1"/></office:spreadsheet></office:body></office:document-content>',
          ],
          [
            'META-INF/manifest.xml',
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
          ],
        ]),
        'stored',
      ),
    'notXlsx',
    'exceljs loads a zip without xl/workbook.xml as a workbook with no properties, and readXlsx then throws a TypeError reading properties.date1904',
  ),
  failureCase(
    'unreadable: the first half of a valid .xlsx',
    () => {
      const bytes = validWorkbook();
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
    'fileUnreadable',
  ),
  failureCase(
    'unreadable: a sheet entry whose deflate data is corrupt',
    () => corruptEntry(validWorkbook(), 'xl/worksheets/sheet1.xml'),
    'fileUnreadable',
  ),
  failureCase(
    'unreadable: workbook.xml that is not well-formed XML',
    () => {
      const parts = xlsxParts([{ name: 'Sheet1', rows: row(1, cell('A1', 1)) }]);
      parts.set(
        'xl/workbook.xml',
        '<?xml version="1.0"?><workbook><sheets><sheet name="Sheet1" r:id="rId1"></workbook',
      );
      return zipParts(parts);
    },
    'fileUnreadable',
  ),
];
