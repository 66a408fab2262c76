/**
 * A SheetSpec as Office.js commands: a new sheet, its cells as 2-D arrays (number formats first,
 * then values, then link formulas), one format command per rectangle of a named style, merges,
 * widths, heights, dropdowns, highlights, page setup, frozen panes and tab colour. Nothing here
 * syncs: the commands are handed to writeInChunks, which syncs as the request size requires.
 */
import { a1, columnLetters } from '../../core/address';
import { rangeA1 } from '../../core/sheet/a1Range';
import type { SheetSpec } from '../../core/sheet/sheetSpec';
import type { OfficeContext, OfficeRange, OfficeWorksheet } from './officeApi';
import { cellBlock, hasAny, type Matrix, rectangles, runs } from './specCells';
import {
  applyHighlight,
  applyPage,
  applyStyle,
  applyValidation,
  columnWidthPoints,
  styleBytes,
  validationBytes,
} from './specFormat';
import {
  ACTION_BYTES,
  type BatchOptions,
  DEFAULT_BUDGET,
  jsonBytes,
  type SheetWrite,
  type WriteOp,
  writeInChunks,
} from './writeBatch';

/** How a spec is written: the date system of its serials and the request budget in bytes. */
export interface SpecWriteOptions {
  /** Serials are written in the workbook's date system. */
  readonly date1904?: boolean;
  readonly budget?: number;
}

const op = (bytes: number, apply: () => void): WriteOp => ({ bytes, apply });

/** Splits a block's rows into bands small enough to share a request with others. */
function matrixOps(
  sheet: () => OfficeWorksheet,
  matrix: Matrix,
  columns: number,
  property: 'numberFormat' | 'values' | 'formulas',
  bandBytes: number,
): WriteOp[] {
  if (!hasAny(matrix)) return [];
  const ops: WriteOp[] = [];
  let first = 0;
  let bytes = ACTION_BYTES;
  const emit = (last: number) => {
    const rows = matrix.slice(first, last);
    const address = `A${first + 1}:${columnLetters(columns)}${last}`;
    if (rows.some((row) => row.some((value) => value !== null)))
      ops.push(op(bytes, () => (sheet().getRange(address)[property] = rows)));
    first = last;
    bytes = ACTION_BYTES;
  };
  matrix.forEach((row, index) => {
    const rowBytes = jsonBytes(row);
    if (index > first && bytes + rowBytes > bandBytes) emit(index);
    bytes += rowBytes;
  });
  emit(matrix.length);
  return ops;
}

/** A spec's commands for writeInChunks, none queued yet; the first creates the sheet. */
export function sheetSpecWrite(context: OfficeContext, spec: SheetSpec, options: SpecWriteOptions = {}): SheetWrite {
  let created: OfficeWorksheet | undefined;
  const sheet = (): OfficeWorksheet => created ?? (created = context.workbook.worksheets.getItem(spec.name));
  const range = (address: string): OfficeRange => sheet().getRange(address);
  const bandBytes = Math.max(8_000, Math.floor((options.budget ?? DEFAULT_BUDGET) / 4));
  const ops: WriteOp[] = [
    op(2 * ACTION_BYTES, () => {
      created = context.workbook.worksheets.add(spec.name);
      if (spec.tabColor !== undefined) created.tabColor = `#${spec.tabColor}`;
    }),
  ];

  const block = cellBlock(spec.cells, spec.styles, options.date1904 ?? false);
  ops.push(...matrixOps(sheet, block.numberFormats, block.columns, 'numberFormat', bandBytes));
  ops.push(...matrixOps(sheet, block.values, block.columns, 'values', bandBytes));
  ops.push(...matrixOps(sheet, block.formulas, block.columns, 'formulas', bandBytes));

  const byStyle = new Map<string, Array<{ row: number; column: number }>>();
  for (const cell of spec.cells) {
    if (cell.style === undefined) continue;
    const cells = byStyle.get(cell.style);
    if (cells) cells.push(cell);
    else byStyle.set(cell.style, [cell]);
  }
  for (const [name, cells] of byStyle) {
    const style = spec.styles[name];
    if (!style) continue;
    for (const rect of rectangles(cells)) {
      const size = { rows: rect.bottom - rect.top + 1, columns: rect.right - rect.left + 1 };
      ops.push(op(styleBytes(style), () => applyStyle(range(rangeA1(rect)), style, size)));
    }
  }
  for (const merge of spec.merges) ops.push(op(ACTION_BYTES, () => range(rangeA1(merge)).merge(false)));
  for (const run of runs(spec.columns.map(({ index, width }) => ({ index, size: width })))) {
    ops.push(
      op(
        ACTION_BYTES,
        () =>
          (range(`${columnLetters(run.first)}:${columnLetters(run.last)}`).format.columnWidth = columnWidthPoints(
            run.size,
          )),
      ),
    );
  }
  for (const run of runs(spec.rows.map(({ index, height }) => ({ index, size: height })))) {
    ops.push(op(ACTION_BYTES, () => (range(`${run.first}:${run.last}`).format.rowHeight = run.size)));
  }
  for (const validation of spec.validations)
    ops.push(op(validationBytes(validation), () => applyValidation(sheet(), validation)));
  for (const highlight of spec.highlights) ops.push(op(6 * ACTION_BYTES, () => applyHighlight(sheet(), highlight)));
  const { page, freeze } = spec;
  if (page) ops.push(op(14 * ACTION_BYTES, () => applyPage(sheet(), page)));
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push(
      op(ACTION_BYTES, () => {
        const panes = sheet().freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(`A1:${a1(freeze.rows, freeze.columns)}`);
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.columns);
      }),
    );
  }
  return { sheet: spec.name, ops };
}

/** Writes one sheet, syncing only when the request size requires (see writeInChunks). */
export async function writeSheetSpec(
  context: OfficeContext,
  spec: SheetSpec,
  options: SpecWriteOptions & Pick<BatchOptions, 'signal'> = {},
): Promise<void> {
  await writeInChunks(context, [sheetSpecWrite(context, spec, options)], {
    budget: options.budget,
    signal: options.signal,
  });
}
