/**
 * The reads and the undo behind a keyed append (keyedAppend.ts): reading a written row back with
 * the 编号 column and the used range in the sync after the write, looking at other rows for a
 * copy of ours, and putting back what a row held before we wrote over it. Comparisons are on cell
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

/** What the confirmation read: our row as it is now, the 编号 of every row (by matchKey), the last used row. */
export interface Seen {
  readonly back: readonly unknown[];
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
 * Queues putting back what `range` held before our write, in the cells we wrote (`ours` not null):
 * number formats first, then constants as values (a text such as =x in a '@' cell stays text),
 * then real formulas.
 */
export function queuePutBack(range: () => OfficeRange, ours: Row, before: Before): void {
  const mine = (index: number) => ours[index] !== null;
  const isFormula = (index: number) => /^=/.test(sameText(before.formulas[index])) && before.formats[index] !== '@';
  range().numberFormat = [before.formats.map((format, index) => (mine(index) ? format : null))];
  range().values = [before.formulas.map((value, index) => (mine(index) && !isFormula(index) ? value : null))];
  if (before.formulas.some((_, index) => mine(index) && isFormula(index)))
    range().formulas = [before.formulas.map((value, index) => (mine(index) && isFormula(index) ? value : null))];
}

/**
 * The confirmation sync: our row, the 编号 column and the used range, with the table stretched over
 * the row (`lastRow`) where Table.resize exists. A failed resize is logged and the reads are made
 * again without it; undefined when the reads themselves fail.
 */
export async function confirmRow(
  context: OfficeContext,
  sheetName: string,
  ours: () => OfficeRange,
  keyLetter: string,
  tables: readonly TableLoad[],
  lastRow: number,
): Promise<Seen | undefined> {
  const queueReads = () => {
    const worksheet = context.workbook.worksheets.getItem(sheetName);
    const row = ours();
    row.load('values');
    const keys = worksheet.getRange(`${keyLetter}:${keyLetter}`).getUsedRangeOrNullObject(true);
    keys.load('values,rowIndex');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    return (): Seen => {
      const keyAt = new Map<number, string>();
      if (!keys.isNullObject)
        keys.values.forEach(([value], index) => {
          if (sameText(value) !== '') keyAt.set(keys.rowIndex + 1 + index, matchKey(sameText(value)));
        });
      return { back: row.values[0] ?? [], keyAt, bottom: used.isNullObject ? 0 : used.rowIndex + used.rowCount };
    };
  };
  const read = queueReads();
  const resizing = queueResizes(tables.map((load) => ({ ...load, growth: { ...load.growth, lastRow } }))) > 0;
  try {
    await context.sync();
    return read();
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
