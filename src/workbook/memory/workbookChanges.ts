/**
 * What a use case changed in a workbook held in memory, in the port's own terms and in the order it
 * happened, with the places the memory host chose (which rows appended rows went to): enough for
 * the package writer to make the same changes in the user's file (src/workbook/xlsx/patchedXlsx.ts)
 * — the preview's 下载更新后的台账, `lianyi upgrade`.
 */
import type { Cell } from '../../core/cell';
import type { CellEdit, ColumnsAddition, ListWidening, NewSheet } from '../port';

/** One write through the port. */
export type WorkbookChange =
  /** Sheets added at the end of the workbook, and earlier generated sheets they replace. */
  | { readonly kind: 'sheets'; readonly add: readonly NewSheet[]; readonly remove: readonly string[] }
  /** Rows appended below a table whose header row is `headerRow`: each row's cells by 1-based column. */
  | {
      readonly kind: 'rows';
      readonly sheet: string;
      readonly headerRow: number;
      readonly firstRow: number;
      readonly rows: ReadonlyArray<ReadonlyArray<readonly [number, Cell]>>;
    }
  /** Columns added at the right of tables (an upgrade). */
  | { readonly kind: 'columns'; readonly additions: readonly ColumnsAddition[] }
  /** Single cells set. */
  | { readonly kind: 'cells'; readonly edits: readonly CellEdit[] }
  /** Columns' dropdowns given the values they lack (an upgrade); only the file shows whether one lacked any. */
  | { readonly kind: 'lists'; readonly lists: readonly ListWidening[] };

/** How many of the user's things the changes touch, as a preview counts unsaved changes: rows, columns, cells, sheets. */
export function changeCount(changes: readonly WorkbookChange[]): number {
  return changes.reduce((sum, change) => {
    switch (change.kind) {
      case 'sheets':
        return sum + change.add.length + change.remove.length;
      case 'rows':
        return sum + change.rows.length;
      case 'columns':
        return sum + change.additions.reduce((count, addition) => count + addition.columns.length, 0);
      case 'cells':
        return sum + change.edits.length;
      case 'lists':
        // No cell of the user's changes: the upgrade's other changes already count it as unsaved.
        return sum;
    }
  }, 0);
}
