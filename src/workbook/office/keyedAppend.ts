/**
 * One row with its own 编号 (a 联系记录 row and its 记录编号) appended to a workbook that others may
 * be editing at the same moment (co-authoring: Excel on the web, or desktop Excel with AutoSave).
 * A co-author's row can land where ours is about to go between our read and our write, someone can
 * write over ours after it, rows can move under it (a sort, an inserted row), and two people
 * entering at once both pick the next free 编号. Excel has no conditional write, so every write is
 * checked in the sync after it:
 *
 * - each write's batch first loads what its cells hold just before (nothing lands in between), so a
 *   co-author's row we wrote over is known exactly (values, formulas, number formats): a debt;
 * - the next sync reads back the rows added since our read, the 编号 column and the used range; it
 *   carries the table resize the write needs anyway, so a write that meets no one costs no sync more
 *   where `Table.resize` exists (one more, the confirmation, where it does not);
 * - done when exactly one row holds our row, it sits on no one's row, every row we wrote over is
 *   back (or its twin, the same cells but the 编号, is: another copy of this add-in moved it), and
 *   no row above holds our 编号 (the check keeps the first row of a 编号 and reports later ones, so
 *   the later row yields; a copy of this add-in below ours renumbers itself);
 * - otherwise the next write takes our extra copies back, puts back (where ours sat) or moves down
 *   (where someone since wrote) the rows we wrote over, and writes ours at the next free row with a
 *   fresh 编号 when another row holds it, or only renews the 编号 in place.
 *
 * After RETRIES further writes the row is given up: a last sync takes ours back off anyone's row
 * and the caller tells the user what to check. Two copies of the add-in entering at the same
 * moment end with both rows once each (test/unit/office/coAuthoring.test.ts plays them against
 * each other); with three or more writers in the same second, a row another writer wrote over can
 * end up twice, never lost.
 */
import { columnLetters } from '../../core/address';
import { matchKey } from '../../core/cellText';
import type { RawSheet } from '../../core/rawWorkbook';
import type { TableDef } from '../../core/schema/columns';
import type { AppendedRows, KeyedLanding, RowKey, RowValues } from '../port';
import { blockOps, rowBlock } from './appendRows';
import { planNext, type Put } from './appendPlan';
import {
  type Before,
  confirmRow,
  emptyIn,
  findCopy,
  holds,
  queuePutBack,
  type Row,
  sameRow,
  sameText,
  synced,
} from './confirmRow';
import type { ApiSupport, OfficeContext, OfficeRange } from './officeApi';
import { loadTableRanges } from './tableGrowth';

