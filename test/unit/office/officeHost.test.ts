import { runCheck } from '../../../src/core/check/runCheck';
import { runCoverageCheckCommand } from '../../../src/workbook/office/coverageCommand';
import { runIn } from './fakeExcel';
import { failureFrom, PartialWriteError } from '../../../src/workbook/office/officeErrors';
import { readOrThrow, sampleRaw } from '../../support/rawLedger';
import { contextOf, FakeWorkbook } from './fakeExcel';
import { officeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import { DEFAULT_BUDGET } from '../../../src/workbook/office/writeBatch';
import { OfficeFakeError } from './fakeModel';
import { fakeLedger, hostOn, TODAY } from './ledgerWorkbook';

describe('the Office host', () => {
  it('gives the pane its overview in one sync, or says the workbook is not a ledger', async () => {
    const wb = fakeLedger();
    const overview = await hostOn(wb).overview();
    expect(wb.syncs).toBe(1);
    expect(overview.ok && overview.value.currentSemesterId).toBe('2026-2027-1');
    const blank = new FakeWorkbook();
    blank.addSheet('Sheet1');
    const refused = await hostOn(blank).overview();
    expect(!refused.ok && refused.error).toMatchObject({
      kind: 'notLedger',
      message: expect.stringContaining('请到「台账」页新建台账'),
    });
  });

  it('checks and rewrites 覆盖检查: one sync to read, one to write; links stay in this workbook', async () => {
    const wb = fakeLedger();
    wb.addSheet('覆盖检查', [['上一次的结果']]);
    const checked = await hostOn(wb).check({});
    const { ledger, problems } = readOrThrow(sampleRaw());
    expect(checked).toEqual(runCheck(ledger, problems, { today: TODAY }));
    expect(wb.syncs).toBe(2);
    const report = wb.sheet('覆盖检查');
    expect(report.shown(1, 1).value).toBe('联谊交友覆盖检查 · 2026-2027学年第一学期');
    const links = [...report.cells.values()]
      .map((cell) => cell.formula)
      .filter((formula): formula is string => formula !== undefined);
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((formula) => formula.startsWith('=HYPERLINK("#'))).toBe(true);
    expect(wb.active).not.toBe('覆盖检查');
  });

  it('writes the new 覆盖检查 whole before the old one is deleted, then gives it the name', async () => {
    const wb = fakeLedger();
    wb.addSheet('覆盖检查', [['上一次的结果']]);
    const log = wb.commandLog.length;
    expect((await hostOn(wb).check({})).ok).toBe(true);
    const commands = wb.commandLog.slice(log);
    const added = commands.indexOf('add');
    expect(commands.filter((command) => command === 'values').length).toBeGreaterThan(0);
    expect(commands.lastIndexOf('values')).toBeLessThan(commands.indexOf('delete'));
    expect(commands.indexOf('delete')).toBeLessThan(commands.indexOf('rename'));
    expect(added).toBeLessThan(commands.indexOf('values'));
    expect(wb.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith('覆盖检查'))).toEqual(['覆盖检查']);
    expect(wb.sheet('覆盖检查').shown(1, 1).value).toBe('联谊交友覆盖检查 · 2026-2027学年第一学期');
  });

  it('rewrites 覆盖检查 when it is the only sheet users see (Excel keeps one visible sheet)', async () => {
    const wb = fakeLedger();
    for (const sheet of wb.sheets) sheet.visibility = 'Hidden';
    wb.addSheet('覆盖检查', [['上一次的结果']]);
    const checked = await hostOn(wb).check({});
    expect(checked.ok).toBe(true);
    expect(wb.sheet('覆盖检查').shown(1, 1).value).toBe('联谊交友覆盖检查 · 2026-2027学年第一学期');
  });

  it('never deletes the last sheet users see, even when asked to remove it with nothing added', async () => {
    const wb = fakeLedger();
    for (const sheet of wb.sheets) sheet.visibility = 'Hidden';
    wb.addSheet('登记表-旧', [['旧的']]);
    wb.addSheet('登记表-更旧', [['更旧的']]);
    const port = officeWorkbook(contextOf(wb), { supports: () => true, budget: DEFAULT_BUDGET });
    await port.read();
    expect(await port.replaceSheets({ add: [], remove: ['登记表-旧', '登记表-更旧'] })).toEqual({ cancelled: false });
    expect(wb.sheets.filter((sheet) => sheet.visibility === 'Visible').map((sheet) => sheet.name)).toEqual([
      '登记表-旧',
    ]);
  });

  it('selects a problem’s cell, or says the sheet is gone', async () => {
    const wb = fakeLedger();
    expect(await hostOn(wb).selectCell({ sheet: '联系记录', cell: 'F19' })).toEqual({ ok: true, value: undefined });
    expect([wb.active, wb.selected]).toEqual(['联系记录', { sheet: '联系记录', address: 'F19:F19' }]);
    const missing = await hostOn(wb).selectCell({ sheet: '旧表', cell: 'A1' });
    expect(!missing.ok && missing.error).toMatchObject({
      kind: 'notFound',
      message: expect.stringContaining('找不到'),
    });
  });

  it('runs the ribbon’s 覆盖检查: one line of summary and the sheet activated', async () => {
    const wb = fakeLedger();
    const result = await runCoverageCheckCommand({ run: runIn(wb), today: () => TODAY, now: () => '2027-01-20 10:30' });
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(
      /^2026-2027学年第一学期：在职党外代表人士已结对 \d+\/\d+ 人，结对已联系 \d+\/\d+.*；详见「覆盖检查」工作表。$/,
    );
    expect(result.message).not.toContain('\n');
    expect(wb.active).toBe('覆盖检查');
    const failed = await runCoverageCheckCommand({ run: runIn(new FakeWorkbook()), today: () => TODAY });
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('这不是一份联谊交友台账');
  });

  it('says what to do for Excel’s errors, and which sheet may be half-written', () => {
    expect(failureFrom(new OfficeFakeError('InvalidOperationInCellEditMode', 'editing'))).toMatchObject({
      kind: 'cellEditMode',
      message: expect.stringContaining('Enter 或 Esc'),
    });
    expect(failureFrom(new OfficeFakeError('AccessDenied', 'protected')).message).toContain('撤销保护');
    const partial = failureFrom(
      new PartialWriteError(new OfficeFakeError('RequestPayloadSizeLimitExceeded', 'too big'), ['覆盖检查']),
    );
    expect(partial).toEqual({
      kind: 'payloadTooLarge',
      message: expect.stringContaining('工作表「覆盖检查」可能只写入了一部分，请删除后重试。'),
    });
    expect(failureFrom(new Error('boom')).message).toContain('boom');
  });
});
