import fc from 'fast-check';
import type { LocalDate } from '../../../src/core/localDate';
import { updatedLedgerName } from '../../../src/taskpane/preview/updatedLedger';
import { trackUnsaved } from '../../../src/taskpane/preview/unsavedChanges';
import type { WorkbookChange } from '../../../src/workbook/memory/workbookChanges';

const today = '2027-01-20' as LocalDate;

describe('the updated ledger’s file name', () => {
  test.each([
    ['台账.xlsx', '台账-更新-20270120.xlsx'],
    ['艺术学院 台账.XLSX', '艺术学院 台账-更新-20270120.xlsx'],
    ['台账-更新-20261130.xlsx', '台账-更新-20270120.xlsx'],
    ['台账-更新-20270120.xlsx', '台账-更新-20270120-2.xlsx'],
    ['台账-更新-20270120-2.xlsx', '台账-更新-20270120-3.xlsx'],
    ['台账-更新-20270120-9007199254740992.xlsx', '台账-更新-20270120-9007199254740993.xlsx'],
    ['台账.xlsm', '台账-更新-20270120.xlsm'],
    ['台账', '台账-更新-20270120.xlsx'],
  ])('%s opened on 2027-01-20 is downloaded as %s', (opened, updated) => {
    expect(updatedLedgerName(opened, today)).toBe(updated);
  });

  test('a ledger made in the page is named after the day', () => {
    expect(updatedLedgerName(undefined, today)).toBe('台账-20270120.xlsx');
  });

  test('never the opened file’s name, whatever it is', () => {
    const name = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.string(), fc.constantFrom('20270120', '20261231'), fc.option(fc.bigInt({ min: 0n, max: 10n ** 30n })))
        .map(([stem, day, count]) => `${stem}-更新-${day}${count === null ? '' : `-${count}`}.xlsx`),
    );
    fc.assert(
      fc.property(name, (opened) => {
        const updated = updatedLedgerName(opened, today);
        return updated.toLowerCase() !== opened.toLowerCase() && /\.xls[xm]$/.test(updated);
      }),
    );
  });
});

describe('what counts as saved', () => {
  const row = (n: number): WorkbookChange => ({
    kind: 'rows',
    sheet: '联系记录',
    headerRow: 1,
    firstRow: n,
    rows: [[]],
  });

  test('a download that started before a later one finished does not undo it', () => {
    const log: WorkbookChange[] = [row(2), row(3)];
    const tracker = trackUnsaved(() => log);
    expect(tracker.current().count).toBe(2);
    tracker.saved(2, 'b.xlsx');
    tracker.saved(1, 'a.xlsx');
    expect(tracker.current()).toMatchObject({ count: 0, savedAs: 'b.xlsx' });
    log.push(row(4));
    tracker.refresh();
    expect(tracker.current().count).toBe(1);
  });

  test('the state is the same object until something changes, and listeners hear only changes', () => {
    const log: WorkbookChange[] = [];
    const tracker = trackUnsaved(() => log);
    const heard = jest.fn();
    const stop = tracker.subscribe(heard);
    const before = tracker.current();
    tracker.refresh();
    expect(tracker.current()).toBe(before);
    expect(heard).not.toHaveBeenCalled();
    log.push(row(2));
    tracker.refresh();
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    log.push(row(3));
    tracker.refresh();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
