/**
 * The rows of one table read from its sheet once its header row is found: every cell checked
 * against its column, each row made whole, whatever cannot be read a located problem.
 *
 * Everything the loop needs is worked out once per table in a `TablePlan` and handed to it as an
 * argument; the loop is a function of its own with no closures around it. A loop inside a function
 * that also makes closures keeps its values in that call's context, and V8's compiled loop refers to
 * that context's objects: once a read's objects are collected, the compiled code is thrown away, and
 * the next read of 200k contacts ran mostly in the interpreter (measured with --trace-deopt: "weak
 * objects" after every collection).
 */
import { a1 } from './address';
import { type Cell, EMPTY_CELL } from './cell';
import { cellText, cleanText } from './cellText';
import { cellProblem, NO_RESULT, readCell, Unreadable } from './columnValue';
import { type Place, type Problem, problemAt } from './problems';
import type { RawSheet } from './rawWorkbook';
import type { Column, RowMaker, TableDef } from './schema/columns';

type Cells = ReadonlyArray<Cell | undefined>;
type Row = Record<string, unknown> & { row: number };

/**
 * A row left out of the check for a bad required cell, with each cell's text as typed: a row that
 * refers to it (by 编号 or 姓名) can then say that this row has an error, not that it is missing.
 */
export interface LeftOutRow {
  readonly row: number;
  readonly text: Readonly<Record<string, string | undefined>>;
}

/**
 * What one table's columns are in its sheet, worked out once from the header row. Made as an object
 * literal, not a class: V8 holds a class instance's layout only weakly, and code compiled for a
 * collected read's plan was thrown away with it.
 */
export interface TablePlan {
  readonly def: TableDef;
  /** 0-based positions in a row's cells of each column key the header row has. */
  readonly positions: ReadonlyMap<string, number>;
  readonly date1904: boolean;
  /** The table's columns the sheet has: their keys, definitions and 0-based positions in a row's cells. */
  readonly keys: readonly string[];
  readonly columns: readonly Column[];
  readonly indexes: readonly number[];
  /** Where each read column's value goes among all the table's columns (a column the sheet lacks stays undefined). */
  readonly slots: readonly number[];
  /** The columns whose text cells are their value once cleaned (readCell's commonest case, in the loop). */
  readonly textual: readonly boolean[];
  /** The date columns, whose date cells are their value. */
  readonly dated: readonly boolean[];
  readonly required: readonly boolean[];
  /** A oneOf column's values, for a cell holding one exactly as the dropdown wrote it (nearly all). */
  readonly listed: ReadonlyArray<ReadonlySet<string> | undefined>;
  readonly width: number;
  readonly makeRow: RowMaker;
}

export function tablePlan(def: TableDef, positions: ReadonlyMap<string, number>, date1904: boolean): TablePlan {
  const allKeys = Object.keys(def.columns);
  const keys = allKeys.filter((key) => positions.has(key));
  const columns = keys.map((key) => def.columns[key] as Column);
  return {
    def,
    positions,
    date1904,
    keys,
    columns,
    indexes: keys.map((key) => positions.get(key) as number),
    slots: keys.map((key) => allKeys.indexOf(key)),
    textual: columns.map(({ kind }) => kind === 'text' || kind === 'longText' || kind === 'id'),
    dated: columns.map(({ kind }) => kind === 'date'),
    required: columns.map((column) => column.required),
    listed: columns.map((column) =>
      column.kind === 'oneOf' ? new Set(column.values.filter((value) => cleanText(value) === value)) : undefined,
    ),
    width: allKeys.length,
    makeRow: (def.rowOf as RowMaker | undefined) ?? genericRow(allKeys),
  };
}

/** Where a row's cell of a column is. */
export function placeIn(plan: TablePlan, row: number, key: string): Place {
  const index = plan.positions.get(key);
  return {
    sheet: plan.def.sheet,
    row,
    column: plan.def.columns[key]?.header ?? key,
    cell: index === undefined ? '' : a1(row, index + 1),
  };
}

/** The cell of a column in a row's cells (empty when the sheet lacks the column). */
const cellOf = (plan: TablePlan, cells: Cells, key: string): Cell => cells[plan.positions.get(key) ?? -1] ?? EMPTY_CELL;

