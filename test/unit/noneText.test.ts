import fc from 'fast-check';
import { matchKey } from '../../src/core/cellText';
import { NOTHING_KEYS, saysSomething } from '../../src/core/noneText';

describe('saysSomething (意见建议 and 困难诉求 that raise something)', () => {
  it('a note says something; "nothing" in the ways people write it does not', () => {
    expect(saysSomething('希望学校加强青年教师培养。')).toBe(true);
    for (const nothing of ['无', ' 暂无 ', 'N/A', 'n / a', '——', '／', '无\u200b意见'])
      expect(saysSomething(nothing)).toBe(false);
    expect(saysSomething(undefined)).toBe(false);
  });

  it('answers as the key of the whole text does, for any text (long ones are not keyed)', () => {
    const pieces = fc.constantFrom(
      '无',
      '暂',
      '意见',
      ' ',
      '\u3000',
      '\u200b',
      'n',
      'A',
      '/',
      '／',
      '－',
      '—',
      '，',
      'é',
      'e\u0301',
      '建议',
      '0',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => {
          expect(saysSomething(text)).toBe(!NOTHING_KEYS.has(matchKey(text)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
