import fc from 'fast-check';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { ledgerTemplate } from '../../src/core/template/ledgerTemplate';
import { ledgerXlsxBytes } from '../../src/workbook/xlsx/newWorkbook';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';

/**
 * Bad input is normal input: a damaged file (bytes overwritten anywhere, cut anywhere) gives a
 * workbook or a failure the user can read — never an exception that ends in 内部错误.
 */
describe('the .xlsx reader on damaged files', () => {
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
          const read = await readXlsxCells(bytes);
          if (!read.ok) expect(['fileEmpty', 'fileEncrypted', 'notXlsx', 'fileUnreadable']).toContain(read.error.kind);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('cut anywhere: a result, never a throw; cut before the directory ends, unreadable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        const read = await readXlsxCells(original.slice(0, cut % original.length));
        expect(read.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
