/**
 * @jest-environment jsdom
 *
 * Request sizes measured with Microsoft's own client library (test/support/clientLibrary.ts): the
 * add-in's real actions through the real `Excel.run`, each sync's body as Excel on the web would
 * receive it. Every request — the clean-up request Excel.run sends at its end included — must stay
 * under 4.5 MB (Excel on the web refuses 5 MB), in few syncs; and the chunker's estimates, with
 * the ids of a long batch, must neither fall short of the real bodies nor waste syncs.
 */
import { BENCH_SEMESTER, BENCH_TODAY, generateLedger } from '../../../bench/generateLedger';
import { chooseSemester, runCheck } from '../../../src/core/check/runCheck';
import { renderForms, selectPairings } from '../../../src/core/forms/renderForms';
import { coverageReport, REPORT_SHEET } from '../../../src/core/report/coverageReport';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { range, type SheetSpec, text } from '../../../src/core/sheet/sheetSpec';
import { type LedgerContent, ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import type { OfficeContext } from '../../../src/workbook/office/officeApi';
import { createOfficeHost } from '../../../src/workbook/office/officeHost';
import { recordSetting } from '../../../src/workbook/office/officeRecords';
import type { SheetWrite } from '../../../src/workbook/office/writeBatch';
import { tableSheetWrite } from '../../../src/workbook/office/writeLedgerOffice';
import { sheetSpecWrite } from '../../../src/workbook/office/writeSheetSpecOffice';
import { connect, type LibraryRequest, requestSizes } from '../../support/clientLibrary';
import { LibraryWorkbook } from '../../support/clientLibraryWorkbook';
import { rawLedger, readOrThrow } from '../../support/rawLedger';

const LIMIT = 4_500_000;
const MB = 1_000_000;

function hostOn(workbook: LibraryWorkbook) {
  const recording = connect(workbook);
  const host = createOfficeHost({
    run: recording.run,
    supports: () => true,
    today: () => BENCH_TODAY,
    now: () => '2027-01-20 10:00',
  });
  return { host, requests: recording.requests };
}

/** Every request under the limit, none left for the end, and no more syncs than full chunks need. */
function expectWithinLimits(workbook: LibraryWorkbook, requests: readonly LibraryRequest[]) {
  const sizes = requestSizes(requests);
  const total = requests.reduce((sum, request) => sum + request.bytes, 0);
  expect(sizes.max).toBeLessThan(LIMIT);
  expect(sizes.cleanup).toBeLessThan(LIMIT);
  // Nothing is kept for Excel.run to release: no clean-up request at all.
  expect(requests.filter((request) => request.afterBatch)).toEqual([]);
  expect(workbook.references.size).toBe(0);
  // One read, then chunks of 3.5 MB and more but for the last.
  expect(requests.length).toBeLessThanOrEqual(2 + Math.ceil(total / (3.5 * MB)));
  return sizes;
}

/** A ledger of the generator's shape with `extraProblems` contacts naming no pairing (each a data problem). */
function bigLedger(size: { figures: number; pairings: number; contacts: number }, extraProblems = 0) {
  const { content } = generateLedger(size);
  const unknown = Array.from({ length: extraProblems }, (_, index) => ({
    contactId: `X${index}`,
    pairingId: `Q${index}`,
    date: '2026-10-01',
    form: '面谈',
    summary: '谈心谈话，了解近况',
  }));
  return rawLedger({ ...content, 联系记录: [...(content.联系记录 ?? []), ...unknown] } as LedgerContent);
}

describe('request sizes with Office.js’s client library', () => {
  it('覆盖检查 of 6,000 open pairings and 6,000 problems, replacing the earlier report', async () => {
    const workbook = new LibraryWorkbook(bigLedger({ figures: 8000, pairings: 6900, contacts: 1500 }, 6000));
    workbook.addSheet(REPORT_SHEET);
    const { host, requests } = hostOn(workbook);
    const checked = await host.check({ semesterId: BENCH_SEMESTER });
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.value.pairings.filter((pairing) => pairing.status !== 'met').length).toBeGreaterThan(6000);
    expect(checked.value.problems.length).toBeGreaterThan(6000);
    expectWithinLimits(workbook, requests);
    // The new report is written whole before the old one goes and it takes its name.
    expect(workbook.events).toEqual([
      `add ${REPORT_SHEET}（新）`,
      `delete ${REPORT_SHEET}`,
      `rename ${REPORT_SHEET}（新）→${REPORT_SHEET}`,
    ]);
  });

  it('2,000 登记表 replacing the 2,000 rendered before', async () => {
    const raw = bigLedger({ figures: 3000, pairings: 2600, contacts: 6000 });
    const { ledger } = readOrThrow(raw);
    const semester = chooseSemester(ledger, { semesterId: BENCH_SEMESTER, today: BENCH_TODAY });
    if (!semester.ok) throw new Error(semester.error.message);
    const pairings = selectPairings(ledger, semester.value, BENCH_TODAY, {});
    if (!pairings.ok) throw new Error(pairings.error.message);
    const pairingIds = pairings.value.slice(0, 2000).map((pairing) => pairing.id);
    const earlier = renderForms(ledger, semester.value, BENCH_TODAY, { pairingIds });
    if (!earlier.ok) throw new Error(earlier.error.message);
    const names = earlier.value.map((form) => form.name);
    const workbook = new LibraryWorkbook(raw);
    for (const name of names) workbook.addSheet(name);
    workbook.settings.set(recordSetting('formSheets'), JSON.stringify(names));

    const { host, requests } = hostOn(workbook);
    const result = await host.renderForms(
      { semesterId: BENCH_SEMESTER, pairings: pairingIds },
      () => undefined,
      new AbortController().signal,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheetNames).toEqual(names);
    expectWithinLimits(workbook, requests);
    // Every old form is deleted after the last new one is written, and only then do the new ones take the names.
    const lastAdd = workbook.events.findLastIndex((event) => event.startsWith('add '));
    const firstDelete = workbook.events.findIndex((event) => event.startsWith('delete '));
    expect(lastAdd).toBe(names.length - 1);
    expect(firstDelete).toBeGreaterThan(lastAdd);
    expect(workbook.sheets.slice(-names.length).map((sheet) => sheet.name)).toEqual(names);
  });

  it('催办单 of every unit of a large ledger, replacing the 催办单 written before', async () => {
    const workbook = new LibraryWorkbook(bigLedger({ figures: 3000, pairings: 2600, contacts: 1500 }));
    const first = await hostOn(workbook).host.remind({ semesterId: BENCH_SEMESTER });
    if (!first.ok) throw new Error(first.error.message);
    const names = first.value.sheets.map((sheet) => sheet.sheetName);
    expect(names.length).toBeGreaterThan(1);
    workbook.events.length = 0;
    const { host, requests } = hostOn(workbook);
    const again = await host.remind({ semesterId: BENCH_SEMESTER });
    if (!again.ok) throw new Error(again.error.message);
    expectWithinLimits(workbook, requests);
    // The earlier 催办单 are deleted only after the last new one is written; the new ones then take the names.
    const lastAdd = workbook.events.findLastIndex((event) => event.startsWith('add '));
    expect(workbook.events.findIndex((event) => event.startsWith('delete '))).toBeGreaterThan(lastAdd);
    expect(workbook.sheets.slice(-names.length).map((sheet) => sheet.name)).toEqual(names);
  });

  it('a new sample ledger in a blank workbook', async () => {
    const workbook = new LibraryWorkbook();
    const { host, requests } = hostOn(workbook);
    expect((await host.createLedger({ sample: true })).ok).toBe(true);
    expectWithinLimits(workbook, requests);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(
      ledgerTemplate(sampleLedgerContent()).tables.reduce((names, table) => [...names, table.sheet], ['说明']),
    );
  });
});

