import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addContact } from '../../src/app/addContact';
import { checkLedger } from '../../src/app/checkLedger';
import { fixedDayClock } from '../../src/app/clock';
import { findHeaderRow } from '../../src/core/headerRow';
import type { LocalDate } from '../../src/core/localDate';
import { findSheet, type RawWorkbook } from '../../src/core/rawWorkbook';
import { REPORT_SHEET } from '../../src/core/report/coverageReport';
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { figuresTable, pairingsTable, unitsTable } from '../../src/core/schema/index';
import { ledgerTemplate, type TemplateColumn } from '../../src/core/template/ledgerTemplate';
import { createMemoryWorkbook, type MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { ledgerXlsxBytes } from '../../src/workbook/xlsx/newWorkbook';
import { workbookParts } from '../../src/workbook/xlsx/package/workbookParts';
import { patchedXlsx } from '../../src/workbook/xlsx/patchedXlsx';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { EXTRA_MARKERS, EXTRA_PARTS, withExtraParts } from '../support/extraParts';
import { packageProblems } from '../support/packageIntegrity';
import { HAS_SOFFICE, NO_SOFFICE, sofficeCsv } from '../support/soffice';
import { changedEntries, entryXml, rawEntries } from '../support/zipEntries';

/**
 * The package writer (SPEC §8) on ledgers from every producer a school has: exceljs (what `init`
 * writes), LibreOffice (an .xlsx saved by Calc, and one that went through .ods; committed fixtures
 * made with `soffice --convert-to xlsx`), and a ledger given by hand the parts a library rewrite
 * drops. One session of edits — a contact appended, cells set, a column added, the 覆盖检查 report
 * added — is written into a copy of each file; then the untouched entries are the same bytes, the
 * changed parts keep what was not edited, exceljs, LibreOffice and our reader read the result, and
 * the check of the result is the check of the edited ledger.
 */
const TODAY = '2027-01-20' as LocalDate;
const env = { clock: fixedDayClock(TODAY), inPane: false, ledgerFile: '台账.xlsx' };
const FIXTURES = join(__dirname, '..', 'fixtures', 'writer');
const SUMMARY = '=1+2 看起来像公式，其实是谈话内容';
const NOTE = '+86 0571 是号码，不是公式';

/** Two columns of the user's own kind added to 单位: free text, and one with a dropdown. */
const PHONE: TemplateColumn = { header: '联系电话', width: 16, format: 'text', numberFormat: '@', wrap: false };
const KEY_UNIT: TemplateColumn = {
  header: '重点单位',
  width: 10,
  format: 'text',
  numberFormat: '@',
  wrap: false,
  list: { values: ['是', '否'], strict: true, alert: { title: '重点单位', text: '请选择是或否。' } },
};

/**
 * Each producer, its file, and the row the appended contact lands on: below the sample's 30 contacts
 * (row 32), or below the 20 of the older sample the LibreOffice fixtures were saved from (row 22).
 */
const PRODUCERS: ReadonlyArray<readonly [string, () => Promise<Uint8Array>, number]> = [
  ['exceljs', () => ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent())), 32],
  ['LibreOffice (.xlsx)', async () => new Uint8Array(readFileSync(join(FIXTURES, 'libreoffice.xlsx'))), 22],
  [
    'LibreOffice (from .ods)',
    async () => new Uint8Array(readFileSync(join(FIXTURES, 'libreoffice-from-ods.xlsx'))),
    22,
  ],
  [
    'by hand, with extra parts',
    async () => withExtraParts(await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent()))),
    32,
  ],
];

/** A worksheet's part by name. */
function sheetPath(bytes: Uint8Array, name: string): string {
  const names = new Set(rawEntries(bytes).keys());
  const found = workbookParts((path) => (names.has(path) ? entryXml(bytes, path) : undefined))?.sheets.find(
    (sheet) => sheet.name === name,
  );
  if (!found) throw new Error(`no sheet ${name}`);
  return found.path;
}

/** A part's relationships' targets (a sheet's tables, drawings, comments). */
function ownedParts(bytes: Uint8Array, part: string): string[] {
  const rels = part.replace(/([^/]+)$/, '_rels/$1.rels');
  if (!rawEntries(bytes).has(rels)) return [];
  return [...entryXml(bytes, rels).matchAll(/Target="\.\.\/([^"]+)"/g)].map((match) => `xl/${match[1]}`);
}

