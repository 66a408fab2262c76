import fc from 'fast-check';
import { jsonPieces, writeInRuns } from '../../src/cli/jsonText';

const joined = (value: unknown, indent?: number): string => [...jsonPieces(value, indent)].join('');

describe('--json printed in pieces', () => {
  test('the pieces make exactly the text JSON.stringify gives, for any JSON value and indent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        expect(joined(value, indent)).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 500 },
    );
  });

  test('and for what JSON leaves out or converts: undefined, functions, dates, boxed values, nested arrays', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.anything({ withDate: true, withBoxedValues: true, withNullPrototype: true, maxDepth: 4 }),
        ),
        (value) => expect(joined(value)).toBe(JSON.stringify(value, null, 2)),
      ),
      { numRuns: 300 },
    );
    const odd = { a: undefined, f: () => 1, d: new Date(Date.UTC(2026, 8, 15)), list: [undefined, () => 1, [[]], {}] };
    expect(joined(odd)).toBe(JSON.stringify(odd, null, 2));
    expect(joined(undefined)).toBe('');
  });

  test('a large result comes in runs of bounded size that together are the whole text', () => {
    const result = {
      problems: Array.from({ length: 20_000 }, (_, row) => ({ row, message: `「联系记录」E${row}：问题` })),
    };
    const runs: string[] = [];
    writeInRuns(jsonPieces(result), (text) => runs.push(text), 4096);
    expect(runs.length).toBeGreaterThan(100);
    expect(Math.max(...runs.map((run) => run.length))).toBeLessThan(4096 + 200);
    expect(runs.join('')).toBe(JSON.stringify(result, null, 2));
  });
});