/** Writes after the first, before the row is given up. */
export const RETRIES = 3;
/** Rows further up holding one of our 编号 looked at for our row (a sort moved it); more can only be others'. */
const COPIES_LOOKED_AT = 4;
/** Rows read back below the lowest row written besides the rows added since our read. */
const ROWS_BELOW = 16;

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
  const mask = block.values[0] as Row;
  const rows = (from: number, to: number): OfficeRange =>
    context.workbook.worksheets
      .getItem(sheet.name)
      .getRange(`${columnLetters(block.left)}${from}:${columnLetters(block.right)}${to}`);
  const at = (rowNumber: number): OfficeRange => rows(rowNumber, rowNumber);
  const withKey = (id: string): Row => mask.map((value, index) => (index === offset ? id : value));
  const keyOf = (cells: readonly unknown[]): string => matchKey(sameText(cells[offset]));
  const tables = loadTableRanges(context, [{ table: def.table }], options.tableNames, options.supports);
  /** The rows read back start at the first row that was free when the ledger was read. */
  const from = block.nextRow;
  const keyLetter = columnLetters(keyColumn);

  let id = String(row[key.column] ?? '');
  let ours = withKey(id);
  /** Where our row is (or is written next). */
  let target = block.nextRow;
  let writeOurs = true;
  let renumber = false;
  let puts: Put[] = [];
  /** Others' rows we wrote over: what they held, and where. */
  const debts: Put[] = [];
  /** What each row we wrote ours at held before our first write there. */
  const placeBefore = new Map<number, Before>();
  const tried: number[] = [];
  const leftIn = new Set<number>();
  const written: Row[] = [];
  const notOurs = new Set<number>();
  /** Rows where we took our own row back. */
  const undone = new Set<number>();
  /** The cells of text columns but the 编号 (names, what was said): what shows a row is partly ours. */
  const texts = [...block.columns]
    .filter(([name, column]) => column !== keyColumn && /^(text|longText)$/.test(def.columns[name]?.kind ?? ''))
    .map(([, column]) => column - block.left);
  /** The lowest row written so far (the largest row number). */
  let lastTouched = target;
  const oursIn = (cells: readonly unknown[] | undefined) => written.find((version) => holds(cells, version));
  const landing = (status: KeyedLanding['status'], sharedWith?: number): AppendedRows => ({
    sheet: sheet.name,
    firstRow: target,
    lastRow: target,
    keyed: {
      status,
      key: id,
      tried,
      ...(sharedWith !== undefined ? { sharedWith } : {}),
      ...(leftIn.size > 0 ? { leftIn: [...leftIn] } : {}),
    },
  });
  const queuePuts = () => {
    const loads = puts.map((put) => {
      const range = at(put.row);
      range.load('formulas,numberFormat');
      queuePutBack(() => at(put.row), mask, put.before);
      return { row: put.row, range, putting: put.before as Before | undefined };
    });
    puts = [];
    return loads;
  };

  for (let retry = 0; ; retry++) {
    // The writes, each after what its cells hold is loaded (the same batch: nothing lands in between).
    const loads = queuePuts();
    if (writeOurs) {
      const range = at(target);
      range.load('formulas,numberFormat');
      loads.push({ row: target, range, putting: undefined });
      for (const op of blockOps(context, { ...block, values: [ours] }, target)) op.apply();
      tried.push(target);
    } else if (renumber) at(target).values = [ours.map((value, index) => (index === offset ? value : null))];
    if (writeOurs || renumber) written.push(ours);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (retry === 0) await context.sync();
    else if (!(await synced(context))) return landing('unconfirmed');
    for (const { row: place, range, putting } of loads) {
      const before: Before = { formulas: range.formulas[0] ?? [], formats: range.numberFormat[0] ?? [] };
      if (!putting && !placeBefore.has(place)) placeBefore.set(place, before);
      lastTouched = Math.max(lastTouched, place);
      const someone =
        !emptyIn(before.formulas, mask) &&
        !oursIn(before.formulas) &&
        !(putting && sameRow(before.formulas, putting.formulas, mask)) &&
        !debts.some((debt) => sameRow(before.formulas, debt.before.formulas, mask));
      if (someone) debts.push({ row: place, before });
    }

    // The confirmation, in the sync that stretches the table over the rows anyway.
    const seen = await confirmRow(
      context,
      { sheet: sheet.name, rows, from, to: lastTouched + ROWS_BELOW, keyLetter },
      tables,
      lastTouched,
    );
    if (!seen) return landing('unconfirmed');
    const window = [...seen.rows];
    const found = new Map(window.flatMap(([place, cells]) => (oursIn(cells) ? [[place, cells] as const] : [])));
    if (found.size === 0) {
      // Not among the new rows: moved further up by a sort? Rows holding one of our 编号 are looked at.
      const ourKeys = new Set(written.map(keyOf));
      const elsewhere = [...seen.keyAt]
        .filter(([place, held]) => !seen.rows.has(place) && !notOurs.has(place) && ourKeys.has(held))
        .map(([place]) => place);
      if (elsewhere.length > 0 && elsewhere.length <= COPIES_LOOKED_AT) {
        const copy = await findCopy(context, at, elsewhere, written);
        if (copy === undefined) return landing('unconfirmed');
        if (copy) found.set(copy.row, copy.version);
        else for (const place of elsewhere) notOurs.add(place);
      }
    }
    // A row someone wrote over ours in part still holds some of our texts: the user is asked to look.
    for (const [place] of placeBefore) {
      const cells = seen.rows.get(place);
      const leftOver = texts.some(
        (index) => sameText(ours[index]) !== '' && sameText(ours[index]) === sameText(cells?.[index]),
      );
      if (!found.has(place) && !undone.has(place) && leftOver) leftIn.add(place);
    }

    const plan = planNext({ seen, found, debts, placeBefore, written, mask, offset });
    if (plan.keep) {
      ours = plan.keep.version;
      id = sameText(ours[offset]);
      target = plan.keep.row;
    }
    if (plan.keep && plan.undo.length === 0 && plan.relocate.length === 0 && plan.sharedAbove === undefined)
      return landing('placed');

    for (const put of plan.undo) undone.add(put.row);
    let next = Math.max(seen.bottom, lastTouched) + 1;
    puts = [...plan.undo, ...plan.relocate.map((debt) => ({ row: next++, before: debt.before }))];
    if (retry === RETRIES) {
      // Given up: our extra copies taken back and others' rows put back, in one last sync.
      if (puts.length > 0) {
        queuePuts();
        if (!(await synced(context))) return landing('unconfirmed');
      }
      if (!plan.keep) return landing('unplaced');
      return landing(plan.sharedAbove === undefined ? 'placed' : 'sharedKey', plan.sharedAbove);
    }
    const mineKey = matchKey(id);
    writeOurs = !plan.keep;
    renumber = plan.keep !== undefined && plan.sharedAbove !== undefined;
    if (renumber || (writeOurs && plan.theirs.includes(mineKey))) id = key.fresh(new Set([...plan.theirs, mineKey]));
    ours = withKey(id);
    if (writeOurs) target = next;
  }
}
