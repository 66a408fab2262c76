import fc from 'fast-check';
import { nextPairingIds } from '../../../src/core/handover/nextPairingIds';

/** New 结对编号 follow the ledger's own numbering and never repeat one it holds. */
describe('nextPairingIds', () => {
  test.each([
    ['the next after the highest, padded alike', ['P01', 'P02', 'P18', 'P04'], 2, ['P19', 'P20']],
    ['a longer style', ['JD-2026-008', 'JD-2026-009'], 1, ['JD-2026-010']],
    ['numbers without padding', ['P1', 'P2', 'P9'], 2, ['P10', 'P11']],
    ['the prefix most IDs share', ['P01', 'P02', 'X07', 'P03'], 1, ['P04']],
    ['on a tie, the style of the latest row', ['A01', 'B05', 'A02', 'B06'], 1, ['B07']],
    ['a ledger with no numbered ID', ['张三-李四'], 1, ['P01']],
    ['an empty sheet', [], 2, ['P01', 'P02']],
  ])('%s', (_label, existing, count, expected) => {
    expect(nextPairingIds(existing, count)).toEqual(expected);
  });

  test('an ID taken in another spelling (case, spaces) is skipped', () => {
    expect(nextPairingIds(['P01', 'P02', 'p 03', 'P 04'], 1)).toEqual(['P05']);
    expect(nextPairingIds(['P01', 'x03', 'X03 ', 'P02', 'P03'], 1)).toEqual(['P04']);
  });

  test('property: as many as asked, all different, none equal to an existing ID', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{0,2}\d{0,3}$/), { maxLength: 20 }), fc.nat(5), (ids, count) => {
        const made = nextPairingIds(ids, count);
        const key = (id: string) => id.trim().toUpperCase();
        expect(made).toHaveLength(count);
        expect(new Set(made.map(key)).size).toBe(count);
        for (const id of made) expect(ids.map(key)).not.toContain(key(id));
      }),
    );
  });
});
