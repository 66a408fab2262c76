/**
 * One row with its own 编号 (a 联系记录 row and its 记录编号) appended to a workbook that others may
 * be editing at the same moment (co-authoring: Excel on the web, or desktop Excel with AutoSave).
 * A co-author's row can land where ours is about to go between our read and our write, someone can
 * write over ours after it, and two people entering at once both pick the next free 编号. Excel has
 * no conditional write, so every write is checked in the sync after it:
 *
 * - the write's own batch first loads what the target cells hold just before, so a co-author's row
 *   we wrote over can be put back exactly (values, formulas, number formats);
 * - the next sync reads our row back, the 编号 column and the used range; it carries the table
 *   resize the write needs anyway, so a write that meets no one costs no sync more where
 *   `Table.resize` exists (one more, the confirmation, where it does not);
 * - the row is confirmed when it holds every cell we wrote, it took no one's row, and no row above
 *   it holds its 编号 (the check keeps the first row of a 编号 and reports later ones, so the later
 *   row is the one to change: a second copy of this add-in below ours renumbers itself);
 * - otherwise the row we wrote over is put back and ours is written at the next free row (with a
 *   fresh 编号 when another row holds it), or only its 编号 is renewed in place.
 *
 * Our row found at another row holding one of our 编号 (moved by a sort or an inserted row, or put
 * back by another copy of the add-in that had written over it) is ours: the newest copy is taken
 * back, so there is never a second one. After RETRIES further writes the row is given up, nothing
 * of it left over anyone's row, and the caller tells the user what to check.
 */
import { columnLetters } from '../../core/address';
import { matchKey } from '../../core/cellText';
import type { RawSheet } from '../../core/rawWorkbook';
import type { TableDef } from '../../core/schema/columns';
import type { AppendedRows, KeyedLanding, RowKey, RowValues } from '../port';
import { blockAddress, blockOps, rowBlock } from './appendRows';
import { type Before, confirmRow, findCopy, holds, queuePutBack, type Row, sameText, synced } from './confirmRow';
import type { ApiSupport, OfficeContext, OfficeRange } from './officeApi';
import { loadTableRanges } from './tableGrowth';

/** Writes after the first, before the row is given up. */
export const RETRIES = 3;
/** Other rows holding one of our 编号 looked at for a copy of our row; more can only be others' rows. */
const COPIES_LOOKED_AT = 4;

/** What an Office port knows when it appends: the date system, the tables, what the host supports. */
export interface KeyedAppendOptions {
  readonly date1904: boolean;
  readonly tableNames: ReadonlySet<string>;
  readonly supports: ApiSupport;
}

/**
 * Appends `row` under `def`'s headers in `sheet` and confirms it as described above. A failed first
 * write throws (nothing of ours stands; the session says what to do); a failed sync after it ends
 * as `unconfirmed`, the row to look at being where ours was last written.
 */
