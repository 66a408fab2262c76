import ExcelJS from 'exceljs';
import type { LocalDate } from '../../../src/core/localDate';
import type { Result } from '../../../src/core/result';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import type { LedgerHost } from '../../../src/app/ledgerHost';
import { createPreviewHost } from '../../../src/taskpane/preview/previewHost';
import { ledgerXlsxBytes } from '../../../src/workbook/xlsx/newWorkbook';

const today = '2027-01-20' as LocalDate;
const options = { today, fileName: '台账.xlsx', now: () => '2027-01-20 10:00' };

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function sampleHost(): Promise<LedgerHost> {
  return value(await createPreviewHost(await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent())), options));
}

async function sheetNamesOf(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe('the browser preview’s host (an .xlsx in memory, exceljs)', () => {
  test('checks the opened ledger and offers the 覆盖检查 report as a new workbook', async () => {
    const host = await sampleHost();
    expect(value(await host.overview()).currentSemesterId).toBe('2026-2027-1');
    const result = value(await host.check({ semesterId: '2026-2027-1' }));
    expect(result.summary).toMatchObject({ figuresInService: 11, figuresCovered: 10, pairingsDue: 11 });
    const report = value(await host.download!('report'));
    expect(report.fileName).toBe('覆盖检查-2026-2027-1.xlsx');
    expect(await sheetNamesOf(report.bytes)).toEqual(['覆盖检查']);
  });

  test('reviews the year and offers 年度考核 and 意见办理统计 as a new workbook, not as changes of the ledger', async () => {
    const host = await sampleHost();
    expect(await host.download!('review')).toMatchObject({ ok: false, error: { kind: 'nothingToDownload' } });
    const review = value(await host.review({ year: '2026-2027' }));
    expect(review.units.map((unit) => unit.unit)).toContain('艺术学院');
    const file = value(await host.download!('review'));
    expect(file.fileName).toBe('年度考核-2026-2027.xlsx');
    expect(await sheetNamesOf(file.bytes)).toEqual(['年度考核', '意见办理统计']);
    expect(host.unsaved?.current().count).toBe(0);
  });

  test('renders the forms with progress; an abort stops it; a semester without pairings says so', async () => {
    const host = await sampleHost();
    expect((await host.download!('forms')).ok).toBe(false);
    const progress: number[] = [];
    const forms = value(
      await host.renderForms(
        { semesterId: '2026-2027-1', pairings: 'all' },
        (done) => progress.push(done),
        new AbortController().signal,
      ),
    );
    expect(forms.sheetNames).toHaveLength(12);
    expect(progress).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    expect(await sheetNamesOf(value(await host.download!('forms')).bytes)).toEqual(forms.sheetNames);

    const aborted = new AbortController();
    aborted.abort();
    expect(
      await host.renderForms({ semesterId: '2026-2027-1', pairings: 'all' }, () => undefined, aborted.signal),
    ).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    expect(
      await host.renderForms(
        { semesterId: '2026-2027-1', pairings: 'selection' },
        () => undefined,
        new AbortController().signal,
      ),
    ).toMatchObject({ ok: false, error: { kind: 'selectionUnavailable' } });
  });

  test('a contact is validated; a good one joins the in-memory copy and counts in the next check', async () => {
    const host = await sampleHost();
    const refused = await host.addContact({ pairingId: 'P12', date: '2027-01-05', form: '喝茶', summary: '' });
    expect(
      refused.ok ? [] : (refused.error as ReadonlyArray<{ column: string }>).map((problem) => problem.column),
    ).toEqual(['联系形式', '联系沟通情况']);
    const before = value(await host.check({ semesterId: '2026-2027-1' })).summary.pairingsMet;
    const pending = value(await host.check({ semesterId: '2026-2027-1' })).pairings.find(
      (pairing) => pairing.status === 'pending',
    );
    if (!pending) throw new Error('the sample has pending pairings');
    expect(
      value(
        await host.addContact({
          pairingId: pending.pairingId,
          date: '2027-01-05',
          form: '个别谈心',
          summary: '谈心。',
        }),
      ).row,
    ).toBeGreaterThan(20);
    expect(value(await host.check({ semesterId: '2026-2027-1' })).summary.pairingsMet).toBe(before + 1);
  });

  test('a blank workbook is not a ledger until the sample is filled in; a second create is refused', async () => {
    const host = value(await createPreviewHost(undefined, options));
    expect(await host.overview()).toMatchObject({ ok: false, error: { kind: 'notLedger' } });
    value(await host.createLedger({ sample: true }));
    expect(value(await host.overview()).pairings.length).toBeGreaterThan(10);
    expect(await host.createLedger({ sample: false })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('空白工作簿') },
    });
  });

  test('an older ledger is upgraded in memory: the missing sheet, columns and settings are reported', async () => {
    const template = ledgerTemplate(sampleLedgerContent());
    const older = {
      ...template,
      tables: template.tables
        .filter((table) => table.sheet !== '意见办理')
        .map((table) =>
          table.sheet === '联系记录'
            ? { ...table, columns: table.columns.slice(0, -2), rows: table.rows.map((row) => row.slice(0, -2)) }
            : table,
        )
        .map((table) =>
          table.sheet === '设置' ? { ...table, rows: table.rows.filter((row) => row[0] !== '办理期限天数') } : table,
        ),
    };
    const host = value(await createPreviewHost(await ledgerXlsxBytes(older), options));
    expect(await host.overview()).toMatchObject({ ok: false, error: { kind: 'notLedger' } });
    expect(value(await host.upgradeLedger())).toEqual({
      addedSheets: ['意见办理'],
      addedColumns: [
        { sheet: '联系记录', header: '填报人' },
        { sheet: '联系记录', header: '填报日期' },
      ],
      addedSettings: ['办理期限天数'],
      raisedVersion: false,
    });
    expect(value(await host.check({ semesterId: '2026-2027-1' })).summary.figuresInService).toBe(11);
    expect(value(await host.upgradeLedger())).toEqual({
      addedSheets: [],
      addedColumns: [],
      addedSettings: [],
      raisedVersion: false,
    });
  });

  test('bytes that are not an .xlsx are refused with the reason', async () => {
    expect(await createPreviewHost(new TextEncoder().encode('hello'), options)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('不是 .xlsx 文件') },
    });
  });
});
