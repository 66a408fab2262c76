/**
 * The three hosts the use cases run on, each opened on the same ledgers: the tests' double of the
 * port (over the sample's cells), the Office implementation over the fake Excel (one fresh port per
 * action, as each action is one Excel.run), and the memory implementation over a real .xlsx file
 * (written with exceljs, read back with readXlsx), as the browser preview and the command line use it.
 */
import ExcelJS from 'exceljs';
import { sampleLedgerContent } from '../../../src/core/sample/sampleLedger';
import { type LedgerContent, type LedgerTemplate, ledgerTemplate } from '../../../src/core/template/ledgerTemplate';
import { templateWorkbook } from '../../../src/core/template/templateWorkbook';
import { createMemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { officeWorkbook } from '../../../src/workbook/office/officeWorkbook';
import type { WorkbookPort } from '../../../src/workbook/port';
import { ledgerXlsxBytes } from '../../../src/workbook/xlsx/newWorkbook';
import { readXlsxCells as readXlsx } from '../../../src/workbook/xlsx/readXlsxCells';
import { type PortDouble, portDouble } from '../../support/portDouble';
import { contextOf, FakeWorkbook } from '../office/fakeExcel';
import { fakeLedger } from '../office/ledgerWorkbook';

/** A workbook opened on a host: `port()` is the port one action gets. */
export interface HostWorkbook {
  port(): WorkbookPort;
}

export interface Host {
  readonly name: string;
  /** The fictional sample ledger. */
  sample(): Promise<HostWorkbook>;
  /** The sample as an older ledger: no 意见办理 sheet, no 单位 备注 column, no 办理期限天数 setting. */
  older(): Promise<HostWorkbook>;
  /** A new blank workbook: one empty sheet, Sheet1. */
  blank(): Promise<HostWorkbook>;
}

/** The sheet an older ledger lacks, the column and the setting, as the upgrade reports them. */
export const OLDER_LACKS = {
  sheet: '意见办理',
  column: { sheet: '单位', header: '备注' },
  setting: '办理期限天数',
} as const;

function olderContent(): LedgerContent {
  const content = sampleLedgerContent();
  return { ...content, 设置: (content['设置'] ?? []).filter((row) => row.key !== OLDER_LACKS.setting) };
}

/** The older ledger's template: the lacking sheet left out, the lacking column cut from its table. */
function olderTemplate(): LedgerTemplate {
  const template = ledgerTemplate(olderContent());
  const tables = template.tables
    .filter((table) => table.sheet !== OLDER_LACKS.sheet)
    .map((table) => {
      if (table.sheet !== OLDER_LACKS.column.sheet) return table;
      const index = table.columns.findIndex((column) => column.header === OLDER_LACKS.column.header);
      return {
        ...table,
        columns: table.columns.filter((_, i) => i !== index),
        rows: table.rows.map((row) => row.filter((_, i) => i !== index)),
      };
    });
  return { ...template, tables };
}

const rawOrThrow = async (bytes: Uint8Array) => {
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

async function blankXlsxBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The double keeps its log across actions: the test reads it through `double`. */
export interface DoubleWorkbook extends HostWorkbook {
  readonly double: PortDouble;
}

export const doubleOn = (template: LedgerTemplate | 'blank'): DoubleWorkbook => {
  const double = portDouble(
    template === 'blank' ? { sheets: [{ name: 'Sheet1', rows: [] }], date1904: false } : templateWorkbook(template),
  );
  return { double, port: () => double };
};

export const doubleHost = {
  name: 'the port double',
  sample: async () => doubleOn(ledgerTemplate(sampleLedgerContent())),
  older: async () => doubleOn(olderTemplate()),
  blank: async () => doubleOn('blank'),
} satisfies Host;

/** The Office port over a fake Excel workbook; each action gets a new port, as each is one Excel.run. */
export const officeOn = (wb: FakeWorkbook): HostWorkbook & { readonly wb: FakeWorkbook } => ({
  wb,
  port: () => officeWorkbook(contextOf(wb), { supports: () => true, budget: 4_000_000 }),
});

function olderFake(): FakeWorkbook {
  const wb = fakeLedger(olderContent(), { without: [OLDER_LACKS.sheet] });
  const sheet = wb.sheet(OLDER_LACKS.column.sheet);
  const column = ledgerTemplate(olderContent())
    .tables.find((table) => table.sheet === sheet.name)
    ?.columns.findIndex((candidate) => candidate.header === OLDER_LACKS.column.header);
  if (column === undefined || column < 0) throw new Error('the 单位 table has a 备注 column');
  for (const key of [...sheet.cells.keys()]) if (key.endsWith(`,${column + 1}`)) sheet.cells.delete(key);
  const table = wb.tables.find((candidate) => candidate.sheet === sheet);
  if (!table || table.bounds.right !== column + 1) throw new Error('备注 is the 单位 table’s last column');
  table.bounds = { ...table.bounds, right: column };
  return wb;
}

export const officeHost: Host = {
  name: 'Office.js (fake Excel)',
  sample: async () => officeOn(fakeLedger()),
  older: async () => officeOn(olderFake()),
  blank: async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    return officeOn(wb);
  },
};

const memoryOn = async (bytes: Uint8Array): Promise<HostWorkbook> => {
  const workbook = createMemoryWorkbook(await rawOrThrow(bytes));
  return { port: () => workbook };
};

export const xlsxHost: Host = {
  name: 'memory over a real .xlsx',
  sample: async () => memoryOn(await ledgerXlsxBytes(ledgerTemplate(sampleLedgerContent()))),
  older: async () => memoryOn(await ledgerXlsxBytes(olderTemplate())),
  blank: async () => memoryOn(await blankXlsxBytes()),
};

export const HOSTS: readonly Host[] = [doubleHost, officeHost, xlsxHost];
