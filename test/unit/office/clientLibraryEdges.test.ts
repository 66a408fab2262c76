/**
 * @jest-environment jsdom
 *
 * What Excel refuses, met through Office.js's own client library (test/support/clientLibrary.ts):
 * a selection that is not cells, deleting the last visible sheet.
 */
import { REPORT_SHEET } from '../../../src/core/report/coverageReport';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import type { LocalDate } from '../../../src/core/localDate';
import { createOfficeHost } from '../../../src/workbook/office/officeHost';
import { connect } from '../../support/clientLibrary';
import { LibraryWorkbook } from '../../support/clientLibraryWorkbook';
import { rawLedger } from '../../support/rawLedger';

const hostOn = (workbook: LibraryWorkbook) =>
  createOfficeHost({
    run: connect(workbook).run,
    supports: () => true,
    today: () => '2027-01-20' as LocalDate,
    now: () => '2027-01-20 10:00',
  });

describe('Excel’s refusals through the client library', () => {
  it('a chart selected: the forms of all pairings, with a word why', async () => {
    const workbook = new LibraryWorkbook(rawLedger(sampleLedgerContent()));
    workbook.selection = { refused: 'InvalidSelection' };
    const result = await hostOn(workbook).renderForms(
      { semesterId: '2026-2027-1', pairings: 'selection' },
      () => undefined,
      new AbortController().signal,
    );
    expect(result.ok && result.value.notice?.kind).toBe('selectionUnreadable');
    expect(result.ok && result.value.sheetNames.length).toBeGreaterThan(5);
  });

  it('rewrites 覆盖检查 when it is the only visible sheet', async () => {
    const workbook = new LibraryWorkbook(rawLedger(sampleLedgerContent()));
    for (const sheet of workbook.sheets) sheet.visibility = 'Hidden';
    workbook.addSheet(REPORT_SHEET);
    expect((await hostOn(workbook).check({})).ok).toBe(true);
    expect(workbook.sheets.filter((sheet) => sheet.visibility === 'Visible').map((sheet) => sheet.name)).toEqual([
      REPORT_SHEET,
    ]);
  });

  it('a 登记表 with a 联系沟通情况 of 800 characters: no row above the 409 points Excel accepts', async () => {
    const content = sampleLedgerContent();
    const [first, ...rest] = content['联系记录'] ?? [];
    const summary = '围绕学科建设、人才培养、青年教师成长等方面深入交流，听取意见建议。'.repeat(30).slice(0, 800);
    const workbook = new LibraryWorkbook(rawLedger({ ...content, 联系记录: [{ ...first, summary }, ...rest] }));
    const result = await hostOn(workbook).renderForms(
      { semesterId: '2025-2026-2', pairings: [String(first?.pairingId)] },
      () => undefined,
      new AbortController().signal,
    );
    expect(result.ok && result.value.sheetNames).toHaveLength(1);
  });
});
