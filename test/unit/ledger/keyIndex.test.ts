import fc from 'fast-check';
import { KeyIndex } from '../../../src/core/ledger/keyIndex';

describe('KeyIndex (the row of each 记录编号)', () => {
  it('keeps the first row of a key and gives it back for a later one', () => {
    const index = new KeyIndex();
    expect(index.claim('C2026-001', 2)).toBeUndefined();
    expect(index.claim('C2026-002', 3)).toBeUndefined();
    expect(index.claim('C2026-001', 9)).toBe(2);
    expect(index.get('C2026-001')).toBe(2);
    expect(index.has('C2026-002')).toBe(true);
    expect(index.has('C2026-003')).toBe(false);
    expect(index.get('C2026-003')).toBeUndefined();
    expect([...index.keys()]).toEqual(['C2026-001', 'C2026-002']);
  });

  it('answers as a Map would for any keys, across its growth past the first slots', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const index = new KeyIndex();
        const map = new Map<string, number>();
        keys.forEach((key, row) => {
          const first = map.get(key);
          expect(index.claim(key, row)).toBe(first);
          if (first === undefined) map.set(key, row);
        });
        expect(index.size).toBe(map.size);
        for (const [key, row] of map) expect(index.get(key)).toBe(row);
        expect([...index.keys()]).toEqual([...map.keys()]);
      }),
      { numRuns: 60 },
    );
  });

  it('sized for the keys to come, still takes more than it was sized for', () => {
    const index = new KeyIndex(10);
    for (let row = 0; row < 3000; row++) expect(index.claim(`C${row}`, row)).toBeUndefined();
    expect(index.claim('C2999', 1)).toBe(2999);
    expect(index.size).toBe(3000);
  });

  it('tells apart keys whose hashes collide in the slots', () => {
    const index = new KeyIndex();
    const keys = Array.from({ length: 5000 }, (_, i) => `P${i}`);
    keys.forEach((key, row) => index.claim(key, row));
    keys.forEach((key, row) => expect(index.get(key)).toBe(row));
    expect(index.get('P5000')).toBeUndefined();
  });
});
