/**
 * The package writer under load, for the bench: N contacts appended to a ledger file in one write
 * (as a 汇总 of returned copies does), through the memory workbook and `patchedXlsx` exactly as the
 * preview's 下载更新后的台账 and `lianyi upgrade` write. The caller times it and measures memory.
 */
import { fixedDayClock } from '../src/app/clock';
import { readLedgerFrom } from '../src/app/ledgerRead';
import type { LocalDate } from '../src/core/localDate';
import { contactsTable } from '../src/core/schema/index';
import { createMemoryWorkbook } from '../src/workbook/memory/memoryWorkbook';
import { patchedXlsx } from '../src/workbook/xlsx/patchedXlsx';
import { readXlsxCells } from '../src/workbook/xlsx/readXlsxCells';

/** The ledger file's bytes with `count` more contacts (ids B000001…, spread over its pairings, dated `today`). */
export async function appendContacts(bytes: Uint8Array, count: number, today: LocalDate): Promise<Uint8Array> {
  const read = await readXlsxCells(bytes);
  if (!read.ok) throw new Error(read.error.message);
  const workbook = createMemoryWorkbook(read.value);
  const env = { clock: fixedDayClock(today), inPane: false };
  const ledger = await readLedgerFrom(workbook, env);
  if (!ledger.ok) throw new Error(ledger.error.message);
  const pairings = ledger.value.ledger.pairings;
  if (pairings.length === 0) throw new Error('the ledger has no pairings');
  const rows = Array.from({ length: count }, (_, index) => {
    const pairing = pairings[index % pairings.length] as (typeof pairings)[number];
    return {
      contactId: `B${String(index + 1).padStart(6, '0')}`,
      pairingId: pairing.id,
      leaderName: pairing.leader.name,
      figureName: pairing.figure.name,
      date: today,
      form: '个别谈心',
      summary: `第 ${index + 1} 次谈心：了解教学科研情况，听取对学校发展的意见建议。`,
      filedOn: today,
    };
  });
  await workbook.appendRows([{ def: contactsTable, rows }]);
  const patched = await patchedXlsx(bytes, workbook.changes());
  if (!patched.ok) throw new Error(patched.error.message);
  return patched.value;
}
