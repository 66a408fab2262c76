/**
 * @jest-environment jsdom
 *
 * 汇总 inside Excel measured with Microsoft's own client library (test/support/clientLibrary.ts):
 * the requests the merge of a form's 500 contacts sends through the real `Excel.run`, as Excel on
 * the web would receive them. Every request stays under 4.5 MB: one read, the rows in one write,
 * the confirmation in one more, and no clean-up request left for the end.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { createOfficeHost } from '../../../src/workbook/office/officeHost';
import { connect, requestSizes } from '../../support/clientLibrary';
import { LibraryWorkbook } from '../../support/clientLibraryWorkbook';
import { sampleRaw } from '../../support/rawLedger';
import { returnedContactsFile } from '../../support/returnedContacts';

const LIMIT = 4_500_000;
// jsdom has neither TextDecoder nor TextEncoder; a browser has both, and the file readers use them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** The merge's requests on a fresh sample ledger. */
async function mergeRequests(count: number) {
  const workbook = new LibraryWorkbook(sampleRaw());
  const recording = connect(workbook);
  const host = createOfficeHost({
    run: recording.run,
    supports: () => true,
    today: () => '2027-01-20' as never,
    now: () => '2027-01-20 10:00',
  });
  const merged = await host.merge([returnedContactsFile(count)], () => undefined, new AbortController().signal);
  if (!merged.ok) throw new Error(merged.error.message);
  return { merged: merged.value, workbook, requests: recording.requests };
}

describe('汇总 with Office.js’s client library', () => {
  it.each([500, 5000, 15000])(
    '%i rows: every request under 4.5 MB; a read, the write, the confirmation',
    async (count) => {
      const { merged, workbook, requests } = await mergeRequests(count);
      expect(merged.added).toEqual({ 联系记录: count });
      const sizes = requestSizes(requests);
      expect(sizes.max).toBeLessThan(LIMIT);
      expect(requests.filter((request) => request.afterBatch)).toEqual([]);
      expect(workbook.references.size).toBe(0);
      // The read, then as many writes as 4 MB chunks need, then the confirmation.
      const total = requests.reduce((sum, request) => sum + request.bytes, 0);
      expect(requests.length).toBeLessThanOrEqual(2 + Math.ceil(total / 3_500_000));
      if (count === 500) expect(requests.length).toBe(3);
      if (process.env.LIANYI_PRINT_SIZES)
        process.stdout.write(`汇总 ${count} 行：${requests.map((request) => request.bytes).join(' + ')} 字节\n`);
    },
  );
});
