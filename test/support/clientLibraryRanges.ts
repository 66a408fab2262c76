/**
 * The cells of the client-library responder's sheets as a load returns them: a used range or an
 * address, its position and size, values and value types as Office.js reports them.
 */
import { a1 } from '../../src/core/address';
import type { Cell } from '../../src/core/cell';
import { localDateToSerial } from '../../src/core/localDate';
import type { RawSheet } from '../../src/core/rawWorkbook';

/** A sheet of the model: its cells are what a read loads (the ledger); writes are not kept. */
export interface ModelSheet {
  name: string;
  readonly id: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly rows: RawSheet['rows'];
}

/** A range of a sheet: an A1 address, or the sheet's used range. */
export interface RangeNode {
  readonly kind: 'range';
  readonly sheet: ModelSheet;
  readonly address: string;
}

interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The 1-based bounds of the cells that hold something, or undefined for an empty sheet. */
export function usedBounds(sheet: ModelSheet): Bounds | undefined {
  let bounds: Bounds | undefined;
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || cell.kind === 'empty') return;
      bounds = bounds
        ? {
            top: Math.min(bounds.top, r + 1),
            left: Math.min(bounds.left, c + 1),
            bottom: Math.max(bounds.bottom, r + 1),
            right: Math.max(bounds.right, c + 1),
          }
        : { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
    }),
  );
  return bounds;
}

const column = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parse(address: string): Bounds {
  const [from = '', to = from] = address.replace(/\$/g, '').split(':');
  const cell = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/.exec(text);
    return { column: match?.[1] ? column(match[1]) : 0, row: match?.[2] ? Number(match[2]) : 0 };
  };
  const start = cell(from);
  const end = cell(to);
  return { top: start.row || 1, left: start.column || 1, bottom: end.row || 1_048_576, right: end.column || 16_384 };
}

function officeValue(cell: Cell | undefined, date1904: boolean): [unknown, string] {
  switch (cell?.kind) {
    case 'text':
      return [cell.text, 'String'];
    case 'number':
      return [cell.value, 'Double'];
    case 'date':
      return [localDateToSerial(cell.date, date1904), 'Double'];
    case 'boolean':
      return [cell.value, 'Boolean'];
    case 'error':
      return [cell.code, 'Error'];
    default:
      return ['', 'Empty'];
  }
}

/** Everything a load of the range may select, named as the response names it. */
export function queryRange(node: RangeNode, date1904: boolean): Record<string, unknown> {
  const bounds = node.address === 'used' ? usedBounds(node.sheet) : parse(node.address);
  if (!bounds) return {};
  const rows = Math.min(bounds.bottom, Math.max(bounds.top, node.sheet.rows.length)) - bounds.top + 1;
  const cells = Array.from({ length: Math.max(0, rows) }, (_, r) =>
    Array.from({ length: bounds.right - bounds.left + 1 }, (_, c) =>
      officeValue(node.sheet.rows[bounds.top - 1 + r]?.[bounds.left - 1 + c], date1904),
    ),
  );
  return {
    Address: `${node.sheet.name}!${a1(bounds.top, bounds.left)}:${a1(bounds.bottom, bounds.right)}`,
    RowIndex: bounds.top - 1,
    ColumnIndex: bounds.left - 1,
    RowCount: bounds.bottom - bounds.top + 1,
    ColumnCount: bounds.right - bounds.left + 1,
    Values: cells.map((row) => row.map(([value]) => value)),
    ValueTypes: cells.map((row) => row.map(([, type]) => type)),
    // The model keeps no formulas or formats: constants as their own formulas, every cell General.
    Formulas: cells.map((row) => row.map(([value]) => value)),
    NumberFormat: cells.map((row) => row.map(() => 'General')),
  };
}
