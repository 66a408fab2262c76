import fc from 'fast-check';
import { cleanText } from '../../../src/core/cellText';
import { distinctParts, groupCellText, groupParts, isListablePart } from '../../../src/core/ledger/groupList';

/** A group contact's 结对编号 or 人士姓名 list, as people type it in one cell. */
describe('group lists', () => {
  test.each([
    ['顿号', 'P01、P02、P03', ['P01', 'P02', 'P03']],
    ['full-width and half-width commas', 'P01，P02,P03', ['P01', 'P02', 'P03']],
    ['full-width and half-width semicolons', 'P01；P02;P03', ['P01', 'P02', 'P03']],
    ['the half-width 顿号', 'P01､P02', ['P01', 'P02']],
    ['spaces, a full-width space, a line break', 'P01 P02\u3000P03\nP04', ['P01', 'P02', 'P03', 'P04']],
    ['separators mixed, doubled and at the ends', '、P01， 、P02;; P03 ，', ['P01', 'P02', 'P03']],
    ['names', '李四、王五、欧阳娜娜', ['李四', '王五', '欧阳娜娜']],
    ['one value is its own list', 'P01', ['P01']],
    ['a value of only separators lists nothing', '、，', []],
  ])('%s', (_label, text, parts) => {
    expect(groupParts(text)).toEqual(parts);
  });

  test('what the form writes joins with 、 and reads back as the same parts', () => {
    expect(groupCellText(['P01', 'P02'])).toBe('P01、P02');
    expect(isListablePart('P01')).toBe(true);
    expect(isListablePart('P 01')).toBe(false);
    expect(isListablePart('P01,2')).toBe(false);
  });

  test('a part written twice, in any spelling of it, is kept once and named', () => {
    expect(distinctParts(['P01', 'P02', 'p01', 'Ｐ０２', 'P03'])).toEqual({
      distinct: ['P01', 'P02', 'P03'],
      repeated: ['p01', 'Ｐ０２'],
    });
  });

  const separator = fc.constantFrom('、', '､', '，', ',', '；', ';', ' ', '\u3000', '\t', '\n');
  const part = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u9fa5\-·_]{1,8}$/);

  test('property: parts joined by any separators read back as those parts, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(part, fc.array(separator, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 8 }),
        fc.array(separator, { maxLength: 2 }),
        (pieces, lead) => {
          const text = lead.join('') + pieces.map(([value, seps]) => value + seps.join('')).join('');
          expect(groupParts(text)).toEqual(pieces.map(([value]) => value));
        },
      ),
    );
  });

  test('property: what the form writes reads back as what it wrote, after the reader cleans the cell', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
        expect(parts.every(isListablePart)).toBe(true);
        expect(groupParts(cleanText(groupCellText(parts)))).toEqual(parts);
      }),
    );
  });

  test('property: never a crash, never an empty part or one holding a separator', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const parts = groupParts(text);
        for (const value of parts) expect(isListablePart(value)).toBe(true);
        expect(parts.join('')).toBe(text.replace(/[、､，,；;\s]/gu, ''));
      }),
    );
  });
});