/** A small table's row (settings, semesters…): a copy of the shape, each value in its column's place. */
function genericRow(allKeys: readonly string[]): RowMaker {
  const shape: Record<string, unknown> = Object.fromEntries([...allKeys.map((key) => [key, undefined]), ['row', 0]]);
  return (values, row) => {
    const made: Row = { ...shape, row };
    for (let k = 0; k < allKeys.length; k++) made[allKeys[k] as string] = values[k];
    return made as ReturnType<RowMaker>;
  };
}

/** Where the rows read go: kept rows, rows left out for a bad required cell, and problems. */
export interface RowSink {
  readonly rows: Row[];
  readonly leftOut: LeftOutRow[];
  readonly problems: Problem[];
}

/**
 * Reads every row below the header (`from`: the 0-based index of the first row after it). A blank row
 * is skipped; a row of nothing but formulas never calculated reports each of them. What zod would
 * reject (an unreadable value, a required one missing) sends the row through zod; no other row does.
 */
export function readRows(sheet: RawSheet, from: number, plan: TablePlan, sink: RowSink): void {
  const { columns, indexes, slots, textual, dated, required, listed, date1904 } = plan;
  const count = columns.length;
  // One array for every row's values, filled in place: the row is made from it once all are read.
  const values: unknown[] = new Array<unknown>(plan.width).fill(undefined);
  for (let index = from; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (!cells) continue;
    let blank = true;
    let suspect = false;
    let uncalculated = false;
    for (let k = 0; k < count; k++) {
      const cell = cells[indexes[k] as number];
      let value: unknown;
      // A cell never written (most empty cells of a large table) is empty: there is nothing to read.
      if (cell === undefined) value = undefined;
      else if (cell.kind === 'text' && textual[k] === true) {
        const text = cleanText(cell.text);
        value = text === '' ? undefined : text;
      } else if (cell.kind === 'date' && dated[k] === true) value = cell.date;
      else if (cell.kind === 'text' && listed[k]?.has(cell.text) === true) value = cell.text;
      else {
        value = readCell(cell, columns[k] as Column, date1904);
        if (value instanceof Unreadable) {
          suspect = true;
          if (value === NO_RESULT) uncalculated = true;
        }
      }
      if (value === undefined) {
        if (required[k] === true) suspect = true;
      } else if (value !== NO_RESULT) blank = false;
      values[slots[k] as number] = value;
    }
    if (blank) {
      // Nothing but formulas never calculated (a template's pre-filled rows): whether the row holds
      // anything is unknown, so each formula is reported, and nothing is said about the other cells.
      if (uncalculated) sink.problems.push(...uncalculatedProblems(plan, cells, index + 1));
      continue;
    }
    const row = plan.makeRow(values, index + 1) as Row;
    if (!suspect || keepSuspect(plan, cells, row, sink.problems)) sink.rows.push(row);
    else sink.leftOut.push(leftOutRow(plan, cells, index + 1));
  }
}

/**
 * A row with a value zod may reject: each rejected cell is a problem and read as empty. The row is
 * kept when no required cell was rejected and the rest then passes. zod only validates (the schemas
 * transform nothing), so the row made is the row kept.
 */
function keepSuspect(plan: TablePlan, cells: Cells, row: Row, problems: Problem[]): boolean {
  const { def } = plan;
  const parsed = def.schema.safeParse(row);
  if (parsed.success) return true;
  let keepRow = true;
  for (const key of new Set(parsed.error.issues.map((issue) => String(issue.path[0])))) {
    const column = def.columns[key] as Column;
    problems.push(cellProblem(cellOf(plan, cells, key), row[key], column, placeIn(plan, row.row, key), plan.date1904));
    if (column.required) keepRow = false;
    row[key] = undefined;
  }
  return keepRow && def.schema.safeParse(row).success;
}

/** A row left out, with each cell's text as typed: a row that refers to it can say it has an error. */
function leftOutRow(plan: TablePlan, cells: Cells, row: number): LeftOutRow {
  return {
    row,
    text: Object.fromEntries(plan.keys.map((key) => [key, cellText(cellOf(plan, cells, key)) || undefined])),
  };
}

/** Each formula never calculated in a row that holds nothing else. */
function uncalculatedProblems(plan: TablePlan, cells: Cells, row: number): Problem[] {
  return plan.keys
    .filter((key) => cellOf(plan, cells, key).kind === 'uncalculated')
    .map((key) => {
      const column = plan.def.columns[key] as Column;
      return problemAt(
        'FORMULA_NO_RESULT',
        placeIn(plan, row, key),
        { header: column.header },
        column.required ? 'error' : 'warning',
      );
    });
}
