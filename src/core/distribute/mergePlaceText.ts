/** A place in one of a merge's files as the user finds it, worded once for the terminal and the pane. */
import type { MergePlace } from './mergeMatch';

/**
 * The file, the sheet (none in a CSV), the cell or the row.
 * @example mergePlaceText({ file: '艺术学院.xlsx', sheet: '联系记录', row: 9, column: '联系形式', cell: 'F9' }) // '艺术学院.xlsx「联系记录」F9'
 */
export function mergePlaceText(place: MergePlace): string {
  if (place.sheet === '') return `${place.file} 第 ${place.row} 行${place.column ? `「${place.column}」` : ''}`;
  return `${place.file}「${place.sheet}」${place.cell || `第 ${place.row} 行`}`;
}
