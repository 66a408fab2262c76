/**
 * The ledger's cells read inside Excel past what stops one sync: a host refusing calls on missing
 * sheets, or a ledger larger than Excel on the web's response cap.
 */
import { a1 } from '../../core/address';
import type { Cell } from '../../core/cell';
import type { RawSheet, RawWorkbook } from '../../core/rawWorkbook';
import { type OfficeContext, type OfficeRange, rangeAt } from './officeApi';
import { LEDGER_SHEETS, queueCells, queueDateSystem, queueSheetNames, sheetFromRange } from './officeCells';
import { officeErrorCode } from './officeErrors';

/** Cells per sync when a ledger is too large for one response; halved again while the host still refuses. */
const BAND_CELLS = 40_000;

/** Loads queued beside the cells (sheet names, settings, the selection); read after the sync. */
export type ExtraLoads<T> = (context: OfficeContext) => () => T;

const nothing: ExtraLoads<undefined> = () => () => undefined;

/** How a host might refuse a call chained on a missing sheet's null object (undocumented, so several). */
const CHAIN_REFUSALS = new Set(['ItemNotFound', 'InvalidReference', 'InvalidArgument', 'GeneralException']);

/**
 * The ledger's cells, and whatever else the action needs, in one sync. Two refusals are handled
 * rather than passed on: a host that will not chain a call on a missing sheet's null object (the
 * sheets that exist are then listed first), and Excel on the web's 5 MB response cap, which a very
 * large ledger can exceed (its cells then come in row bands, several syncs).
 */
export async function readWithCells<T>(
  context: OfficeContext,
  extra: ExtraLoads<T>,
  names: readonly string[] = LEDGER_SHEETS,
  retried = false,
): Promise<{ raw: RawWorkbook; extra: T }> {
  const collectExtra = extra(context);
  const collect = queueCells(context, names);
  try {
    await context.sync();
    return { raw: collect(), extra: collectExtra() };
  } catch (cause) {
    const code = officeErrorCode(cause);
    if (code === 'ResponsePayloadSizeLimitExceeded') return readInBands(context, names, extra);
    if (retried || !CHAIN_REFUSALS.has(code ?? '')) throw cause;
    return readWithCells(context, extra, await existingSheets(context, names), true);
  }
}

/** The ledger sheets' cells as the core reads them: one sync, whatever the number of rows. */
export async function readWorkbookCells(
  context: OfficeContext,
  names: readonly string[] = LEDGER_SHEETS,
): Promise<RawWorkbook> {
  return (await readWithCells(context, nothing, names)).raw;
}

async function existingSheets(context: OfficeContext, names: readonly string[]): Promise<string[]> {
  const listed = queueSheetNames(context);
  await context.sync();
  const present = new Set(listed().map((name) => name.trim()));
  return names.filter((name) => present.has(name));
}

interface Band {
  readonly sheet: string;
  readonly top: number;
  readonly rows: number;
  readonly left: number;
  readonly columns: number;
}

function bandsOf(sheet: string, used: OfficeRange, cellsPerBand: number): Band[] {
  const step = Math.max(1, Math.floor(cellsPerBand / Math.max(1, used.columnCount)));
  const bands: Band[] = [];
  for (let top = used.rowIndex; top < used.rowIndex + used.rowCount; top += step) {
    bands.push({
      sheet,
      top,
      rows: Math.min(step, used.rowIndex + used.rowCount - top),
      left: used.columnIndex,
      columns: used.columnCount,
    });
  }
  return bands;
}

/** Reads each sheet's used range in row bands, as many per sync as fit the host's response cap. */
export async function readInBands<T>(
  context: OfficeContext,
  names: readonly string[],
  extra: ExtraLoads<T>,
): Promise<{ raw: RawWorkbook; extra: T }> {
  const collectExtra = extra(context);
  const date1904 = queueDateSystem(context);
  const present = await existingSheets(context, names);
  const used = present.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).untrack();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return { name, range };
  });
  await context.sync();
  const rows = new Map<string, Array<ReadonlyArray<Cell | undefined> | undefined>>(present.map((name) => [name, []]));
  let cellsPerBand = BAND_CELLS;
  let pending = used.flatMap(({ name, range }) => (range.isNullObject ? [] : bandsOf(name, range, cellsPerBand)));
  while (pending.length > 0) {
    const batch: Band[] = [];
    for (
      let cells = 0;
      pending.length > 0 &&
      (batch.length === 0 || cells + (pending[0] as Band).rows * (pending[0] as Band).columns <= cellsPerBand);
    ) {
      const band = pending.shift() as Band;
      cells += band.rows * band.columns;
      batch.push(band);
    }
    const loads = batch.map((band) => {
      const range = rangeAt(
        context.workbook.worksheets.getItem(band.sheet),
        `${a1(band.top + 1, band.left + 1)}:${a1(band.top + band.rows, band.left + band.columns)}`,
      );
      range.load('values,valueTypes');
      return { band, range };
    });
    try {
      await context.sync();
    } catch (cause) {
      if (officeErrorCode(cause) !== 'ResponsePayloadSizeLimitExceeded' || (cellsPerBand <= 1 && batch.length === 1))
        throw cause;
      cellsPerBand = Math.max(1, Math.floor(cellsPerBand / 2));
      pending = [...batch.flatMap((band) => splitBand(band, cellsPerBand)), ...pending];
      continue;
    }
    for (const { band, range } of loads) {
      const read = sheetFromRange(band.sheet, {
        rowIndex: band.top,
        columnIndex: band.left,
        values: range.values,
        valueTypes: range.valueTypes,
      });
      const target = rows.get(band.sheet) as Array<ReadonlyArray<Cell | undefined> | undefined>;
      for (let r = band.top; r < band.top + band.rows; r++) target[r] = read.rows[r];
    }
  }
  const sheets: RawSheet[] = present.map((name) => ({ name, rows: rows.get(name) ?? [] }));
  return { raw: { sheets, date1904: date1904() }, extra: collectExtra() };
}

function splitBand(band: Band, cellsPerBand: number): Band[] {
  const step = Math.max(1, Math.floor(cellsPerBand / Math.max(1, band.columns)));
  const parts: Band[] = [];
  for (let top = band.top; top < band.top + band.rows; top += step)
    parts.push({ ...band, top, rows: Math.min(step, band.top + band.rows - top) });
  return parts;
}
