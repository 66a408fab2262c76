import fc from 'fast-check';
import { type Cell, toCell } from '../../src/core/cell';
import { cellDate, cellText, cellYesNo, cleanText, matchKey, parseDateText, splitList } from '../../src/core/cellText';

const text = (value: string): Cell => ({ kind: 'text', text: value });

describe('dates as users type them (SPEC §2), under TZ=Asia/Shanghai and TZ=UTC', () => {
  test.each([
    ['2026-09-15'],
    ['2026/9/15'],
    ['2026.9.15'],
    ['2026年9月15日'],
    ['20260915'],
    [' 2026-09-15 '],
    ['２０２６－０９－１５'],
    ['2026/09/15 10:30'],
    ['2026年9月15'],
  ])('%s is 2026-09-15', (typed) => {
    expect(parseDateText(typed)).toBe('2026-09-15');
    expect(cellDate(text(typed))).toBe('2026-09-15');
  });

  test.each([
    ['2026-13-01'],
    ['2026-02-30'],
    ['15/9/2026'],
    ['9月15日'],
    ['明天'],
    ['2026-9'],
    ['2026/9-15'],
    [''],
    ['46280a'],
  ])('%s is not a date', (typed) => {
    expect(parseDateText(typed)).toBeUndefined();
  });

  test('an Excel date serial with any format, a Date from the library, and 20260915 typed as a number', () => {
    expect(cellDate({ kind: 'number', value: 46280 })).toBe('2026-09-15');
    expect(cellDate(toCell(new Date(Date.UTC(2026, 8, 15))))).toBe('2026-09-15');
    expect(cellDate({ kind: 'number', value: 20260915 })).toBe('2026-09-15');
    expect(cellDate({ kind: 'boolean', value: true })).toBeUndefined();
    expect(cellDate({ kind: 'error', code: '#N/A' })).toBeUndefined();
  });

  test('a date written as formula text or rich text reads like its shown value', () => {
    expect(cellDate(toCell({ formula: 'DATE(2026,9,15)', result: new Date(Date.UTC(2026, 8, 15)) }))).toBe(
      '2026-09-15',
    );
    expect(cellDate(toCell({ richText: [{ text: '2026年' }, { text: '9月15日' }] }))).toBe('2026-09-15');
  });

  test('any text either reads as a real date or as no date, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const date = parseDateText(typed);
        if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
    fc.assert(fc.property(fc.double(), (serial) => void cellDate({ kind: 'number', value: serial })));
  });
});

describe('cell values from every program that writes .xlsx', () => {
  test('rich text (WPS, LibreOffice), hyperlinks, formula results and errors', () => {
    expect(toCell({ richText: [{ text: '张', font: { bold: true } }, { text: '三' }] })).toEqual(text('张三'));
    expect(toCell({ text: '统战部主页', hyperlink: 'https://example.invalid' })).toEqual(text('统战部主页'));
    expect(toCell({ formula: 'A1&B1', result: '王建国' })).toEqual(text('王建国'));
    expect(toCell({ sharedFormula: 'A2', result: 3 })).toEqual({ kind: 'number', value: 3 });
    expect(toCell({ error: '#N/A' })).toEqual({ kind: 'error', code: '#N/A' });
    expect(toCell({ formula: 'NOW()' })).toEqual({ kind: 'uncalculated' });
    expect(toCell({ formula: 'NOW()', result: undefined })).toEqual({ kind: 'uncalculated' });
    expect(toCell('')).toEqual({ kind: 'empty' });
  });

  test('any value at all gives a cell', () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true }),
        (value) => void toCell(value),
      ),
    );
  });
});

/** Characters no one sees, as pasted from web pages, chat apps and Word (issue 9 found U+200C and U+FEFF unfolded). */
const INVISIBLE = [
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte-order mark
  '\u00ad', // soft hyphen
  '\u200e', // left-to-right mark
  '\u202c', // pop directional formatting
  '\u2066', // left-to-right isolate
  '\u180e', // Mongolian vowel separator
  '\u3164', // Hangul filler
  '\ufe0f', // variation selector-16
  '\u{e0001}', // language tag
];
/** Invisible characters that do not join what is shown: dropped wherever they are, even in displayed text. */
const NON_JOINING = INVISIBLE.filter((char) => !['\u200c', '\u200d', '\ufe0f'].includes(char));

