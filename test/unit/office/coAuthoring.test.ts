import { readLedger } from '../../../src/core/ledger/readLedger';
import { localDateToSerial, type LocalDate } from '../../../src/core/localDate';
import { readWorkbookCells } from '../../../src/workbook/office/readWorkbook';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { RETRIES } from '../../../src/workbook/office/keyedAppend';
import { contextOf, type FakeWorkbook } from './fakeExcel';
import { OfficeFakeError } from './fakeModel';
import { cellsOf, fakeLedger, hostOn } from './ledgerWorkbook';

/**
 * 填报 in a shared workbook: a second writer (a co-author, a colleague's copy of the add-in) lands
 * between our syncs. Sync 1 reads the ledger, sync 2 writes the row (row OURS, 记录编号 C2027-002),
 * sync 3 confirms it; `coAuthorBefore(n)` makes the co-author's change just before our sync n.
 */
const draft = { pairingId: 'P01', date: '2027-01-15', form: '个别谈心', summary: '交流近况。', filedBy: '郑敏' };
/** The first free row of 联系记录: below its header and the sample's contacts (row 32 for its 30). */
const OURS = (sampleLedgerContent()['联系记录']?.length ?? 0) + 2;
const serial = (iso: string) => localDateToSerial(iso as LocalDate);

/** A whole 联系记录 row as a colleague enters it (columns in the ledger's order, A to L). */
const theirRow = (id: string, summary = '同事填报：走访慰问。') => [
  id,
  'P02',
  '',
  '',
  serial('2027-01-18'),
  '实地走访',
  summary,
  '',
  '',
  '',
  '李红',
  serial('2027-01-20'),
];

const writesOfRow = (wb: FakeWorkbook, row: number) =>
  [...wb.sheet('联系记录').cells.entries()].filter(([key]) => key.startsWith(`${row},`));
const rowValues = (wb: FakeWorkbook, row: number) =>
  Array.from({ length: 12 }, (_, index) => wb.sheet('联系记录').shown(row, index + 1).value);
