import { columnLetters } from '../../../src/core/address';

/**
 * The state behind the fake Excel (fakeExcel.ts): sheets of cells with what was written to them and
 * in which order, the formats, merges, sizes, dropdowns and page setup, tables and settings.
 */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export class OfficeFakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** 'A1', 'B2:D8', 'A:C', '5:8', '$1:$2', with or without a sheet prefix. */
export function parseAddress(address: string): Bounds {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [start, end = start] = local.replace(/\$/g, '').split(':') as [string, string?];
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!match || (match[1] === '' && match[2] === ''))
      throw new OfficeFakeError('InvalidArgument', `bad address ${address}`);
    return { column: match[1] ? columnNumber(match[1]) : undefined, row: match[2] ? Number(match[2]) : undefined };
  };
  const a = part(start);
  const b = part(end as string);
  return { top: a.row ?? 1, left: a.column ?? 1, bottom: b.row ?? MAX_ROW, right: b.column ?? MAX_COLUMN };
}

export const formatBounds = (b: Bounds): string =>
  `${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;
export const contains = (b: Bounds, row: number, column: number): boolean =>
  row >= b.top && row <= b.bottom && column >= b.left && column <= b.right;

export interface FakeCell {
  value?: string | number | boolean;
  error?: string;
  formula?: string;
  numberFormat?: { readonly value: string; readonly seq: number };
  /** When the value was last written (same counter as the formats). */
  valueSeq?: number;
  /** Every write to the cell in order, e.g. ['numberFormat:@', 'value:=x']. */
  readonly history: string[];
}

export interface FormatOp {
  readonly bounds: Bounds;
  readonly property: string;
  readonly value: unknown;
  readonly seq: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly formatOps: FormatOp[] = [];
  readonly merges: string[] = [];
  readonly rowHeights = new Map<number, number>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: Array<{ address: string; property: string; value: unknown }> = [];
  readonly conditionalFormats: Array<{ address: string; type: string; details: unknown }> = [];
  readonly page: Record<string, unknown> = {};
  freeze: { rows?: number; columns?: number; at?: string } | undefined;
  tabColor: string | undefined;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(public name: string) {}

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { history: [] }));
    return cell;
  }

  /** The latest of a cell's own number format and a range format covering it. */
  numberFormatAt(row: number, column: number): string {
    const own = this.peek(row, column)?.numberFormat;
    const ranged = this.formatOps
      .filter((op) => op.property === 'numberFormat' && contains(op.bounds, row, column))
      .pop();
    if (own && (!ranged || own.seq > ranged.seq)) return own.value;
    return ranged ? String(ranged.value) : 'General';
  }

  /** Whether the number format the cell shows was set before its value was written. */
  formatBeforeValue(row: number, column: number): boolean {
    const cell = this.peek(row, column);
    const own = cell?.numberFormat;
    const ranged = this.formatOps
      .filter((op) => op.property === 'numberFormat' && contains(op.bounds, row, column))
      .pop();
    const formatSeq = own && (!ranged || own.seq > ranged.seq) ? own.seq : ranged?.seq;
    return formatSeq !== undefined && cell?.valueSeq !== undefined && formatSeq < cell.valueSeq;
  }

  formatAt(row: number, column: number, property: string): unknown {
    return this.formatOps.filter((op) => op.property === property && contains(op.bounds, row, column)).pop()?.value;
  }

  /** Test helper: fills cells from a 2-D array (strings, numbers, booleans, `{ error }`), top-left at A1 unless told. */
  fill(rows: ReadonlyArray<ReadonlyArray<unknown>>, top = 1, left = 1): this {
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value === undefined || value === null || value === '') return;
        const cell = this.cell(top + r, left + c);
        if (typeof value === 'object' && 'error' in value) cell.error = String((value as { error: unknown }).error);
        else cell.value = value as string | number | boolean;
      }),
    );
    return this;
  }

  /** The bounds of cells holding values (or, when not only values, anything written), within `within` if given. */
  used(valuesOnly: boolean, within?: Bounds): Bounds | undefined {
    let bounds: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [key, cell] of this.cells) {
      if (
        cell.value === undefined &&
        cell.formula === undefined &&
        cell.error === undefined &&
        (valuesOnly || cell.numberFormat === undefined)
      )
        continue;
      const [row, column] = key.split(',').map(Number) as [number, number];
      if (within && !contains(within, row, column)) continue;
      bounds = bounds
        ? {
            top: Math.min(bounds.top, row),
            left: Math.min(bounds.left, column),
            bottom: Math.max(bounds.bottom, row),
            right: Math.max(bounds.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return bounds;
  }

  /** What a cell shows: its text or number, a link formula's text, or the error it evaluates to. */
  shown(row: number, column: number): { value: string | number | boolean; type: string } {
    const cell = this.peek(row, column);
    if (!cell) return { value: '', type: 'Empty' };
    if (cell.error !== undefined) return { value: cell.error, type: 'Error' };
    if (cell.formula !== undefined) {
      const link = /^=HYPERLINK\(".*",\s*"(.*)"\)$/.exec(cell.formula);
      return link
        ? { value: (link[1] as string).replace(/""/g, '"'), type: 'String' }
        : { value: '#NAME?', type: 'Error' };
    }
    if (cell.value === undefined) return { value: '', type: 'Empty' };
    return {
      value: cell.value,
      type: typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String',
    };
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  bounds: Bounds;
  style?: string;
}