/** A spec of many small commands: styled rectangles with borders, merges, row heights, dropdowns, highlights. */
function busySpec(): SheetSpec {
  const box = { top: 'thin', left: 'thin', bottom: 'medium', right: 'thin' } as const;
  const rows = Array.from({ length: 400 }, (_, index) => index + 1);
  return {
    name: '样式',
    styles: {
      cell: {
        font: { name: '仿宋_GB2312', size: 12, bold: true },
        border: box,
        align: { vertical: 'top', wrap: true },
      },
      other: { fill: 'C6EFCE', align: { horizontal: 'center' } },
    },
    cells: rows.flatMap((row) => [
      { row, column: 1, content: text(`第 ${row} 行`), style: row % 2 ? 'cell' : 'other' },
      { row, column: 3, content: { kind: 'number', value: row } },
    ]),
    merges: rows.filter((row) => row % 3 !== 0).map((row) => range(row, 3, row, 5 + (row % 2))),
    columns: [{ index: 1, width: 20 }],
    rows: rows.map((row) => ({ index: row, height: 15 + (row % 7) })),
    validations: rows
      .slice(0, 40)
      .map((row) => ({ range: range(row, 2), values: ['是', '否'], strict: row % 2 === 0 })),
    highlights: rows
      .slice(0, 40)
      .map((row) => ({ kind: 'equals', range: range(row, 1), value: '未完成', fill: 'FFC7CE' }) as const),
    page: {
      paper: 'A4',
      orientation: 'portrait',
      margins: { top: 1, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      fitToWidth: 1,
      fitToHeight: 0,
      centerHorizontally: true,
      printArea: range(1, 1, 400, 6),
      printTitleRows: { first: 1, last: 1 },
    },
    freeze: { rows: 1, columns: 0 },
  };
}

/** Queues the writes in one sync, with ids as large as a long batch reaches; the estimate and the real body. */
async function estimateAndBody(make: (context: OfficeContext) => readonly SheetWrite[]) {
  const { requests, run } = connect(new LibraryWorkbook());
  let estimate = 0;
  await run(async (context) => {
    // Ids of seven digits, as after about a million queued objects: the longest a realistic batch sends.
    (context as unknown as { m_nextId: number }).m_nextId = 9_000_000;
    for (const write of make(context))
      for (const op of write.ops) {
        estimate += op.bytes;
        op.apply();
      }
    await context.sync();
  });
  return { estimate, body: requests[0]?.bytes ?? 0 };
}

describe('the chunker’s estimates, calibrated on the client library', () => {
  const template = ledgerTemplate(sampleLedgerContent());
  const raw = bigLedger({ figures: 600, pairings: 500, contacts: 300 }, 300);
  const { ledger, problems } = readOrThrow(raw);
  const checked = runCheck(ledger, problems, { semesterId: BENCH_SEMESTER, today: BENCH_TODAY });
  const semester = chooseSemester(ledger, { semesterId: BENCH_SEMESTER, today: BENCH_TODAY });
  const forms = semester.ok ? renderForms(ledger, semester.value, BENCH_TODAY, {}) : undefined;
  const cases: Array<[string, (context: OfficeContext) => SheetWrite[]]> = [
    ['the ledger tables', (context) => template.tables.map((table) => tableSheetWrite(context, table, false))],
    ['the guide', (context) => [sheetSpecWrite(context, template.guide)]],
    [
      'a report',
      (context) => [
        sheetSpecWrite(context, checked.ok ? coverageReport(checked.value, { checkedAt: '' }) : busySpec()),
      ],
    ],
    ['50 forms', (context) => (forms?.ok ? forms.value.slice(0, 50) : []).map((form) => sheetSpecWrite(context, form))],
    ['many small commands', (context) => [sheetSpecWrite(context, busySpec())]],
  ];
  it.each(cases)('%s: the estimate covers the request, within 15%%', async (_, make) => {
    const { estimate, body } = await estimateAndBody(make);
    expect(body).toBeGreaterThan(0);
    expect(body).toBeLessThanOrEqual(estimate);
    expect(body).toBeGreaterThanOrEqual(0.85 * estimate);
  });
});