/** The edits of one session, through the use cases and the port, on the file's cells in memory. */
async function editSession(workbook: MemoryWorkbook): Promise<void> {
  // P14 is still to contact in every producer's sample, so the check after the write shows the contact counted.
  const added = await addContact(workbook, env, {
    pairingId: 'P14',
    date: '2027-01-18',
    form: '个别谈心',
    summary: SUMMARY,
  });
  if (!added.ok) throw new Error(JSON.stringify(added.error));
  const cells = workbook.cells();
  const at = (sheet: string, def: typeof figuresTable | typeof pairingsTable, key: string) => {
    const header = findHeaderRow(findSheet(cells, sheet) as RawWorkbook['sheets'][number], def);
    return { sheet, row: (header?.headerRow ?? 1) + 2, column: header?.columns.get(key) ?? 1 };
  };
  await workbook.setCells([
    { ...at('党外代表人士', figuresTable, 'note'), cell: { kind: 'text', text: NOTE } },
    { ...at('结对关系', pairingsTable, 'filedOn'), cell: { kind: 'date', date: '2026-03-05' as LocalDate } },
  ]);
  const units = findHeaderRow(findSheet(cells, '单位') as RawWorkbook['sheets'][number], unitsTable);
  if (!units) throw new Error('no 单位 header');
  await workbook.appendRows(
    [],
    [
      {
        def: unitsTable,
        headerRow: units.headerRow,
        firstColumn: units.lastColumn + 1,
        columns: [
          { template: PHONE, formatCells: true },
          { template: KEY_UNIT, formatCells: true },
        ],
      },
    ],
  );
  const checked = await checkLedger(workbook, env, { report: true });
  if (!checked.ok) throw new Error(checked.error.message);
}

/** A worksheet's XML without what edits may change: its rows, used range, column widths and dropdowns. */
const outsideEdits = (xml: string): string =>
  xml
    .replace(/<sheetData>[\s\S]*<\/sheetData>/, '')
    .replace(/<dimension [^>]*\/>/, '')
    .replace(/<cols>[\s\S]*?<\/cols>/, '')
    .replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '');

