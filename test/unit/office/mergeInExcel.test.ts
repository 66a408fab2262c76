import { readLedger } from '../../../src/core/ledger/readLedger';
import { localDateToSerial, type LocalDate } from '../../../src/core/localDate';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { readWorkbookCells } from '../../../src/workbook/office/readWorkbook';
import { returnedContactsFile, returnedId } from '../../support/returnedContacts';
import { contextOf, type FakeWorkbook } from './fakeExcel';
import { cellsOf, fakeLedger, hostOn } from './ledgerWorkbook';

/**
 * 汇总 inside Excel (one Excel.run): the ledger read in one sync, the returned rows written in one
 * more, then a sync that stretches the table and confirms the rows — however many there are. A
 * co-author's row written between our syncs is given back whole, ours reported so merging again
 * adds it; cancelling writes nothing.
 */
/** The sample's 联系记录: its header in row 1, its 31 contacts in rows 2–32; ours start at row 33. */
const FIRST = (sampleLedgerContent()['联系记录']?.length ?? 0) + 2;
const never = () => new AbortController().signal;
const merged = (wb: FakeWorkbook, count: number, signal = never()) =>
  hostOn(wb).merge([returnedContactsFile(count)], () => undefined, signal);

/** A colleague's contact row as typed in Excel (columns A to L of 联系记录). */
const theirRow = [
  'C2027-050',
  'P02',
  '',
  '',
  localDateToSerial('2027-01-18' as LocalDate),
  '实地走访',
  '同事填报：走访慰问。',
  '',
  '',
  '',
  '李红',
  localDateToSerial('2027-01-20' as LocalDate),
];
const rowValues = (wb: FakeWorkbook, row: number) =>
  Array.from({ length: 12 }, (_, index) => wb.sheet('联系记录').shown(row, index + 1).value);

async function contactIds(wb: FakeWorkbook): Promise<string[]> {
  const read = readLedger(await readWorkbookCells(contextOf(wb)));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.ledger.contacts.map((contact) => contact.contactId);
}

describe('汇总 of 500 rows in Excel', () => {
  it('reads once, then writes in at most 2 syncs: the rows, then the table stretched and the rows confirmed', async () => {
    const wb = fakeLedger();
    const result = await merged(wb, 500);
    expect(result.ok && result.value.added).toEqual({ 联系记录: 500 });
    expect(result.ok && result.value.unplaced).toBeUndefined();
    expect(wb.syncs).toBe(3);
    expect(wb.syncLog[0]?.commands).toBe(0); // the read writes nothing
    expect(wb.syncs - 1).toBeLessThanOrEqual(2);
    expect(rowValues(wb, FIRST).slice(0, 2)).toEqual([returnedId(1), expect.any(String)]);
    expect(rowValues(wb, FIRST + 499)[0]).toBe(returnedId(500));
    expect(wb.tables.find((table) => table.name === 'tblContacts')?.bounds.bottom).toBe(FIRST + 499);
    expect((await contactIds(wb)).filter((id) => id.startsWith('C2026-5'))).toHaveLength(500);
  });

  it('where Table.resize does not exist, the confirmation is still its own sync: 2 after the read', async () => {
    const wb = fakeLedger();
    const result = await hostOn(wb, { supports: () => false }).merge(
      [returnedContactsFile(500)],
      () => undefined,
      never(),
    );
    expect(result.ok).toBe(true);
    expect(wb.syncs).toBe(3);
  });

  it('a co-author’s row landing where ours go is given back whole; ours is reported and merging again adds it', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(2, (book) => book.sheet('联系记录').fill([theirRow], FIRST));
    const result = await merged(wb, 5);
    expect(result.ok && result.value.unplaced).toEqual([{ sheet: '联系记录', id: returnedId(1) }]);
    expect(rowValues(wb, FIRST)).toEqual(theirRow);
    expect(wb.sheet('联系记录').numberFormatAt(FIRST, 5)).toBe('General'); // our formats taken back too
    expect(wb.syncs).toBe(3);

    const again = await merged(wb, 5);
    expect(again.ok && again.value.added).toEqual({ 联系记录: 1 });
    const ids = await contactIds(wb);
    expect(ids.filter((id) => id.startsWith('C2026-5')).sort()).toEqual([1, 2, 3, 4, 5].map(returnedId));
    expect(ids).toContain('C2027-050');
  });

  it('a row of ours written over after our write is reported, the other’s row left as it is', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(3, (book) => book.sheet('联系记录').fill([theirRow], FIRST + 2));
    const result = await merged(wb, 5);
    expect(result.ok && result.value.unplaced).toEqual([{ sheet: '联系记录', id: returnedId(3) }]);
    const theirs = rowValues(wb, FIRST + 2);
    expect([theirs[0], theirs[1], theirs[6], theirs[10]]).toEqual(['C2027-050', 'P02', '同事填报：走访慰问。', '李红']);
  });

  it('cancelled while the ledger is read: nothing is written', async () => {
    const wb = fakeLedger();
    const before = cellsOf(wb, '联系记录');
    const controller = new AbortController();
    wb.coAuthorBefore(1, () => controller.abort());
    const result = await merged(wb, 500, controller.signal);
    expect(result).toMatchObject({ ok: false, error: { kind: 'cancelledBeforeWriting' } });
    expect(wb.syncs).toBe(1);
    expect(cellsOf(wb, '联系记录')).toEqual(before);
  });
});
