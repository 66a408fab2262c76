/**
 * The reads and the undo behind a keyed append (keyedAppend.ts): reading the rows added since our
 * read back with the 编号 column and the used range in the sync after the write, looking at rows
 * further up for a copy of ours, and putting back what a row held before we wrote over it. Comparisons are on cell
 * text, so a date serial or a number compares equal however Excel hands it back.
 */
import { matchKey } from '../../core/cellText';
import type { OfficeContext, OfficeRange } from './officeApi';
import type { Matrix } from './specCells';
import { queueResizes, type TableLoad, warnResizeFailed } from './tableGrowth';

/** One row of cells as written: `null` where a cell is left alone (the user's own columns). */
export type Row = Matrix[number];

/** What the cells of a write held just before it, loaded in the write's own batch. */
export interface Before {
  readonly formulas: readonly unknown[];
  readonly formats: readonly unknown[];
}

/** What the confirmation read: the rows added since our read (by row), every 编号 (by matchKey), the last used row. */
export interface Seen {
  readonly rows: ReadonlyMap<number, readonly unknown[]>;
  readonly keyAt: ReadonlyMap<number, string>;
  readonly bottom: number;
}

/** A cell as compared: Excel may keep a line end as \n alone. */
export const sameText = (value: unknown): string => String(value ?? '').replace(/\r\n?/g, '\n');

/** Whether a loaded row holds every cell we wrote. */
export const holds = (loaded: readonly unknown[] | undefined, ours: Row): boolean =>
  ours.every((value, index) => value === null || sameText(value) === sameText(loaded?.[index]));

/** Syncs; whether it went through (a failed sync is answered by the caller, not thrown). */
export async function synced(context: OfficeContext): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Queues putting back what a row held before our write, in the cells a row of ours covers (`mask`
 * not null): number formats first (where known), then constants as values (a text such as =x in a
 * '@' cell stays text), then real formulas. Putting back an empty row clears ours.
 */
export function queuePutBack(range: () => OfficeRange, mask: Row, before: Before): void {
  const mine = (index: number) => mask[index] !== null;
  const isFormula = (index: number) => /^=/.test(sameText(before.formulas[index])) && before.formats[index] !== '@';
  const formats = mask.map((_, index) => (mine(index) ? (before.formats[index] ?? null) : null));
  if (formats.some((format) => format !== null)) range().numberFormat = [formats];
  range().values = [mask.map((_, index) => (mine(index) && !isFormula(index) ? (before.formulas[index] ?? '') : null))];
  if (mask.some((_, index) => mine(index) && isFormula(index)))
    range().formulas = [mask.map((_, index) => (mine(index) && isFormula(index) ? before.formulas[index] : null))];
}

/** Whether a row's cells (or a row's `before`) hold nothing in the cells a row of ours covers. */
export const emptyIn = (cells: readonly unknown[], mask: Row): boolean =>
  mask.every((value, index) => value === null || sameText(cells[index]) === '');

/** Whether a row's cells are the same as `theirs` in the cells a row of ours covers, but for the column `skip`. */
export const sameRow = (
  cells: readonly unknown[] | undefined,
  theirs: readonly unknown[],
  mask: Row,
  skip = -1,
): boolean =>
  mask.every(
    (value, index) => value === null || index === skip || sameText(cells?.[index]) === sameText(theirs[index]),
  );

/**
 * The confirmation sync: the rows from `from` to `to` (the rows added since our read, ours among
 * them), the 编号 column and the used range, with the table stretched over `lastRow` where
 * Table.resize exists. A failed resize is logged and the reads are made again without it;
 * undefined when the reads themselves fail.
 */
export async function confirmRow(
  context: OfficeContext,
  read: {
    readonly sheet: string;
    readonly rows: (from: number, to: number) => OfficeRange;
    readonly from: number;
    readonly to: number;
    readonly keyLetter: string;
  },
  tables: readonly TableLoad[],
  lastRow: number,
): Promise<Seen | undefined> {
  const queueReads = () => {
    const worksheet = context.workbook.worksheets.getItem(read.sheet);
    const window = read.rows(read.from, read.to);
    window.load('values');
    const keys = worksheet.getRange(`${read.keyLetter}:${read.keyLetter}`).getUsedRangeOrNullObject(true);
    keys.load('values,rowIndex');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    return (): Seen => {
      const keyAt = new Map<number, string>();
      if (!keys.isNullObject)
        keys.values.forEach(([value], index) => {
          if (sameText(value) !== '') keyAt.set(keys.rowIndex + 1 + index, matchKey(sameText(value)));
        });
      const rows = new Map(window.values.map((values, index) => [read.from + index, values] as const));
      return { rows, keyAt, bottom: used.isNullObject ? 0 : used.rowIndex + used.rowCount };
    };
  };
  const reads = queueReads();
  const resizing = queueResizes(tables.map((load) => ({ ...load, growth: { ...load.growth, lastRow } }))) > 0;
  try {
    await context.sync();
    return reads();
  } catch (cause) {
    if (!resizing) return undefined;
    warnResizeFailed(cause);
  }
  const again = queueReads();
  return (await synced(context)) ? again() : undefined;
}

/** Which of these rows holds one of our written versions: false for none, undefined when they could not be read. */
export async function findCopy(
  context: OfficeContext,
  at: (row: number) => OfficeRange,
  rows: readonly number[],
  written: readonly Row[],
): Promise<{ readonly row: number; readonly version: Row } | false | undefined> {
  const ranges = rows.map((row) => {
    const range = at(row);
    range.load('values');
    return { row, range };
  });
  if (!(await synced(context))) return undefined;
  for (const { row, range } of ranges) {
    const version = written.find((candidate) => holds(range.values[0], candidate));
    if (version) return { row, version };
  }
  return false;
}