const contactsRead = async (wb: FakeWorkbook) => {
  const read = readLedger(await readWorkbookCells(contextOf(wb)));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

describe('a contact entered while nobody else writes', () => {
  it('is written once and confirmed in the sync that stretches the table: three syncs, as before', async () => {
    const wb = fakeLedger();
    expect(await hostOn(wb).addContact(draft)).toEqual({ ok: true, value: { row: OURS, contactId: 'C2027-002' } });
    expect(wb.syncs).toBe(3);
    expect(wb.commandLog.filter((command) => command === 'values')).toHaveLength(1);
    // The third sync reads the row back besides resizing the table: the confirmation.
    expect(wb.syncLog[2]).toEqual({ loads: 3, commands: 1 });
    expect(rowValues(wb, OURS).slice(0, 2)).toEqual(['C2027-002', 'P01']);
    expect(wb.tables.find((table) => table.name === 'tblContacts')?.bounds.bottom).toBe(OURS);
  });

  it('costs one sync more, the confirmation, where Table.resize does not exist', async () => {
    const wb = fakeLedger();
    expect(await hostOn(wb, { supports: () => false }).addContact(draft)).toEqual({
      ok: true,
      value: { row: OURS, contactId: 'C2027-002' },
    });
    expect(wb.syncs).toBe(3);
    expect(wb.syncLog[2]).toEqual({ loads: 3, commands: 0 });
  });
});

describe('a co-author writing at the same moment', () => {
  it('appends a row between our read and our write: theirs is put back whole, ours moves below and the user is told', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(2, (book) => book.sheet('联系记录').fill([theirRow('C2027-050')], OURS));
    const result = await hostOn(wb).addContact(draft);
    expect(result).toEqual({
      ok: true,
      value: {
        row: OURS + 1,
        contactId: 'C2027-002',
        note: expect.stringContaining(`第 ${OURS} 行已被他人的记录占用，这条联系记录写在了第 ${OURS + 1} 行`),
      },
    });
    expect(rowValues(wb, OURS)).toEqual(theirRow('C2027-050'));
    // Their cells keep the formats they had: ours ('@', yyyy-mm-dd) were taken back with our values.
    expect(wb.sheet('联系记录').numberFormatAt(OURS, 5)).toBe('General');
    expect(rowValues(wb, OURS + 1).slice(0, 2)).toEqual(['C2027-002', 'P01']);
    const { ledger, problems } = await contactsRead(wb);
    expect(ledger.contacts.map((contact) => contact.contactId).slice(-2)).toEqual(['C2027-050', 'C2027-002']);
    expect(problems.filter((problem) => problem.sheet === '联系记录' && problem.row >= OURS)).toEqual([]);
  });

  it('appends a row with the same 记录编号 before our write: both kept, ours renumbered below', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(2, (book) => book.sheet('联系记录').fill([theirRow('C2027-002')], OURS));
    const result = await hostOn(wb).addContact(draft);
    expect(result.ok && result.value).toEqual({
      row: OURS + 1,
      contactId: 'C2027-003',
      note: expect.stringContaining('记录编号“C2027-002”已被他人同时填报的记录占用，改为“C2027-003”'),
    });
    expect(rowValues(wb, OURS)).toEqual(theirRow('C2027-002'));
    expect(rowValues(wb, OURS + 1).slice(0, 2)).toEqual(['C2027-003', 'P01']);
  });

  it('writes over our row with the same 记录编号 after our write: ours is written again below, with another 编号', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(3, (book) => book.sheet('联系记录').fill([theirRow('C2027-002')], OURS));
    const result = await hostOn(wb).addContact(draft);
    expect(result.ok && result.value).toEqual({
      row: OURS + 1,
      contactId: 'C2027-003',
      note: `有人同时在「联系记录」中填报：第 ${OURS} 行已被他人的记录占用，这条联系记录写在了第 ${OURS + 1} 行；记录编号“C2027-002”已被他人同时填报的记录占用，改为“C2027-003”；第 ${OURS} 行被他人改写时还留有这条记录的部分内容，请核对该行。`,
    });
    // Their row stands as they wrote it; cells they left empty still hold ours (the note says so).
    expect(rowValues(wb, OURS)).toEqual(['C2027-002', 'P02', '王建国', '林安', ...theirRow('C2027-002').slice(4)]);
    expect(rowValues(wb, OURS + 1).slice(0, 2)).toEqual(['C2027-003', 'P01']);
    // One 记录编号 per row (a group row is read as one contact per pairing, all under its one ID).
    const contacts = (await contactsRead(wb)).ledger.contacts;
    const ids = [...new Map(contacts.map((contact) => [contact.row, contact.contactId])).values()];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a row above our 记录编号 after our write: ours is renumbered where it is', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(3, (book) => book.sheet('联系记录').fill([['C2027-002']], OURS - 1));
    const result = await hostOn(wb).addContact(draft);
    expect(result.ok && result.value).toEqual({
      row: OURS,
      contactId: 'C2027-003',
      note: expect.stringContaining('改为“C2027-003”'),
    });
    expect(rowValues(wb, OURS).slice(0, 2)).toEqual(['C2027-003', 'P01']);
    expect(writesOfRow(wb, OURS + 1)).toEqual([]);
  });

  it('takes the same 记录编号 in a row below ours: ours keeps it, the later row is the one the check reports', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(3, (book) => book.sheet('联系记录').fill([theirRow('C2027-002')], OURS + 1));
    expect(await hostOn(wb).addContact(draft)).toEqual({ ok: true, value: { row: OURS, contactId: 'C2027-002' } });
    expect(rowValues(wb, OURS)[0]).toBe('C2027-002');
    const { problems } = await contactsRead(wb);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'DUPLICATE_ID', sheet: '联系记录', row: OURS + 1 }),
    );
  });

  it('inserts a row above ours after our write: ours is found one row down, never written twice', async () => {
    const wb = fakeLedger();
    wb.coAuthorBefore(3, (book) => {
      const sheet = book.sheet('联系记录');
      const moved = [...sheet.cells.entries()].filter(([key]) => Number(key.split(',')[0]) >= 10);
      for (const [key] of moved) sheet.cells.delete(key);
      for (const [key, cell] of moved) {
        const [row, column] = key.split(',').map(Number) as [number, number];
        sheet.cells.set(`${row + 1},${column}`, cell);
      }
      sheet.fill([theirRow('C2027-060')], 10);
    });
    expect(await hostOn(wb).addContact(draft)).toEqual({
      ok: true,
      value: {
        row: OURS + 1,
        contactId: 'C2027-002',
        note: `有人同时在「联系记录」中插入、删除或排序了行，这条联系记录现在在第 ${OURS + 1} 行。`,
      },
    });
    const ids = (await contactsRead(wb)).ledger.contacts.map((contact) => contact.contactId);
    expect(ids.filter((id) => id === 'C2027-002')).toHaveLength(1);
    expect(rowValues(wb, OURS + 1).slice(0, 2)).toEqual(['C2027-002', 'P01']);
  });

  it('keeps taking the next free row: after the retries ours is taken back and the user is told what to check', async () => {
    const wb = fakeLedger();
    // Before each of our writes (syncs 2, 4, 6, 8) a colleague's row lands where ours is going.
    for (let attempt = 0; attempt <= RETRIES; attempt++)
      wb.coAuthorBefore(2 + 2 * attempt, (book) =>
        book.sheet('联系记录').fill([theirRow(`C2027-07${attempt}`, `第 ${attempt + 1} 位同事`)], OURS + attempt),
      );
    const before = cellsOf(wb, '联系记录');
    const result = await hostOn(wb).addContact(draft);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'contactNotPlaced',
        message: expect.stringContaining(
          `试写的第 ${[0, 1, 2, 3].map((step) => OURS + step).join('、')} 行都被他人的记录占用，为不覆盖别人的记录没有写入`,
        ),
      },
    });
    for (let attempt = 0; attempt <= RETRIES; attempt++)
      expect(rowValues(wb, OURS + attempt)).toEqual(theirRow(`C2027-07${attempt}`, `第 ${attempt + 1} 位同事`));
    const after = cellsOf(wb, '联系记录');
    for (const [address, value] of before) expect(after.get(address)).toBe(value);
    expect([...after.values()]).not.toContain('交流近况。');
  });

  it('leaves the user a row to look at when Excel cannot read the row back', async () => {
    const wb = fakeLedger();
    const aborted = () => {
      throw new OfficeFakeError('RequestAborted', 'The request has been aborted.');
    };
    // The confirmation fails, and so does reading again without the table resize.
    wb.coAuthorBefore(3, aborted);
    wb.coAuthorBefore(4, aborted);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await hostOn(wb).addContact(draft);
    warn.mockRestore();
    expect(result.ok && result.value).toEqual({
      row: OURS,
      contactId: 'C2027-002',
      note: expect.stringContaining(
        `Excel 没能读回确认（可能有人正在同时编辑）：请到第 ${OURS} 行核对，记录在那里就不要重复提交`,
      ),
    });
    expect(rowValues(wb, OURS)[0]).toBe('C2027-002');
  });
});

