import fc from 'fast-check';
import { fileNameClash, MAX_FILE_STEM, unitFileName } from '../../../src/core/distribute/unitFileName';

/** A unit's name as the name of its copy's file, safe on every file system a school uses. */
describe('unit names as file names', () => {
  test('a plain name is the file name', () => {
    expect(unitFileName('艺术学院')).toBe('艺术学院.xlsx');
  });

  test('characters Windows refuses become _, spaces and dots at the ends go', () => {
    expect(unitFileName('外语学院/国际部')).toBe('外语学院_国际部.xlsx');
    expect(unitFileName('A\\B:C*D?E"F<G>H|I')).toBe('A_B_C_D_E_F_G_H_I.xlsx');
    expect(unitFileName('  学院. ')).toBe('学院.xlsx');
  });

  test('a device name gets a prefix, an empty name a placeholder, a long name is cut', () => {
    expect(unitFileName('CON')).toBe('单位-CON.xlsx');
    expect(unitFileName('…'.replace('…', ' '))).toBe('未命名单位.xlsx');
    expect(unitFileName('学'.repeat(200))).toBe(`${'学'.repeat(MAX_FILE_STEM)}.xlsx`);
  });

  test('any name gives a safe, non-empty name of at most 255 bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (name) => {
        const file = unitFileName(name);
        expect(file).toMatch(/\.xlsx$/);
        // eslint-disable-next-line no-control-regex
        expect(file.slice(0, -5)).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]|^[\s.]|[\s.]$|^$/);
        expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
      }),
    );
  });

  test('two units whose files would have the same name (case and unsafe characters folded) are found', () => {
    expect(fileNameClash(['艺术学院', '国际商学院'])).toBeUndefined();
    expect(fileNameClash(['外语/国际', '外语_国际'])).toEqual({
      units: ['外语/国际', '外语_国际'],
      fileName: '外语_国际.xlsx',
    });
    expect(fileNameClash(['MBA中心', 'mba中心'])?.units).toEqual(['MBA中心', 'mba中心']);
  });
});
