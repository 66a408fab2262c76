/**
 * What a keyed append (keyedAppend.ts) does after a confirmation, decided from what it read back:
 * which copy of our row to keep, which to take back, which rows of others to move down, and
 * whether the 编号 must change. Pure: the reads come in, the next writes go out as data.
 */
import { matchKey } from '../../core/cellText';
import { type Before, holds, type Row, sameRow, sameText, type Seen } from './confirmRow';

/** A row to write back: another writer's row (a debt), or what held a place before ours. */
export interface Put {
  readonly row: number;
  readonly before: Before;
}

/** What the append knows after a confirmation. */
export interface PlanInput {
  readonly seen: Seen;
  /** Rows holding one of our written versions, with their cells. */
  readonly found: ReadonlyMap<number, readonly unknown[]>;
  /** Others' rows we wrote over. */
  readonly debts: readonly Put[];
  /** What each row we wrote ours at held before our first write there. */
  readonly placeBefore: ReadonlyMap<number, Before>;
  /** Every version of our row written, oldest first. */
  readonly written: readonly Row[];
  /** Our row's shape: null where the user's own columns are. */
  readonly mask: Row;
  /** The 编号 cell's index in a row. */
  readonly offset: number;
}

/** The next step: done when `keep` is set and nothing else is. */
export interface Plan {
  /** The copy of our row that stays, and its version. */
  readonly keep?: { readonly row: number; readonly version: Row };
  /** Our other copies, to take back (put back what their places held). */
  readonly undo: readonly Put[];
  /** Others' rows that are nowhere now, to write below everything. */
  readonly relocate: readonly Put[];
  /** A row above ours holding its 编号. */
  readonly sharedAbove?: number;
  /** The 编号 of every row that is not ours, by matchKey. */
  readonly theirs: readonly string[];
}

/**
 * Keeps the copy of our row that sits on no one's row and carries our latest version (a 编号
 * chosen knowing the others); takes every other copy back, which puts back a row we wrote over
 * where it was; moves down the rows we wrote over that are neither back nor moved by their writer
 * (their twin, the same cells but the 编号, elsewhere); asks for a new 编号 when a row above holds ours.
 */
export function planNext(input: PlanInput): Plan {
  const { seen, found, debts, placeBefore, written, mask, offset } = input;
  const versionIn = (cells: readonly unknown[] | undefined) => written.find((version) => holds(cells, version));
  const window = [...seen.rows];
  const unpaid = debts.filter(
    (debt) => !window.some(([, cells]) => sameRow(cells, debt.before.formulas, mask, offset)),
  );
  const age = (place: number) => written.lastIndexOf(versionIn(found.get(place)) as Row);
  const copies = [...found.keys()].sort((a, b) => age(b) - age(a) || a - b);
  const kept = copies.find((place) => !unpaid.some((debt) => debt.row === place));
  const version = versionIn(found.get(kept ?? -1));
  const undo = copies
    .filter((place) => place !== kept)
    .map((place) => ({ row: place, before: placeBefore.get(place) ?? { formulas: [], formats: [] } }));
  const paidInPlace = (debt: Put) => undo.some((put) => put.row === debt.row && put.before === debt.before);
  const keyOf = (cells: readonly unknown[]) => matchKey(sameText(cells[offset]));
  const mineKey = version && keyOf(version);
  const sharedAbove =
    kept === undefined
      ? undefined
      : [...seen.keyAt].find(([place, key]) => place < kept && key === mineKey && !copies.includes(place))?.[0];
  return {
    ...(kept !== undefined && version ? { keep: { row: kept, version } } : {}),
    undo,
    relocate: unpaid.filter((debt) => !paidInPlace(debt)),
    ...(sharedAbove !== undefined ? { sharedAbove } : {}),
    theirs: [
      ...[...seen.keyAt].filter(([place]) => !copies.includes(place)).map(([, key]) => key),
      ...debts.map((debt) => keyOf(debt.before.formulas)),
    ],
  };
}
