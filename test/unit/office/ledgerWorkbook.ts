import { columnLetters } from '../../../src/core/address';
import type { LocalDate } from '../../../src/core/localDate';
import { localDateToSerial, parseIsoDate } from '../../../src/core/localDate';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { type LedgerContent, ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import { createOfficeHost } from '../../../src/workbook/office/officeHost';
import type { OfficeHostDeps } from '../../../src/workbook/office/officeHost';
import { baseContent } from '../../support/rawLedger';
import { FakeWorkbook, runIn } from './fakeExcel';

/**
 * Fake workbooks holding a ledger as Excel holds it: header in row 1, one table per sheet, ISO
 * dates in date columns as serial numbers, everything else as typed (the sample's '2026/4/18' stays text).
 */
export const TODAY = '2027-01-20' as LocalDate;

export interface LedgerOptions {
  /** Repeats the 联系记录 rows this many times (with distinct 记录编号): a bigger ledger, the same shape. */
  readonly contactCopies?: number;
  /** Sheets left out, as in an older or damaged ledger. */
  readonly without?: readonly string[];
}

export function fakeLedger(content: LedgerContent = sampleLedgerContent(), options: LedgerOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const table of ledgerTemplate(content).tables) {
    if (options.without?.includes(table.sheet)) continue;
    const copies = table.sheet === '联系记录' ? (options.contactCopies ?? 1) : 1;
    const rows = Array.from({ length: copies }, (_, copy) =>
      table.rows.map((row) =>
        table.columns.map((column, index) => {
          const value = row[index];
          const date = column.format === 'date' && typeof value === 'string' ? parseIsoDate(value) : undefined;
          if (date) return localDateToSerial(date);
          return index === 0 && copy > 0 && typeof value === 'string' ? `${value}-${copy}` : value;
        }),
      ),
    ).flat();
    const sheet = wb.addSheet(table.sheet, [table.columns.map((column) => column.header), ...rows]);
    wb.tables.push({
      name: table.table,
      sheet,
      bounds: { top: 1, left: 1, bottom: Math.max(2, rows.length + 1), right: table.columns.length },
    });
  }
  return wb;
}

/** A ledger of `count` 院级 pairings in one unit, each with a contact in 2026-2027-1: `count` forms. */
export function manyPairings(count: number): LedgerContent {
  const ids = Array.from({ length: count }, (_, i) => String(i + 1).padStart(3, '0'));
  return baseContent({
    领导干部: ids.map((id) => ({
      leaderId: `L${id}`,
      name: `干部${id}`,
      post: '党委书记',
      level: '院级',
      unit: '英语学院',
      status: '在任',
    })),
    党外代表人士: ids.map((id) => ({
      figureId: `F${id}`,
      name: `人士${id}`,
      unit: '英语学院',
      post: '教授',
      status: '在职',
    })),
    结对关系: ids.map((id) => ({
      pairingId: `P${id}`,
      level: '院级',
      leaderId: `L${id}`,
      figureId: `F${id}`,
      start: '2026-03-01',
    })),
    联系记录: ids.map((id) => ({
      contactId: `C${id}`,
      pairingId: `P${id}`,
      date: '2026-10-10',
      form: '个别谈心',
      summary: `第${id}次谈心：交流教学科研与学院发展，听取意见建议。`,
      suggestions: '建议加强青年教师培养。',
    })),
  });
}

export const hostOn = (wb: FakeWorkbook, deps: Partial<OfficeHostDeps> = {}) =>
  createOfficeHost({
    run: runIn(wb),
    today: () => TODAY,
    now: () => '2027-01-20 10:30',
    supports: () => true,
    ...deps,
  });

export const neverAborted = (): AbortSignal => new AbortController().signal;

/** Every non-empty cell of a sheet, keyed by A1 address, as the fake shows it. */
export function cellsOf(wb: FakeWorkbook, name: string): Map<string, string | number | boolean> {
  const sheet = wb.sheet(name);
  const cells = new Map<string, string | number | boolean>();
  for (const key of sheet.cells.keys()) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    const shown = sheet.shown(row, column);
    if (shown.type !== 'Empty') cells.set(`${columnLetters(column)}${row}`, shown.value);
  }
  return cells;
}
