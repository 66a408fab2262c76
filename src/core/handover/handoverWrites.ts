/**
 * A handover's decisions as writes into the ledger's sheets: cells of existing rows (状态, 离任日期,
 * 结束日期, 变更原因) placed by header name, with what each cell held before so the user sees every
 * change, and the new 结对关系 rows by column key. A column the handover must write and the sheet
 * lacks is refused, never skipped: a handover written in part would be a silent loss.
 */
import { type Cell, EMPTY_CELL } from '../cell';
import { cellDate, cellText } from '../cellText';
import { type Failure, failure } from '../failures';
import { findHeaderRow } from '../headerRow';
import type { LocalDate } from '../localDate';
import { findSheet, type RawWorkbook } from '../rawWorkbook';
import { err, ok, type Result } from '../result';
import type { TableDef } from '../schema/columns';

/** One cell of an existing row to set, with the text it held (shown to the user as 原为). */
export interface PlannedEdit {
  readonly sheet: string;
  /** 1-based worksheet row and column. */
  readonly row: number;
  readonly column: number;
  readonly header: string;
  readonly before: string;
  readonly cell: Cell;
}

/** A value to write into a row's cell by column key: text, or a date kept as a date. */
export type PlannedValue = { readonly text: string } | { readonly date: LocalDate };

/** What one table's cells should become: row → column key → value. */
export interface RowWrites {
  readonly def: TableDef;
  readonly row: number;
  readonly values: Readonly<Record<string, PlannedValue>>;
}

type ColumnFailure = Failure<'handoverColumnMissing'>;

/** The worksheet column of each key of `def` the sheet has, or the first key it lacks. */
export function requireColumns(
  workbook: RawWorkbook,
  def: TableDef,
  keys: readonly string[],
): Result<ReadonlyMap<string, number>, ColumnFailure> {
  const sheet = findSheet(workbook, def.sheet);
  const found = sheet && findHeaderRow(sheet, def);
  const missing = keys.find((key) => !found?.columns.has(key));
  if (missing !== undefined || !found)
    return err(
      failure('handoverColumnMissing', { sheet: def.sheet, header: def.columns[missing ?? '']?.header ?? '' }),
    );
  return ok(found.columns);
}

/**
 * The cell edits that make each row's cells hold the values; a cell that already holds the value
 * (a 状态 already 离任) is left alone. 变更原因-like text is added after what the cell says, never
 * written over it (`append`).
 */
export function cellEdits(
  workbook: RawWorkbook,
  writes: readonly RowWrites[],
  append: ReadonlySet<string> = new Set(),
): Result<PlannedEdit[], ColumnFailure> {
  const edits: PlannedEdit[] = [];
  for (const { def, row, values } of writes) {
    const columns = requireColumns(workbook, def, Object.keys(values));
    if (!columns.ok) return columns;
    const cells = findSheet(workbook, def.sheet)?.rows[row - 1] ?? [];
    for (const [key, value] of Object.entries(values)) {
      const column = columns.value.get(key) as number;
      const held = cells[column - 1] ?? EMPTY_CELL;
      const before = cellText(held);
      let cell: Cell;
      if ('date' in value) {
        if (cellDate(held, workbook.date1904) === value.date) continue;
        cell = { kind: 'date', date: value.date };
      } else {
        if (before === value.text || (append.has(key) && before.split('；').includes(value.text))) continue;
        cell = { kind: 'text', text: append.has(key) && before !== '' ? `${before}；${value.text}` : value.text };
      }
      edits.push({
        sheet: findSheet(workbook, def.sheet)?.name ?? def.sheet,
        row,
        column,
        header: def.columns[key]?.header ?? key,
        before,
        cell,
      });
    }
  }
  return ok(edits);
}
