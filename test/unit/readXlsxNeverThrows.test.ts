import fc from 'fast-check';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { ledgerTemplate } from '../../src/core/template/ledgerTemplate';
import { ledgerXlsxBytes } from '../../src/workbook/xlsx/newWorkbook';
import { nodeInflate } from '../../src/cli/nodeInflate';
import type { RawInflate } from '../../src/workbook/xlsx/package/rawInflate';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';

/**
 * Bad input is normal input: a damaged file (bytes overwritten anywhere, cut anywhere) gives a
 * workbook or a failure the user can read — never an exception that ends in 内部错误.
 */
const INFLATERS: Array<[string, RawInflate | undefined]> = [
  ['fflate (the preview, the default)', undefined],
  ["Node's zlib (the command line)", nodeInflate],
];

describe.each(INFLATERS)('the .xlsx reader on damaged files, inflating with %s', (_name, inflate) => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent()));
  });

  test('bytes overwritten anywhere: a result, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
        async (edits) => {
          const bytes = original.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const read = await readXlsxCells(bytes, { inflate });
          if (!read.ok) expect(['fileEmpty', 'fileEncrypted', 'notXlsx', 'fileUnreadable']).toContain(read.error.kind);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('cut anywhere: a result, never a throw; cut before the directory ends, unreadable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        const read = await readXlsxCells(original.slice(0, cut % original.length), { inflate });
        expect(read.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

test("Node's zlib and fflate read the same cells (the sample, and texts of many-byte characters across pieces)", async () => {
  const content = sampleLedgerContent();
  // 3,000 more contacts of three-byte characters: the 联系记录 sheet spans many inflated pieces.
  const [first] = content['联系记录'] ?? [];
  const more = Array.from({ length: 3000 }, (_, index) => ({
    ...first,
    contactId: `X${index}`,
    summary: `座谈交流，听取意见建议${'。联谊交友'.repeat(index % 17)}${index}`,
  }));
  const original = await ledgerXlsxBytes(
    ledgerTemplate({ ...content, 联系记录: [...(content['联系记录'] ?? []), ...more] }),
  );
  const [fflate, zlib] = await Promise.all([
    readXlsxCells(original),
    readXlsxCells(original, { inflate: nodeInflate }),
  ]);
  expect(zlib).toEqual(fflate);
  expect(zlib.ok && zlib.value.sheets.find((sheet) => sheet.name === '联系记录')?.rows.length).toBeGreaterThan(3000);
});
