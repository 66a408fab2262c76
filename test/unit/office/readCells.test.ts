import { readLedger } from '../../../src/core/ledger/readLedger';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { readWorkbookCells } from '../../../src/workbook/office/readWorkbook';
import { rawLedger } from '../../support/rawLedger';
import { contextOf, FakeWorkbook } from './fakeExcel';
import { fakeLedger } from './ledgerWorkbook';

const read = async (wb: FakeWorkbook) => {
  const before = wb.syncs;
  const raw = await readWorkbookCells(contextOf(wb));
  return { raw, syncs: wb.syncs - before };
};

const ledgerOf = (raw: Parameters<typeof readLedger>[0]) => {
  const result = readLedger(raw);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('reading the ledger from Excel', () => {
  it('reads every table in one sync, giving the core what the .xlsx reader gives', async () => {
    const { raw, syncs } = await read(fakeLedger());
    expect(syncs).toBe(1);
    const fromOffice = ledgerOf(raw);
    const fromCells = ledgerOf(rawLedger(sampleLedgerContent()));
    expect(fromOffice.ledger.pairings).toEqual(fromCells.ledger.pairings);
    expect(fromOffice.ledger.contacts).toEqual(fromCells.ledger.contacts);
    expect(fromOffice.problems).toEqual(fromCells.problems);
  });

  it('still needs one sync for a ledger ten times bigger', async () => {
    const small = await read(fakeLedger());
    const big = await read(fakeLedger(undefined, { contactCopies: 10 }));
    expect(big.syncs).toBe(small.syncs);
    expect(ledgerOf(big.raw).ledger.contacts.length).toBe(10 * ledgerOf(small.raw).ledger.contacts.length);
  });

  it('places a used range that starts below and right of A1 at its worksheet position', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('单位').fill([['单位台账（2026）'], [], ['单位名称', '备注'], ['英语学院', '=不是公式']], 2, 3);
    const { raw } = await read(wb);
    const sheet = raw.sheets.find((candidate) => candidate.name === '单位');
    expect(sheet?.rows[1]?.[2]).toEqual({ kind: 'text', text: '单位台账（2026）' });
    expect(sheet?.rows[3]?.[2]).toEqual({ kind: 'text', text: '单位名称' });
    expect(sheet?.rows[4]?.[3]).toEqual({ kind: 'text', text: '=不是公式' });
    expect(sheet?.rows[0]).toBeUndefined();
    expect(sheet?.rows[4]?.[0]).toBeUndefined();
  });

  it('reads error cells as errors and leaves missing sheets out, so the core names them', async () => {
    const wb = fakeLedger(undefined, { without: ['意见办理'] });
    wb.sheet('单位').fill([[{ error: '#N/A' }]], 2, 2);
    const { raw } = await read(wb);
    expect(raw.sheets.find((sheet) => sheet.name === '单位')?.rows[1]?.[1]).toEqual({ kind: 'error', code: '#N/A' });
    expect(raw.sheets.map((sheet) => sheet.name)).not.toContain('意见办理');
    const result = readLedger(raw);
    expect(!result.ok && result.error).toMatchObject({ kind: 'missingSheet', sheet: '意见办理' });
  });

  it('detects the 1904 date system with the workbook DATE function', async () => {
    const wb = fakeLedger();
    expect((await read(wb)).raw.date1904).toBe(false);
    wb.date1904 = true;
    expect((await read(wb)).raw.date1904).toBe(true);
  });

  it('lists the sheets first when the host will not chain calls on a missing sheet', async () => {
    const wb = fakeLedger(undefined, { without: ['意见办理'] });
    wb.nullChaining = 'throw';
    const { raw, syncs } = await read(wb);
    expect(syncs).toBe(3);
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual([
      '设置',
      '学期',
      '单位',
      '领导干部',
      '党外代表人士',
      '结对关系',
      '联系记录',
      '重大节日',
      '考核指标',
    ]);
    const whole = (await read(fakeLedger())).raw.sheets;
    expect(raw.sheets).toEqual(whole.filter((sheet) => sheet.name !== '意见办理'));
  });

  it('reads in row bands when the response would pass Excel on the web’s cap', async () => {
    const whole = await read(fakeLedger(undefined, { contactCopies: 40 }));
    const wb = fakeLedger(undefined, { contactCopies: 40 });
    wb.responseLimit = 150_000;
    const banded = await read(wb);
    expect(banded.syncs).toBeGreaterThan(2);
    expect(banded.raw).toEqual(whole.raw);
  });

  it('refuses to show a loaded property before the sync (the fake behaves like Office.js)', () => {
    const wb = fakeLedger();
    const range = contextOf(wb).workbook.worksheets.getItem('单位').getRange('A1');
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });
});