describe.each(PRODUCERS)('the package writer on a ledger made by %s', (_producer, make, appendedRow) => {
  let original: Uint8Array;
  let patched: Uint8Array;
  let edited: MemoryWorkbook;

  beforeAll(async () => {
    original = await make();
    const read = await readXlsxCells(original);
    if (!read.ok) throw new Error(read.error.message);
    edited = createMemoryWorkbook(read.value);
    await editSession(edited);
    const result = await patchedXlsx(original, edited.changes());
    if (!result.ok) throw new Error(result.error.message);
    patched = result.value;
  });

  test('every entry the edits did not need is the same bytes; only the edited sheets, their tables, the styles and the wiring change', () => {
    const edited = ['联系记录', '党外代表人士', '结对关系', '单位'].flatMap((name) => {
      const path = sheetPath(original, name);
      return [path, ...ownedParts(original, path).filter((part) => part.includes('/tables/'))];
    });
    const parts = workbookParts((path) => (rawEntries(original).has(path) ? entryXml(original, path) : undefined));
    const allowed = new Set([
      ...edited,
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      parts?.styles,
    ]);
    const changed = changedEntries(original, patched).filter((name) => rawEntries(original).has(name));
    expect(changed.filter((name) => !allowed.has(name))).toEqual([]);
    // The report's sheet is new; nothing of the file went missing.
    expect([...rawEntries(original).keys()].filter((name) => !rawEntries(patched).has(name))).toEqual([]);
  });

  test('the edited sheets keep everything outside the cells edited, attribute for attribute', () => {
    for (const name of ['联系记录', '党外代表人士', '结对关系']) {
      const path = sheetPath(original, name);
      expect(outsideEdits(entryXml(patched, path))).toBe(outsideEdits(entryXml(original, path)));
    }
  });

  test('the appended contact takes the styles of the row above, and the 联系记录 table and its filter grow over it', () => {
    const path = sheetPath(original, '联系记录');
    const xml = entryXml(patched, path);
    const stylesOf = (row: number) =>
      new Map(
        [
          ...(new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)?.[1] ?? '').matchAll(
            /<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g,
          ),
        ].map((match) => [match[1], match[2]] as const),
      );
    const [above, added] = [stylesOf(appendedRow - 1), stylesOf(appendedRow)];
    expect(added.get('A')).toBeDefined();
    for (const [column, style] of above)
      if (added.has(column)) expect([column, added.get(column)]).toEqual([column, style]);
    const table = ownedParts(original, path).find((part) => part.includes('/tables/')) as string;
    const tableXml = entryXml(patched, table);
    expect(new RegExp(`<table [^>]*ref="A1:L${appendedRow}"`).test(tableXml)).toBe(true);
    expect(tableXml).toContain(`<autoFilter ref="A1:L${appendedRow}"`);
  });

  test('the package is sound as Excel checks it (content types, relationships, unique sheet and table names)', () => {
    expect(packageProblems(original)).toEqual([]);
    expect(packageProblems(patched)).toEqual([]);
  });

  test('our reader reads every edit back: the ledger sheets are cell for cell what the session left', async () => {
    const read = await readXlsxCells(patched);
    if (!read.ok) throw new Error(read.error.message);
    const expected = edited.cells();
    expect(read.value.sheets.map((sheet) => sheet.name)).toEqual(expected.sheets.map((sheet) => sheet.name));
    for (const sheet of expected.sheets.filter((candidate) => candidate.name !== REPORT_SHEET)) {
      const actual = findSheet(read.value, sheet.name);
      const width = (rows: typeof sheet.rows) =>
        rows.map((cells) => (cells ?? []).findLastIndex((cell) => cell !== undefined) + 1);
      expect(width(actual?.rows ?? [])).toEqual(width(sheet.rows));
      sheet.rows.forEach((cells, row) =>
        (cells ?? []).forEach((cell, column) =>
          expect([row + 1, column + 1, actual?.rows[row]?.[column]]).toEqual([row + 1, column + 1, cell]),
        ),
      );
    }
  });

  test('check of the written file is check of the edited ledger', async () => {
    const read = await readXlsxCells(patched);
    if (!read.ok) throw new Error(read.error.message);
    const [written, expected] = await Promise.all([
      checkLedger(createMemoryWorkbook(read.value), env, { report: false }),
      checkLedger(edited, env, { report: false }),
    ]);
    expect(written).toEqual(expected);
    expect(written.ok && written.value.pairings.find((pairing) => pairing.pairingId === 'P14')?.status).toBe('met');
  });

  test('exceljs reads the result: the new contact, the new columns and the report sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(patched) as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(REPORT_SHEET);
    const contacts = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    const values: unknown[] = [];
    contacts.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(SUMMARY);
    const units = workbook.getWorksheet('单位') as ExcelJS.Worksheet;
    expect((units.getRow(1).values as unknown[]).slice(-2)).toEqual(['联系电话', '重点单位']);
  });

  (HAS_SOFFICE ? test : test.skip)(
    'LibreOffice reads the result: the contact as text and date, the columns, the report',
    () => {
      const sheets = sofficeCsv(patched);
      expect(sheets.get('联系记录')).toContain(`,2027-01-18,个别谈心,${SUMMARY},`);
      expect(sheets.get('联系记录')).toContain('2027-01-18');
      expect(sheets.get('党外代表人士')).toContain(NOTE);
      expect(sheets.get('单位')?.split('\n')[0]).toMatch(/,联系电话,重点单位$/);
      expect(sheets.has(REPORT_SHEET)).toBe(true);
    },
  );
  if (!HAS_SOFFICE) test('LibreOffice', () => console.warn(NO_SOFFICE));
});

describe('the extra parts of a hand-made ledger survive the write', () => {
  let original: Uint8Array;
  let patched: Uint8Array;

  beforeAll(async () => {
    original = withExtraParts(await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent())));
    const read = await readXlsxCells(original);
    if (!read.ok) throw new Error(read.error.message);
    const workbook = createMemoryWorkbook(read.value);
    await editSession(workbook);
    const result = await patchedXlsx(original, workbook.changes());
    if (!result.ok) throw new Error(result.error.message);
    patched = result.value;
  });

  test.each(EXTRA_PARTS)('%s is the same bytes', (part) => {
    expect(changedEntries(original, patched)).not.toContain(part);
    expect(rawEntries(patched).has(part)).toBe(true);
  });

  test.each(Object.entries(EXTRA_MARKERS))('%s is still in the file', (_name, marker) => {
    const all = [...rawEntries(patched).keys()]
      .filter((name) => !name.endsWith('/'))
      .map((name) => entryXml(patched, name));
    expect(all.some((xml) => xml.includes(marker))).toBe(true);
  });

  test('the appended row goes before the empty formatted row further down, and the print area stays on 联系记录', () => {
    const xml = entryXml(patched, sheetPath(patched, '联系记录'));
    // Below the sample's 30 contacts.
    expect(xml.indexOf('<row r="32"')).toBeGreaterThan(0);
    expect(xml.indexOf('<row r="32"')).toBeLessThan(xml.indexOf('<row r="40"'));
    expect(entryXml(patched, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="7">'联系记录'!$A$1:$L$30</definedName>`,
    );
  });
});