export async function appendKeyedRow(
  context: OfficeContext,
  sheet: RawSheet,
  def: TableDef,
  row: RowValues,
  key: RowKey,
  options: KeyedAppendOptions,
): Promise<AppendedRows> {
  const block = rowBlock(sheet, def, [row], options.date1904);
  const keyColumn = block?.columns.get(key.column);
  if (!block || keyColumn === undefined) return undefined;
  const offset = keyColumn - block.left;
  const at = (rowNumber: number): OfficeRange =>
    context.workbook.worksheets.getItem(sheet.name).getRange(blockAddress(block, rowNumber));
  const withKey = (id: string): Row => (block.values[0] as Row).map((value, index) => (index === offset ? id : value));
  const tables = loadTableRanges(context, [{ table: def.table }], options.tableNames, options.supports);

  let id = String(row[key.column] ?? '');
  let ours = withKey(id);
  let target = block.nextRow;
  /** What our row's current place held before we first wrote there. */
  let beforeTarget: Before | undefined;
  let putBack: { readonly row: number; readonly before: Before } | undefined;
  let renumberOnly = false;
  const tried: number[] = [];
  const leftIn: number[] = [];
  const written: Row[] = [];
  /** Rows holding one of our 编号 that were looked at and hold another's row. */
  const notOurs = new Set<number>();
  const landing = (status: KeyedLanding['status'], sharedWith?: number): AppendedRows => ({
    sheet: sheet.name,
    firstRow: target,
    lastRow: target,
    keyed: {
      status,
      key: id,
      tried,
      ...(sharedWith !== undefined ? { sharedWith } : {}),
      ...(leftIn.length > 0 ? { leftIn } : {}),
    },
  });
  /** Puts back what `place` held before our write, in a sync of its own; false when that sync failed. */
  const undo = async (place: number, before: Before): Promise<boolean> => {
    queuePutBack(() => at(place), ours, before);
    return synced(context);
  };

  for (let retry = 0; ; retry++) {
    // The write, after what its cells hold is loaded (the same batch, so nothing lands in between).
    const pending = putBack;
    if (pending) queuePutBack(() => at(pending.row), ours, pending.before);
    putBack = undefined;
    let loadBefore: OfficeRange | undefined;
    if (renumberOnly) at(target).values = [ours.map((value, index) => (index === offset ? value : null))];
    else {
      loadBefore = at(target);
      loadBefore.load('formulas,numberFormat');
      for (const op of blockOps(context, { ...block, values: [ours] }, target)) op.apply();
      tried.push(target);
    }
    written.push(ours);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (retry === 0) await context.sync();
    else if (!(await synced(context))) return landing('unconfirmed');
    if (loadBefore)
      beforeTarget = { formulas: loadBefore.formulas[0] ?? [], formats: loadBefore.numberFormat[0] ?? [] };
    const took = loadBefore ? beforeTarget : undefined;

    // The confirmation, in the sync that stretches the table over the row anyway.
    const seen = await confirmRow(context, sheet.name, () => at(target), columnLetters(keyColumn), tables, target);
    if (!seen) return landing('unconfirmed');
    const intact = holds(seen.back, ours);
    const tookSomeone =
      took !== undefined && ours.some((value, index) => value !== null && sameText(took.formulas[index]) !== '');
    const ourKeys = new Set(written.map((version) => matchKey(sameText(version[offset]))));
    const elsewhere = [...seen.keyAt]
      .filter(([place, found]) => place !== target && !notOurs.has(place) && ourKeys.has(found))
      .map(([place]) => place);
    if (elsewhere.length > 0 && elsewhere.length <= COPIES_LOOKED_AT) {
      // Our row at another row (moved by a sort or an insert, or put back by another copy of the
      // add-in that wrote over it): keep that one, take the newest back.
      const copy = await findCopy(context, at, elsewhere, written);
      if (copy === undefined) return landing('unconfirmed');
      if (copy) {
        if (intact && beforeTarget && !(await undo(target, beforeTarget))) return landing('unconfirmed');
        target = copy.row;
        id = sameText(copy.version[offset]);
        return landing('placed');
      }
      for (const place of elsewhere) notOurs.add(place);
    }
    const mineKey = matchKey(id);
    const sharedAbove = [...seen.keyAt].find(([place, found]) => place < target && found === mineKey)?.[0];
    if (intact && !tookSomeone && sharedAbove === undefined) return landing('placed');

    // Someone who wrote over part of our row left the rest of ours in theirs: the user is asked to look.
    const leftOver = ours.some(
      (value, index) => index !== offset && sameText(value) !== '' && sameText(value) === sameText(seen.back[index]),
    );
    if (!intact && leftOver) leftIn.push(target);
    if (retry === RETRIES) {
      if (intact && !tookSomeone) return landing('sharedKey', sharedAbove);
      if (intact && took && !(await undo(target, took))) return landing('unconfirmed');
      return landing('unplaced');
    }
    const theirKey = intact ? matchKey(sameText(took?.formulas[offset])) : seen.keyAt.get(target);
    const taken = new Set([...seen.keyAt.values(), mineKey, ...(theirKey ? [theirKey] : [])]);
    if (intact && !tookSomeone) {
      // Only the 编号 is another's (a row above has it): renew it in place.
      id = key.fresh(taken);
      ours = withKey(id);
      renumberOnly = true;
      continue;
    }
    // Our row sits on someone's (theirs is put back with the next write) or was written over:
    // write it below everything, with a fresh 编号 if another row holds ours.
    if (intact && took) putBack = { row: target, before: took };
    const others = new Set([...seen.keyAt].filter(([place]) => place !== target).map(([, found]) => found));
    if (others.has(mineKey) || mineKey === theirKey) id = key.fresh(taken);
    ours = withKey(id);
    renumberOnly = false;
    target = Math.max(seen.bottom, target) + 1;
  }
}
