import { addContact } from '../../../src/app/addContact';
import { checkLedger } from '../../../src/app/checkLedger';
import { fixedDayClock } from '../../../src/app/clock';
import type { LocalDate } from '../../../src/core/localDate';
import { REPORT_SHEET } from '../../../src/core/report/coverageReport';
import { createMemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { changeCount } from '../../../src/workbook/memory/workbookChanges';
import { sampleRaw } from '../../support/rawLedger';

/** The memory workbook's log of writes: what the package writer replays into the user's file, and what a preview counts as unsaved. */
const env = { clock: fixedDayClock('2027-01-20' as LocalDate), inPane: true };

describe('the memory workbook logs its writes', () => {
  test('reading and checking without a report change nothing', async () => {
    const workbook = createMemoryWorkbook(sampleRaw());
    await workbook.read();
    expect((await checkLedger(workbook, env, { report: false })).ok).toBe(true);
    expect(workbook.changes()).toEqual([]);
    expect(changeCount(workbook.changes())).toBe(0);
  });

  test('a contact is one appended row, logged where the copy put it, with dates as dates and text as text', async () => {
    const workbook = createMemoryWorkbook(sampleRaw());
    const added = await addContact(workbook, env, {
      pairingId: 'P12',
      date: '2027-01-18',
      form: '个别谈心',
      summary: '=1+1',
    });
    // Below the header and the sample's 30 contacts.
    expect(added.ok && added.value.row).toBe(32);
    const [change] = workbook.changes();
    expect(change).toMatchObject({ kind: 'rows', sheet: '联系记录', headerRow: 1, firstRow: 32 });
    const cells = change?.kind === 'rows' ? new Map(change.rows[0]) : new Map();
    expect(cells.get(5)).toEqual({ kind: 'date', date: '2027-01-18' });
    expect(cells.get(7)).toEqual({ kind: 'text', text: '=1+1' });
    expect(changeCount(workbook.changes())).toBe(1);
  });

  test('a report replacing an earlier one logs the removal with the addition; a refused contact logs nothing', async () => {
    const workbook = createMemoryWorkbook(sampleRaw());
    await checkLedger(workbook, env, { report: true });
    await checkLedger(workbook, env, { report: true });
    const refused = await addContact(workbook, env, {
      pairingId: 'P99',
      date: '2027-01-18',
      form: '个别谈心',
      summary: '谈心',
    });
    expect(refused.ok).toBe(false);
    expect(workbook.changes().map((change) => (change.kind === 'sheets' ? change.remove : change.kind))).toEqual([
      [],
      [REPORT_SHEET],
    ]);
    expect(changeCount(workbook.changes())).toBe(3);
  });
});
