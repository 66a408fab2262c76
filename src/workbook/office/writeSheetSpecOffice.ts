/**
 * A SheetSpec as Office.js commands: a new sheet, its cells as 2-D arrays (number formats first,
 * then values, then link formulas), one format command per rectangle of a named style, merges
 * (rows merged alike in one "merge across"), widths, heights, dropdowns, highlights, page setup,
 * frozen panes and tab colour. Nothing here syncs: the commands are handed to writeInChunks, which
 * syncs as the request size requires.
 */
import { a1, columnLetters } from '../../core/address';
import { rangeA1 } from '../../core/sheet/a1Range';
import type { CellRange, SheetSpec } from '../../core/sheet/sheetSpec';
import { type OfficeContext, type OfficeRange, type OfficeWorksheet, rangeAt } from './officeApi';
import { cellBlock, hasAny, type Matrix, rectangles, runs } from './specCells';
import {
  applyHighlight,
  applyPage,
  applyStyle,
  applyValidation,
  columnWidthPoints,
  highlightBytes,
  pageBytes,
  styleBytes,
  validationBytes,
} from './specFormat';
import {
  arrayBytes,
  type BatchOptions,
  DEFAULT_BUDGET,
  jsonBytes,
  requestBytes,
  type SheetWrite,
  utf8Bytes,
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
  let bytes = 0;
  const emit = (last: number) => {
    const rows = matrix.slice(first, last);
    const address = `A${first + 1}:${columnLetters(columns)}${last}`;
    if (rows.some((row) => row.some((value) => value !== null)))
      ops.push(op(arrayBytes(rows, address), () => (rangeAt(sheet(), address)[property] = rows)));
    first = last;
    bytes = 0;
  };
  matrix.forEach((row, index) => {
    const rowBytes = jsonBytes(row);
    if (index > first && bytes + rowBytes > bandBytes) emit(index);
    bytes += rowBytes;
  });
  emit(matrix.length);
  return ops;
}

/**
 * The spec's merges as few commands as Excel allows: single-row merges over the same columns on
 * consecutive rows (a report's message across its row, line after line) become one range merged
 * across, which Excel merges row by row; any other merge is a command of its own.
 */
export function mergeCommands(merges: readonly CellRange[]): Array<{ range: CellRange; across: boolean }> {
  const commands: Array<{ range: CellRange; across: boolean }> = [];
  const rows = merges
    .filter((merge) => merge.top === merge.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const merge of rows) {
    const last = commands[commands.length - 1];
    if (
      last &&
      last.range.left === merge.left &&
      last.range.right === merge.right &&
      last.range.bottom + 1 === merge.top
    )
      commands[commands.length - 1] = { range: { ...last.range, bottom: merge.top }, across: true };
    else commands.push({ range: merge, across: false });
  }
  for (const merge of merges) if (merge.top !== merge.bottom) commands.push({ range: merge, across: false });
  return commands;
}

/** A spec's commands for writeInChunks, none queued yet; the first creates the sheet. */
export function sheetSpecWrite(context: OfficeContext, spec: SheetSpec, options: SpecWriteOptions = {}): SheetWrite {
  let created: OfficeWorksheet | undefined;
  const sheet = (): OfficeWorksheet => created ?? (created = context.workbook.worksheets.getItem(spec.name));
  const range = (address: string): OfficeRange => rangeAt(sheet(), address);
  /** A command on one range, with the property sets or calls it makes and the JSON they send. */
  const rangeOp = (address: string, actions: number, payload: number, apply: (target: OfficeRange) => void): WriteOp =>
    op(requestBytes({ ranges: 1, objects: 1, actions, payload: utf8Bytes(address) + payload }), () =>
      apply(range(address)),
    );
  const bandBytes = Math.max(8_000, Math.floor((options.budget ?? DEFAULT_BUDGET) / 4));
  const ops: WriteOp[] = [
    op(requestBytes({ objects: 2, actions: 1, payload: 2 * utf8Bytes(JSON.stringify(spec.name)) + 20 }), () => {
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
      const address = rangeA1(rect);
      ops.push(op(styleBytes(style, address, size), () => applyStyle(range(address), style, size)));
    }
  }
  for (const { range: merged, across } of mergeCommands(spec.merges)) {
    const address = rangeA1(merged);
    ops.push(rangeOp(address, 1, 8, (target) => target.merge(across)));
  }
  for (const run of runs(spec.columns.map(({ index, width }) => ({ index, size: width })))) {
    const address = `${columnLetters(run.first)}:${columnLetters(run.last)}`;
    ops.push(rangeOp(address, 1, 12, (target) => (target.format.columnWidth = columnWidthPoints(run.size))));
  }
  for (const run of runs(spec.rows.map(({ index, height }) => ({ index, size: height })))) {
    ops.push(rangeOp(`${run.first}:${run.last}`, 1, 12, (target) => (target.format.rowHeight = run.size)));
  }
  for (const validation of spec.validations)
    ops.push(op(validationBytes(validation), () => applyValidation(sheet(), validation)));
  for (const highlight of spec.highlights)
    ops.push(op(highlightBytes(highlight), () => applyHighlight(sheet(), highlight)));
  const { page, freeze } = spec;
  if (page) ops.push(op(pageBytes(page), () => applyPage(sheet(), page)));
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push(
      op(requestBytes({ objects: 1, actions: 1, payload: 20 }), () => {
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
