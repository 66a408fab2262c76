/**
 * One cell read as its column's value (text, a date, 是/否, a list value), and the problem a cell
 * gives when it cannot be: the one place that says why a cell a user filled is not a value, in words
 * true to what the cell holds (an error value, a formula never calculated, a number no day is).
 */
import type { Cell } from './cell';
import { cellDate, cellText, cellYesNo, cleanText, matchKey, splitList } from './cellText';
import { serialTrouble, timeOfDay } from './localDate';
import { type Place, type Problem, problemAt } from './problems';
import type { Column } from './schema/columns';

/** Why a cell could not be read as its column's kind; the text is what the user sees in the cell. */
export class Unreadable {
  constructor(readonly text: string) {}
}

/** What a formula never calculated reads as: unknown, so neither a value nor empty. */
export const NO_RESULT = new Unreadable('');

const valuesByKey = new WeakMap<Column, Map<string, string>>();

/** The list value a text means, written exactly or with other spacing, case or full-width forms. */
function matchValue(column: Column, text: string): string | undefined {
  let byKey = valuesByKey.get(column);
  if (!byKey) {
    // Each value is also its own key: a value picked from the dropdown (nearly all) needs no folding.
    byKey = new Map(column.values.flatMap((value) => [[value, value] as const, [matchKey(value), value] as const]));
    valuesByKey.set(column, byKey);
  }
  return byKey.get(text) ?? byKey.get(matchKey(text));
}

/** A list column's cell: every item a value of its list, or the items that are not. */
function listValue(column: Column, text: string): unknown {
  const items = splitList(text);
  const bad = items.filter((item) => matchValue(column, item) === undefined);
  if (bad.length > 0) return new Unreadable(bad.join('、'));
  return items.length === 0 ? undefined : items.map((item) => matchValue(column, item));
}

/** Each kind's reading of a cell's text, a function apiece: one function with every branch made V8
 * allocate on every call (57 MB per check of 200k contacts, measured with the sampling heap profiler). */
const READ_AS: Record<Column['kind'], (cell: Cell, column: Column, text: string, date1904: boolean) => unknown> = {
  id: (_cell, _column, text) => text,
  text: (_cell, _column, text) => text,
  longText: (_cell, _column, text) => text,
  date: (cell, _column, text, date1904) => cellDate(cell, date1904) ?? new Unreadable(text),
  yesNo: (cell, _column, text) => cellYesNo(cell) ?? new Unreadable(text),
  oneOf: (_cell, column, text) => matchValue(column, text) ?? new Unreadable(text),
  listOf: (_cell, column, text) => listValue(column, text),
};

function prepare(cell: Cell, column: Column, date1904: boolean): unknown {
  if (cell.kind === 'empty') return undefined;
  const text = cellText(cell);
  if (text === '') return undefined;
  return READ_AS[column.kind](cell, column, text, date1904);
}

/**
 * A cell as its column's value: undefined when empty, an `Unreadable` when it is no such value. The
 * two cases that are nearly every cell of a large ledger (text in a text column, a date cell in a
 * date column) skip the general path's conversions.
 */
export function readCell(cell: Cell, column: Column, date1904: boolean): unknown {
  const { kind } = column;
  if (cell.kind === 'text' && (kind === 'text' || kind === 'longText' || kind === 'id')) {
    const text = cleanText(cell.text);
    return text === '' ? undefined : text;
  }
  if (cell.kind === 'date' && kind === 'date') return cell.date;
  if (cell.kind === 'error') return new Unreadable(cell.code);
  // Its value is unknown, not absent: reading it as empty would let a required cell pass or vanish unsaid.
  if (cell.kind === 'uncalculated') return NO_RESULT;
  return prepare(cell, column, date1904);
}

/** Two values read from cells are the same value (lists item by item, unreadable ones by their text). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Unreadable || b instanceof Unreadable)
    return a instanceof Unreadable && b instanceof Unreadable && a.text === b.text;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** A date column's number that no day is: why, in the words of what Excel shows for it. */
function serialProblem(value: number, header: string, place: Place, date1904: boolean): Problem | undefined {
  const trouble = serialTrouble(value, date1904);
  const shown = String(Number(value.toPrecision(12)));
  switch (trouble) {
    case 'timeOnly':
      return problemAt('DATE_TIME_ONLY', place, { header, time: timeOfDay(value) });
    case 'noSuchDay':
      return problemAt('DATE_NO_SUCH_DAY', place, {
        header,
        value: shown,
        shown: Math.floor(value) === 0 ? '1900-01-00' : '1900-02-29',
      });
    case 'outOfRange':
      return problemAt('DATE_OUT_OF_RANGE', place, {
        header,
        value: shown,
        first: date1904 ? '1904-01-01' : '1900-01-01',
      });
    default:
      return undefined;
  }
}

/**
 * The problem of a cell whose value was rejected (`prepared` is what `readCell` gave): an error value,
 * a formula without a result, a number no day is, or a value outside its column's kind. Optional
 * columns' bad values are warnings (the row is read without them), required ones errors.
 */
export function cellProblem(cell: Cell, prepared: unknown, column: Column, place: Place, date1904: boolean): Problem {
  const { header } = column;
  const severity = column.required ? 'error' : 'warning';
  if (cell.kind === 'error') return problemAt('CELL_ERROR', place, { header, code: cell.code });
  if (cell.kind === 'uncalculated') return problemAt('FORMULA_NO_RESULT', place, { header }, severity);
  if (prepared === undefined) return problemAt('REQUIRED_MISSING', place, { header });
  const value = prepared instanceof Unreadable ? prepared.text : cellText(cell);
  if (column.kind === 'date') {
    const serial = cell.kind === 'number' ? serialProblem(cell.value, header, place, date1904) : undefined;
    // 20261340 was meant as yyyymmdd, not a serial: it is a date written wrong, not a number out of range.
    const yyyymmdd =
      cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 19000101 && cell.value <= 99991231;
    if (serial && !yyyymmdd) return { ...serial, severity };
    return problemAt('DATE_INVALID', place, { header, value }, severity);
  }
  if (column.kind === 'yesNo') return problemAt('NOT_YES_NO', place, { header, value });
  return problemAt('NOT_IN_LIST', place, { header, value, allowed: column.values }, severity);
}
