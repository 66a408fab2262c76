import fc from 'fast-check';
import { formSheetNames } from '../../../src/core/forms/renderForms';
import type { Ledger, Pairing } from '../../../src/core/ledger/model';
import { sanitizeSheetName, uniqueSheetNames } from '../../../src/core/sheet/sheetName';

describe('sheet names Excel accepts', () => {
  test('forbidden characters are replaced and long names cut at 31 characters', () => {
    expect(sanitizeSheetName('登记表-张三/李四')).toBe('登记表-张三-李四');
    expect(sanitizeSheetName("'[统战]:部*?\\'")).toBe('-统战--部---');
    expect([...sanitizeSheetName(`登记表-${'欧阳'.repeat(20)}`)]).toHaveLength(31);
    expect(sanitizeSheetName('   ')).toBe('Sheet');
  });

  test('any text becomes a valid name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const sheet = sanitizeSheetName(name);
        expect([...sheet].length).toBeGreaterThan(0);
        expect([...sheet].length).toBeLessThanOrEqual(31);
        expect(sheet).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      }),
    );
  });

  test('clashes get a number, case-insensitively, and stay within 31 characters', () => {
    expect(uniqueSheetNames(['登记表-张三-李四', '登记表-张三-李四', 'abc'], ['ABC'])).toEqual([
      '登记表-张三-李四',
      '登记表-张三-李四-2',
      'abc-2',
    ]);
    const long = `登记表-${'欧'.repeat(40)}`;
    const [first, second] = uniqueSheetNames([long, long]);
    expect(first).not.toBe(second);
    expect([...(second ?? '')]).toHaveLength(31);
  });

  test('two pairings of people with the same names get their 结对编号, whatever is selected', () => {
    const person = (name: string) => ({ name }) as Pairing['leader'];
    const pairing = (id: string, leader: string, figure: string) =>
      ({ id, leader: person(leader), figure: person(figure) }) as unknown as Pairing;
    const pairings = [pairing('P1', '张伟', '李娜'), pairing('P2', '张伟', '李娜'), pairing('P3', '王芳', '刘洋')];
    const ledger = { pairings } as unknown as Ledger;
    expect(formSheetNames(ledger, pairings)).toEqual([
      '登记表-张伟-李娜-P1',
      '登记表-张伟-李娜-P2',
      '登记表-王芳-刘洋',
    ]);
    expect(formSheetNames(ledger, [pairings[1] as Pairing])).toEqual(['登记表-张伟-李娜-P2']);
  });
});
