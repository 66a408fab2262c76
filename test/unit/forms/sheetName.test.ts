import fc from 'fast-check';
import { formSheetNames } from '../../../src/core/forms/renderForms';
import type { Ledger, Pairing } from '../../../src/core/ledger/model';
import { REPORT_SHEET } from '../../../src/core/report/coverageReport';
import { LEDGER_TABLES } from '../../../src/core/schema/index';
import { sanitizeSheetName, uniqueSheetNames } from '../../../src/core/sheet/sheetName';
import { GUIDE_SHEET } from '../../../src/core/template/guide';

describe('sheet names Excel accepts', () => {
  test('forbidden characters are replaced and long names cut at 31 characters', () => {
    expect(sanitizeSheetName('登记表-张三/李四')).toBe('登记表-张三-李四');
    expect(sanitizeSheetName("'[统战]:部*?\\'")).toBe('-统战--部---');
    expect(sanitizeSheetName(`登记表-${'欧阳'.repeat(20)}`)).toHaveLength(31);
    expect(sanitizeSheetName('   ')).toBe('Sheet');
  });

  test('any text becomes a valid name: at most 31 UTF-16 units as Excel counts, no pair of surrogates cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const sheet = sanitizeSheetName(name);
        expect(sheet.length).toBeGreaterThan(0);
        expect(sheet.length).toBeLessThanOrEqual(31);
        expect(sheet).not.toMatch(/[[\]:*?/\\]|^'|'$|[\uD800-\uDFFF]/u);
        expect(sheet.toLowerCase()).not.toBe('history');
      }),
    );
  });

  test('characters beyond the BMP count two, as Excel counts them', () => {
    const astral = sanitizeSheetName(`登记表-${'𠮷'.repeat(20)}`);
    expect(astral).toBe(`登记表-${'𠮷'.repeat(13)}`);
    expect(astral.length).toBe(30);
    const [first, second] = uniqueSheetNames([`登记表-张𠮷-${'𠮷'.repeat(20)}`, `登记表-张𠮷-${'𠮷'.repeat(20)}`]);
    expect(first?.length).toBeLessThanOrEqual(31);
    expect(second?.length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/^登记表-张𠮷-(𠮷)+-2$/u);
    expect(sanitizeSheetName('History')).toBe('History-1');
  });

  test('every name the add-in gives a sheet is one Excel accepts', () => {
    const fixed = [REPORT_SHEET, GUIDE_SHEET, ...LEDGER_TABLES.map((def) => def.sheet)];
    for (const name of fixed) expect(sanitizeSheetName(name)).toBe(name);
    const person = (name: string) => ({ name }) as Pairing['leader'];
    const long = '𠮷'.repeat(40);
    const pairings = [{ id: 'P1', leader: person(long), figure: person(long) }] as unknown as Pairing[];
    const [formName = ''] = formSheetNames({ pairings } as unknown as Ledger, pairings);
    expect(formName.length).toBeLessThanOrEqual(31);
    expect(formName).toMatch(/^登记表-(𠮷)+$/u);
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