/** `text` with characters from `pool` inserted at the given positions. */
const sprinkled = (text: string, pool: readonly string[]) =>
  fc
    .array(fc.tuple(fc.nat(), fc.constantFrom(...pool)), { maxLength: 6 })
    .map((insertions) =>
      insertions.reduce((chars, [at, char]) => {
        const copy = [...chars];
        copy.splice(at % (copy.length + 1), 0, char);
        return copy;
      }, Array.from(text)),
    )
    .map((chars) => chars.join(''));

describe('invisible characters (zero-width, joiners, BOM, soft hyphen, direction marks…)', () => {
  test('names and IDs compare the same with any of them anywhere', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom('P01', '张三', 'ＰＯ１', 'C2026-001', '欧阳 明', 'Jose\u0301', '한국'),
        ),
        fc.context(),
        (typed, context) => {
          fc.assert(
            fc.property(sprinkled(typed, INVISIBLE), (dirty) => {
              context.log(JSON.stringify(dirty));
              expect(matchKey(dirty)).toBe(matchKey(typed));
            }),
            { numRuns: 10 },
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  test('the text a cell shows is the same with the non-joining ones anywhere, and with any of them at its ends', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 3 }),
        (typed, ends) => {
          expect(cleanText(`${ends.join('')}${typed}${ends.join('')}`)).toBe(cleanText(typed));
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).chain((typed) => fc.tuple(fc.constant(typed), sprinkled(typed, NON_JOINING))),
        ([typed, dirty]) => expect(cleanText(dirty)).toBe(cleanText(typed)),
      ),
    );
  });

  test('a key is the text without invisible characters and spaces, NFKC-folded, upper case: plain text too', () => {
    const folded = (typed: string) =>
      typed
        .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
        .normalize('NFKC')
        .replace(/\s+/g, '')
        .toUpperCase();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({
            unit: fc.constantFrom(
              ...'aZ09-_~ 张三\u4e00\u9fff\u3000ｐ０\u00a0\u200bé、。《》【】〇\u3029\u302a\u3036\u3038',
            ),
          }),
        ),
        (typed) => expect(matchKey(typed)).toBe(folded(typed)),
      ),
    );
    expect(matchKey('c2026-015')).toBe('C2026-015');
  });

  test('a cell of nothing visible is empty; joiners inside an emoji stay, so it shows as typed', () => {
    for (const char of INVISIBLE) expect(cellText(text(`${char}\u3000${char}`))).toBe('');
    expect(cleanText('\u200b张\u00ad三\u2060')).toBe('张三');
    expect(cleanText('\u200d👩\u200d🎓 联谊\ufeff')).toBe('👩\u200d🎓 联谊');
    expect(matchKey('\u200c张\u200d三')).toBe(matchKey('张三'));
  });
});

describe('text, 是/否 and lists', () => {
  test('full-width spaces count as spaces and the ends are trimmed', () => {
    expect(cleanText('\u3000张三\u3000')).toBe('张三');
    expect(cellText(text(' 王 建国 '))).toBe('王 建国');
    expect(cellText({ kind: 'number', value: 1001 })).toBe('1001');
    expect(cellText({ kind: 'number', value: 0.1 + 0.2 })).toBe('0.3');
  });

  test.each([['是'], ['Y'], ['y'], ['1'], ['√'], ['TRUE']])('%s means 是', (typed) =>
    expect(cellYesNo(text(typed))).toBe(true),
  );
  test.each([['否'], ['N'], ['0'], ['×'], ['false']])('%s means 否', (typed) =>
    expect(cellYesNo(text(typed))).toBe(false),
  );
  test('anything else is neither', () => {
    expect(cellYesNo(text('也许'))).toBeUndefined();
    expect(cellYesNo({ kind: 'boolean', value: false })).toBe(false);
    expect(cellYesNo({ kind: 'number', value: 1 })).toBe(true);
  });

  test('人士类别 lists split on 、 ， , ; ；', () => {
    expect(splitList('人大代表、政协委员，少数民族,归国留学;港澳台侨；党外青年教师')).toEqual([
      '人大代表',
      '政协委员',
      '少数民族',
      '归国留学',
      '港澳台侨',
      '党外青年教师',
    ]);
    expect(splitList(' 、 ')).toEqual([]);
  });
});
