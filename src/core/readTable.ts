import { a1 } from './address';
import { type Cell, EMPTY_CELL } from './cell';
import { cellDate, cellText, cellYesNo, cleanText, matchKey, splitList } from './cellText';
import { type Problem, type Place, problemAt } from './problems';
import { type LedgerReadFailure, type RawSheet } from './rawWorkbook';
import { err, ok, type Result } from './result';
import type { Column, RowOf, TableDef } from './schema/columns';

/** How far down a sheet the header row is looked for (room for a title and notes above it). */
const HEADER_SEARCH_ROWS = 30;

export interface ParsedRow<T> {
  /** Worksheet row number (1-based). */
  readonly row: number;
  readonly value: T;
}

export interface TableRead<D extends TableDef> {
  readonly def: D;
  readonly rows: ReadonlyArray<ParsedRow<RowOf<D>>>;
  readonly problems: readonly Problem[];
  /** Where a row's cell of a column is, for problems found later (references, rules). */
  readonly placeOf: (row: number, key: keyof D['columns'] & string) => Place;
}

/** Headers match ignoring spaces (职 务 = 职务), case, and a required marker such as * or （必填）. */
export const headerKey = (text: string): string => matchKey(text).replace(/[*]|[(（]必填[)）]/g, '');

type ColumnPositions = Map<string, number>;

function headerPositions(cells: ReadonlyArray<Cell | undefined>, wanted: ReadonlyMap<string, string>): ColumnPositions {
  const found: ColumnPositions = new Map();
  cells.forEach((cell, index) => {
    const key = wanted.get(headerKey(cellText(cell ?? EMPTY_CELL)));
    if (key !== undefined && !found.has(key)) found.set(key, index);
  });
  return found;
}

function locateHeader(sheet: RawSheet, def: TableDef): Result<{ headerRow: number; positions: ColumnPositions }, LedgerReadFailure> {
  const wanted = new Map(Object.entries(def.columns).map(([key, column]) => [headerKey(column.header), key]));
  const required = Object.entries(def.columns).filter(([, column]) => column.required);
  let best: { headerRow: number; positions: ColumnPositions } | undefined;
  for (let index = 0; index < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); index++) {
    const positions = headerPositions(sheet.rows[index] ?? [], wanted);
    if (required.every(([key]) => positions.has(key))) return ok({ headerRow: index + 1, positions });
    if (!best || positions.size > best.positions.size) best = { headerRow: index + 1, positions };
  }
  if (!best || best.positions.size < 2) {
    const message = `「${def.sheet}」工作表中找不到表头行：第一行应是列名（${required.map(([, c]) => c.header).join('、')} 等）。`;
    return err({ kind: 'noHeader', sheet: def.sheet, message });
  }
  const found = best;
  const missing = required.filter(([key]) => !found.positions.has(key)).map(([, c]) => `「${c.header}」`);
  const message = `「${def.sheet}」工作表第 ${found.headerRow} 行的表头缺少必填列${missing.join('、')}：请补上这一列（列名须一致）。`;
  return err({ kind: 'missingColumns', sheet: def.sheet, message });
}

/** Why a cell could not be read as its column's kind; the text is what the user sees in the cell. */
class Unreadable {
  constructor(readonly text: string) {}
}

function matchValue(column: Column, text: string): string | undefined {
  const key = matchKey(text);
  return column.values.find((value) => matchKey(value) === key);
}

function prepare(cell: Cell, column: Column, date1904: boolean): unknown {
  if (cell.kind === 'empty') return undefined;
  switch (column.kind) {
    case 'id':
    case 'text':
    case 'longText':
      return cellText(cell) || undefined;
    case 'date':
      return cellDate(cell, date1904) ?? new Unreadable(cellText(cell));
    case 'yesNo':
      return cellYesNo(cell) ?? new Unreadable(cellText(cell));
    case 'oneOf': {
      const text = cellText(cell);
      return text === '' ? undefined : (matchValue(column, text) ?? new Unreadable(text));
    }
    case 'listOf': {
      const items = splitList(cellText(cell));
      const bad = items.filter((item) => matchValue(column, item) === undefined);
      if (bad.length > 0) return new Unreadable(bad.join('、'));
      return items.length === 0 ? undefined : items.map((item) => matchValue(column, item));
    }
  }
}

function cellProblem(cell: Cell, prepared: unknown, column: Column, place: Place): Problem {
  if (cell.kind === 'error') return problemAt('CELL_ERROR', place, { header: column.header, code: cell.code });
  if (prepared === undefined) return problemAt('REQUIRED_MISSING', place, { header: column.header });
  const value = prepared instanceof Unreadable ? prepared.text : cellText(cell);
  const severity = column.required ? 'error' : 'warning';
  if (column.kind === 'date') return problemAt('DATE_INVALID', place, { header: column.header, value }, severity);
  if (column.kind === 'yesNo') return problemAt('NOT_YES_NO', place, { header: column.header, value });
  return problemAt('NOT_IN_LIST', place, { header: column.header, value, allowed: column.values }, severity);
}

/**
 * Reads one ledger table from its sheet by header name: any column order, extra columns ignored,
 * title rows above the header allowed, blank rows skipped. A bad cell becomes a located problem;
 * a row with a bad required cell is left out of the check, a bad optional cell is read as empty.
 */
export function readTable<D extends TableDef>(sheet: RawSheet, def: D, date1904: boolean): Result<TableRead<D>, LedgerReadFailure> {
  const located = locateHeader(sheet, def);
  if (!located.ok) return located;
  const { headerRow, positions } = located.value;
  const columns = Object.entries(def.columns).filter(([key]) => positions.has(key)) as Array<[string, Column]>;
  const placeOf = (row: number, key: string): Place => {
    const index = positions.get(key);
    return { sheet: def.sheet, row, column: def.columns[key]?.header ?? key, cell: index === undefined ? '' : a1(row, index + 1) };
  };

  const rows: Array<ParsedRow<RowOf<D>>> = [];
  const problems: Problem[] = [];
  for (let index = headerRow; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index];
    if (!cells) continue;
    const rowNumber = index + 1;
    const prepared: Record<string, unknown> = {};
    let blank = true;
    for (const [key, column] of columns) {
      const cell = cells[positions.get(key) as number] ?? EMPTY_CELL;
      if (cell.kind !== 'empty' && (cell.kind !== 'text' || cleanText(cell.text) !== '')) blank = false;
      prepared[key] = cell.kind === 'error' ? new Unreadable(cell.code) : prepare(cell, column, date1904);
    }
    if (blank) continue;
    let parsed = def.schema.safeParse(prepared);
    if (!parsed.success) {
      let keepRow = true;
      for (const key of new Set(parsed.error.issues.map((issue) => String(issue.path[0])))) {
        const column = def.columns[key] as Column;
        const cell = cells[positions.get(key) ?? -1] ?? EMPTY_CELL;
        problems.push(cellProblem(cell, prepared[key], column, placeOf(rowNumber, key)));
        if (column.required) keepRow = false;
        prepared[key] = undefined;
      }
      if (!keepRow) continue;
      parsed = def.schema.safeParse(prepared);
      if (!parsed.success) continue;
    }
    rows.push({ row: rowNumber, value: parsed.data as RowOf<D> });
  }
  return ok({ def, rows, problems, placeOf });
}
