/**
 * Many rows appended at once — 汇总's rows, a handover's new 结对关系 rows — in a workbook others may
 * be editing at the same moment (co-authoring), in two syncs however many rows there are:
 *
 * - the write's sync first loads what the block's cells hold (the same batch: nothing lands in
 *   between), then writes formats and values; a row that was not empty belonged to a co-author who
 *   wrote there after our read;
 * - the next sync (the one that stretches the table anyway) gives such rows back whole — values,
 *   formulas and number formats as they were — and reads back the rows' 编号 column: a row whose
 *   编号 is no longer ours was written over by someone after our write.
 *
 * Either way the row of ours is not in the workbook and is reported as unplaced; since every row
 * carries its own 编号, the user's next run (汇总 again) adds exactly those. Nothing of anyone's is
 * lost. A block too large for one request is cut into pieces, each written with its own load.
 */
import { columnLetters } from '../../core/address';
import type { RawSheet } from '../../core/rawWorkbook';
import type { TableDef } from '../../core/schema/columns';
import { type RowBlock, rowBlock } from './appendRows';
import { type Before, emptyIn, holds, queuePutBack, type Row, sameText } from './confirmRow';
import { type OfficeContext, type OfficeRange, rangeAt } from './officeApi';
import { PartialWriteError } from './officeErrors';
import { queueResizes, type TableLoad, warnResizeFailed } from './tableGrowth';
import { ACTION_BYTES, arrayBytes, jsonBytes, type SheetWrite, type WriteOp } from './writeBatch';

/** Rows appended with a confirmation: the write, where it goes, and what to check after its sync. */
export interface ConfirmedAppend {
  readonly write: SheetWrite;
  readonly firstRow: number;
  readonly lastRow: number;
  /**
   * After the write's sync: queues giving back the rows we wrote over and reading ours back (the
   * caller syncs, with the table's resize); the check then says which rows (0-based) did not land.
   * May be called again when that sync failed.
   */
  queueConfirmation(): () => number[];
}

/** A slice of the block's rows written in one command pair, with what its cells held before. */
interface Piece {
  readonly from: number;
  readonly count: number;
  before?: OfficeRange;
}

/** Cuts the block's rows into pieces of at most `limit` estimated request bytes each. */
function pieces(block: RowBlock, limit: number): Piece[] {
  const cut: Piece[] = [];
  let from = 0;
  let bytes = 0;
  block.values.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + jsonBytes(block.formats[index]) + 2;
    if (index > from && bytes + rowBytes > limit) {
      cut.push({ from, count: index - from });
      from = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (block.values.length > from) cut.push({ from, count: block.values.length - from });
  return cut;
}

/**
 * The confirmed append of `rows` under `def`'s headers in `sheet`, confirmed by the column `keyColumn`
 * (the rows' 编号; all written cells are compared when the sheet lacks it); undefined when the sheet
 * has no header row for the table.
 */
export function confirmedAppendWrite(
  context: OfficeContext,
  sheet: RawSheet,
  def: TableDef,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  keyColumn: string,
  options: { readonly date1904: boolean; readonly budget: number },
): ConfirmedAppend | undefined {
  const block = rowBlock(sheet, def, rows, options.date1904);
  if (!block) return undefined;
  const firstRow = block.nextRow;
  // Untracked (rangeAt): none is used after the sync that follows its creation, so Excel.run has nothing to release.
  const rangeOf = (top: number, count: number, left = block.left, right = block.right): OfficeRange =>
    rangeAt(
      context.workbook.worksheets.getItem(sheet.name),
      `${columnLetters(left)}${top}:${columnLetters(right)}${top + count - 1}`,
    );
  // Half the budget at most, so a piece always fits in a request beside what is queued with it.
  const cut = pieces(block, options.budget / 2);
  const ops = cut.map((piece): WriteOp => {
    const formats = block.formats.slice(piece.from, piece.from + piece.count);
    const values = block.values.slice(piece.from, piece.from + piece.count);
    const address = `${columnLetters(block.left)}${firstRow + piece.from}`;
    return {
      bytes: ACTION_BYTES + arrayBytes(formats, address) + arrayBytes(values, address),
      apply: () => {
        const range = rangeOf(firstRow + piece.from, piece.count);
        range.load('formulas,numberFormat');
        piece.before = range;
        range.numberFormat = formats;
        range.values = values;
      },
    };
  });
  const mask = block.values[0] as Row;
  const key = block.columns.get(keyColumn);

  const queueConfirmation = (): (() => number[]) => {
    const taken = new Set<number>();
    for (const piece of cut) {
      const before = piece.before;
      if (!before) continue;
      for (let offset = 0; offset < piece.count; offset++) {
        const held: Before = {
          formulas: before.formulas?.[offset] ?? [],
          formats: before.numberFormat?.[offset] ?? [],
        };
        if (emptyIn(held.formulas, mask)) continue;
        taken.add(piece.from + offset);
        queuePutBack(() => rangeOf(firstRow + piece.from + offset, 1), mask, held);
      }
    }
    const readBack = rangeOf(firstRow, block.values.length, key ?? block.left, key ?? block.right);
    readBack.load('values');
    return () =>
      block.values.flatMap((ours, index) => {
        if (taken.has(index)) return [index];
        const cells = readBack.values[index];
        const stands =
          key === undefined
            ? holds(cells, ours)
            : sameText(cells?.[0]) !== '' && sameText(cells?.[0]) === sameText(ours[key - block.left]);
        return stands ? [] : [index];
      });
  };

  return {
    write: { sheet: sheet.name, ops },
    firstRow,
    lastRow: firstRow + block.values.length - 1,
    queueConfirmation,
  };
}

/**
 * The sync after the writes: stretches the tables over the rows (where Table.resize exists) and
 * confirms the appends that ask for it; per append, the rows (0-based) that did not land. No sync
 * when there is nothing to do. A failed resize is logged and the confirmations are made again
 * without it; a failed confirmation names the sheets to look at.
 */
export async function settleAppends(
  context: OfficeContext,
  tables: readonly TableLoad[],
  appends: readonly ConfirmedAppend[],
): Promise<number[][]> {
  const sheets = [...new Set(appends.map((append) => append.write.sheet))];
  const checks = appends.map((append) => append.queueConfirmation());
  const resizing = queueResizes(tables) > 0;
  if (checks.length === 0 && !resizing) return [];
  try {
    await context.sync();
    return checks.map((check) => check());
  } catch (cause) {
    if (!resizing) throw new PartialWriteError(cause, sheets);
    warnResizeFailed(cause);
  }
  if (appends.length === 0) return [];
  const again = appends.map((append) => append.queueConfirmation());
  try {
    await context.sync();
  } catch (cause) {
    throw new PartialWriteError(cause, sheets);
  }
  return again.map((check) => check());
}