describe('secretaries entering at the same moment, each with the add-in', () => {
  const drafts = ['甲', '乙', '丙'].map((name, index) => ({
    ...draft,
    pairingId: index === 1 ? 'P02' : 'P01',
    summary: `${name}的联系情况。`,
    filedBy: name,
  }));
  /** Each secretary's session on the same workbook, the i-th starting `delays[i]` microtask ticks later. */
  async function together(count: number, delays: readonly number[]) {
    const wb = fakeLedger();
    const sessions = [wb, ...Array.from({ length: count - 1 }, () => wb.session())];
    const results = await Promise.all(
      sessions.map(async (session, index) => {
        for (let tick = 0; tick < (delays[index] ?? 0); tick++) await Promise.resolve();
        return hostOn(session).addContact(drafts[index] ?? draft);
      }),
    );
    const summaries = [...wb.sheet('联系记录').cells.values()].map((cell) => cell.value);
    const copies = drafts.slice(0, count).map(({ summary }) => summaries.filter((value) => value === summary).length);
    return { wb, results, copies };
  }

  it.each(Array.from({ length: 8 }, (_, delay) => delay))(
    'two: both contacts once each, each with its own 记录编号 (the second starts %i ticks later)',
    async (delay) => {
      const { wb, results, copies } = await together(2, [0, delay]);
      expect(results.every((result) => result.ok)).toBe(true);
      expect(copies).toEqual([1, 1]);
      const { ledger, problems } = await contactsRead(wb);
      expect(ledger.contacts.filter((contact) => contact.summary.endsWith('的联系情况。'))).toHaveLength(2);
      expect(problems.filter((problem) => problem.row >= OURS)).toEqual([]);
    },
  );

  it.each([
    [0, 0, 0],
    [0, 1, 1],
    [0, 1, 4],
    [0, 3, 6],
    [0, 5, 5],
  ])('three in the same second: no contact is lost (one may end up twice) — delays %i, %i, %i', async (...delays) => {
    const { results, copies } = await together(3, delays);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(copies.every((count) => count >= 1)).toBe(true);
  });
});
