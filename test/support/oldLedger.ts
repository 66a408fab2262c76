/**
 * Ledgers as older versions of the product (or a user) left them, made with exceljs as `init`
 * makes ledgers: the sample without the 意见办理 sheet, without the 备案日期 column of 结对关系
 * and without the 办理期限天数 setting — what `lianyi upgrade` must add.
 */
import { sampleLedgerContent } from '../../src/core/sample/sampleLedger';
import { ledgerTemplate, type TemplateTable } from '../../src/core/template/ledgerTemplate';
import { ledgerSheets, newWorkbookBytes } from '../../src/workbook/xlsx/newWorkbook';

/** A table without one of its columns. */
function withoutColumn(table: TemplateTable, header: string): TemplateTable {
  const index = table.columns.findIndex((column) => column.header === header);
  if (index < 0) throw new Error(`no column ${header} in ${table.sheet}`);
  return {
    ...table,
    columns: table.columns.filter((_, at) => at !== index),
    rows: table.rows.map((row) => row.filter((_, at) => at !== index)),
  };
}

/** The parts an old ledger lacks. */
export const OLD_LEDGER_LACKS = {
  sheet: '意见办理',
  column: ['结对关系', '备案日期'],
  setting: '办理期限天数',
} as const;

/** A table with one column's values left empty. */
function withEmptyColumn(table: TemplateTable, header: string): TemplateTable {
  const index = table.columns.findIndex((column) => column.header === header);
  return { ...table, rows: table.rows.map((row) => row.map((value, at) => (at === index ? undefined : value))) };
}

/**
 * What upgrading the old ledger should amount to, made directly: the sample with an empty
 * 意见办理 table, an empty 备案日期 column and the setting at its default.
 */
export function upgradedReferenceBytes(): Promise<Uint8Array> {
  const template = ledgerTemplate(sampleLedgerContent());
  const tables = template.tables.map((table) => {
    if (table.sheet === OLD_LEDGER_LACKS.sheet) return { ...table, rows: [] };
    if (table.sheet === OLD_LEDGER_LACKS.column[0]) return withEmptyColumn(table, OLD_LEDGER_LACKS.column[1]);
    return table;
  });
  return newWorkbookBytes(ledgerSheets({ ...template, tables }));
}

/** The bytes of the sample ledger as an older version wrote it. */
export function oldLedgerBytes(): Promise<Uint8Array> {
  const template = ledgerTemplate(sampleLedgerContent());
  const tables = template.tables
    .filter((table) => table.sheet !== OLD_LEDGER_LACKS.sheet)
    .map((table) => {
      if (table.sheet === OLD_LEDGER_LACKS.column[0]) return withoutColumn(table, OLD_LEDGER_LACKS.column[1]);
      if (table.sheet === '设置')
        return { ...table, rows: table.rows.filter((row) => row[0] !== OLD_LEDGER_LACKS.setting) };
      return table;
    });
  return newWorkbookBytes(ledgerSheets({ ...template, tables }));
}

/** What schema version 2 added (SPEC §2), all of which a version-1 ledger lacks. */
export const VERSION_2_ADDS = {
  sheets: ['重大节日', '考核指标'],
  followUpColumns: ['协办部门', '延期至', '延期原因', '答复类别', '重办期限'],
  settings: [
    '延期最长天数',
    '重办期限天数',
    '催办提前天数',
    '备案期限天数',
    '节日走访形式',
    '集体活动计入',
    '分发隐去列',
  ],
} as const;

/** 办理状态's dropdown in the version-1 ledger: version 1's values, and one the school added. */
export const VERSION_1_STATUSES = ['待研究', '已交办', '办理中', '已答复', '已办结', '退回'] as const;

/** The sample ledger as version 1 wrote it: without what version 2 added, and 台账版本 = 1. */
export function version1LedgerBytes(): Promise<Uint8Array> {
  const template = ledgerTemplate(sampleLedgerContent());
  const tables = template.tables
    .filter((table) => !(VERSION_2_ADDS.sheets as readonly string[]).includes(table.sheet))
    .map((table) => {
      if (table.sheet === '意见办理') {
        const older = VERSION_2_ADDS.followUpColumns.reduce((kept, header) => withoutColumn(kept, header), table);
        // Version 1's 办理状态 had no 重办中; this school added its own 退回 to the dropdown.
        return {
          ...older,
          columns: older.columns.map((column) =>
            column.header === '办理状态' && column.list
              ? { ...column, list: { ...column.list, values: [...VERSION_1_STATUSES] } }
              : column,
          ),
        };
      }
      if (table.sheet === '设置')
        return {
          ...table,
          rows: table.rows
            .filter((row) => !(VERSION_2_ADDS.settings as readonly unknown[]).includes(row[0]))
            .map((row) => (row[0] === '台账版本' ? ['台账版本', '1', row[2]] : row)),
        };
      return table;
    });
  return newWorkbookBytes(ledgerSheets({ ...template, tables }));
}
