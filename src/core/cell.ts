/** The core's one cell type, so no rule ever meets a library's cell value (exceljs's or Office.js's). */
import { type LocalDate, utcDateToLocalDate } from './localDate';

/**
 * One worksheet cell as the core sees it, whichever program wrote the file. Adapters hand over
 * whatever their library gives; `toCell` folds every known shape into this union.
 */
export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string }
  /** A formula saved without its result (a file written by a program that does not calculate). */
  | { readonly kind: 'uncalculated' };

/** The empty cell, frozen and shared by every empty position. */
export const EMPTY_CELL: Cell = Object.freeze({ kind: 'empty' });

/** The formula cell without a result, frozen and shared. */
export const UNCALCULATED_CELL: Cell = Object.freeze({ kind: 'uncalculated' });

/** A text cell; '' gives the empty cell instead, so blank text never reads as a value. */
export const textCell = (text: string): Cell => (text === '' ? EMPTY_CELL : { kind: 'text', text });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/**
 * Folds a library's cell value into a `Cell`. Total: any input gives a cell, never an exception.
 * Knows exceljs's shapes (rich text, hyperlink, formula/shared formula with or without a result,
 * error, Date) and plain values; an adapter whose library reports errors out of band (Office.js valueTypes)
 * passes them as `{ error: '#N/A' }`.
 * @example toCell({ richText: [{ text: '张' }, { text: '三' }] }) // { kind: 'text', text: '张三' }
 */
export function toCell(value: unknown, depth = 0): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', code: '#NUM!' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const date = utcDateToLocalDate(value);
    return date ? { kind: 'date', date } : { kind: 'error', code: '#VALUE!' };
  }
  if (!isRecord(value) || depth > 3) return EMPTY_CELL;
  if (Array.isArray(value.richText)) return textCell(richTextToString(value.richText));
  if (typeof value.error === 'string') return { kind: 'error', code: value.error };
  if (value.result !== undefined) return toCell(value.result, depth + 1);
  // A formula with no result at all is not an empty cell: its value is unknown until it is calculated.
  if ('formula' in value || 'sharedFormula' in value) return UNCALCULATED_CELL;
  if ('text' in value) return toCell(value.text, depth + 1);
  return EMPTY_CELL;
}
