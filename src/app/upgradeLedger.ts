/**
 * 升级台账: adds what an older ledger lacks (sheets, columns at the right of their tables, 设置
 * keys) and touches no cell it has.
 */
import type { Cell } from '../core/cell';
import { upgradePlan } from '../core/entry/upgradePlan';
import { textCell } from '../core/cell';
import { defaultFestivals, festivalRows } from '../core/ledger/festivals';
import type { LocalDate } from '../core/localDate';
import { findSheet, type RawSheet, type RawWorkbook } from '../core/rawWorkbook';
import { readTable } from '../core/readTable';
import { ok, type Result } from '../core/result';
import { festivalsTable, LEDGER_TABLES, semestersTable, settingsTable } from '../core/schema/index';
import { emptyLedgerContent, ledgerTemplate } from '../core/template/ledgerTemplate';
import type { Failure } from '../core/failures';
import type { ColumnsAddition, WorkbookPort } from '../workbook/port';
import { loadLunarCalendar } from './lunarCalendar';
import type { AppEnv } from './session';

/** What an upgrade added, for the user to read. */
export interface UpgradeOutcome {
  readonly addedSheets: readonly string[];
  readonly addedColumns: ReadonlyArray<{ readonly sheet: string; readonly header: string }>;
  readonly addedSettings: readonly string[];
  /** Whether 台账版本 was raised to the current version. */
  readonly raisedVersion: boolean;
}

/** The start of each semester in 学期 that reads cleanly (none when the sheet is missing or unreadable). */
function semesterStarts(workbook: RawWorkbook): ReadonlyArray<{ readonly start: LocalDate }> {
  const sheet = findSheet(workbook, semestersTable.sheet);
  const read = sheet && readTable(sheet, semestersTable, workbook.date1904);
  return read?.ok ? read.value.rows : [];
}

/** Whether nothing below the header row is written in a worksheet column (1-based). */
const columnIsEmpty = (sheet: RawSheet, column: number): boolean =>
  sheet.rows.every((cells) => (cells?.[column - 1] as Cell | undefined) === undefined);

/** Adds the missing sheets, columns and settings; a second upgrade adds nothing. */
export async function upgradeLedger(port: WorkbookPort, env: AppEnv): Promise<Result<UpgradeOutcome, Failure>> {
  const read = await port.read();
  const plan = upgradePlan(read.cells);
  // 重大节日 gets the festivals of the academic years the ledger's own semesters cover.
  const calendar = plan.addSheets.includes(festivalsTable.sheet) ? await loadLunarCalendar() : undefined;
  const semesters = semesterStarts(read.cells);
  const content = emptyLedgerContent(env.clock.today(), calendar);
  const template = ledgerTemplate(
    calendar && semesters.length > 0
      ? { ...content, [festivalsTable.sheet]: festivalRows(defaultFestivals(semesters, calendar)) }
      : content,
  );
  const sheets = template.tables.filter((table) => plan.addSheets.includes(table.sheet));
  if (sheets.length > 0)
    await port.replaceSheets({ add: sheets.map((table) => ({ kind: 'table', table })), remove: [] });
  const additions: ColumnsAddition[] = [];
  for (const addition of plan.addColumns) {
    const sheet = findSheet(read.cells, addition.sheet);
    const table = template.tables.find((candidate) => candidate.sheet === addition.sheet);
    const def = LEDGER_TABLES.find((candidate) => candidate.sheet === addition.sheet);
    if (!sheet || !table || !def) continue;
    const columns = addition.headers.flatMap((header, index) => {
      const column = table.columns.find((candidate) => candidate.header === header);
      // A column the user already writes in (without a header) keeps its own formats.
      return column ? [{ template: column, formatCells: columnIsEmpty(sheet, addition.afterColumn + index + 1) }] : [];
    });
    additions.push({ def, headerRow: addition.headerRow, firstColumn: addition.afterColumn + 1, columns });
  }
  if (additions.length > 0 || plan.addSettings.length > 0)
    await port.appendRows(
      plan.addSettings.length > 0 ? [{ def: settingsTable, rows: plan.addSettings }] : [],
      additions,
    );
  // The dropdowns before the version: a run cut short here is upgraded again, dropdowns included.
  if (plan.widenLists.length > 0) await port.widenLists(plan.widenLists);
  if (plan.setSettings.length > 0)
    await port.setCells(
      plan.setSettings.map(({ row, column, value }) => ({
        sheet: settingsTable.sheet,
        row,
        column,
        cell: textCell(value),
      })),
    );
  return ok({
    addedSheets: plan.addSheets,
    addedColumns: plan.addColumns.flatMap(({ sheet, headers }) => headers.map((header) => ({ sheet, header }))),
    addedSettings: plan.addSettings.map((setting) => setting.key),
    raisedVersion: plan.setSettings.length > 0,
  });
}
