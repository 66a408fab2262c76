import type {
  BorderEdge,
  OfficeConditionalFormat,
  OfficeRange,
  OfficeRangeFormat,
} from '../../../src/workbook/office/officeApi';
import { type FakeWorkbook, Loaded, notLoaded } from './fakeCore';
import { type Bounds, type FakeSheet, formatBounds, OfficeFakeError, parseAddress } from './fakeModel';

/**
 * A range of the fake Excel. Writes are commands run at sync: 2-D arrays must match the range's
 * shape (a 1×1 number format may cover a whole range, as Office.js documents), `null` leaves a cell
 * alone, and a string starting with = + - or @ written as a value into a cell not formatted as text
 * '@' becomes a formula, as Excel would make it. Formats are recorded per range, in order.
 */
type Target = { readonly sheet: FakeSheet; readonly bounds: Bounds } | null;

/** An object whose listed properties record their assignment and cannot be read back. */
function recorder<T extends object>(
  keys: readonly string[],
  onSet: (key: string, value: unknown) => void,
  extra: object = {},
): T {
  const target = { ...extra };
  for (const key of keys)
    Object.defineProperty(target, key, {
      set: (value: unknown) => onSet(key, value),
      get: () => {
        throw notLoaded(key);
      },
    });
  return target as T;
}

/**
 * A range's data validation: its rule, alert and blank setting recorded as they are set; `clear()`
 * recorded too; `load('rule,errorAlert')` reads back, for the range's top-left cell, what the last
 * settings covering it left (nothing after a clear), as Excel answers for a range of one rule.
 */
class FakeValidation extends Loaded {
  constructor(
    wb: FakeWorkbook,
    private readonly op: (property: string, value: unknown) => void,
    private readonly target: () => { sheet: FakeSheet; bounds: Bounds },
  ) {
    super(wb);
  }
  set rule(value: unknown) {
    this.op('rule', value);
  }
  get rule(): Excel.DataValidationRule {
    return this.get('rule');
  }
  set errorAlert(value: unknown) {
    this.op('errorAlert', value);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get('errorAlert');
  }
  set ignoreBlanks(value: unknown) {
    this.op('ignoreBlanks', value);
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  clear(): void {
    this.op('clear', undefined);
  }
  load(properties: string): this {
    return this.queueLoad(properties, (property) => {
      const { sheet, bounds } = this.target();
      let value: unknown = property === 'rule' ? {} : undefined;
      for (const entry of sheet.validations) {
        const area = parseAddress(entry.address);
        const covers =
          area.top <= bounds.top && bounds.top <= area.bottom && area.left <= bounds.left && bounds.left <= area.right;
        if (!covers) continue;
        if (entry.property === 'clear') value = property === 'rule' ? {} : undefined;
        else if (entry.property === property) value = entry.value;
      }
      return value;
    });
  }
}

export class FakeRange extends Loaded implements OfficeRange {
  readonly format: OfficeRangeFormat;
  readonly dataValidation: OfficeRange['dataValidation'];
  readonly conditionalFormats: OfficeRange['conditionalFormats'];

  constructor(
    wb: FakeWorkbook,
    private readonly resolve: () => Target,
  ) {
    super(wb, () => resolve() !== null);
    const formatOp = (property: string) => (value: unknown) =>
      wb.command({ [property]: value }, () => {
        const { sheet, bounds } = this.need();
        sheet.formatOps.push({ bounds, property, value, seq: ++wb.seq });
        if (property === 'rowHeight')
          for (let row = bounds.top; row <= bounds.bottom; row++) sheet.rowHeights.set(row, value as number);
        if (property === 'columnWidth')
          for (let column = bounds.left; column <= bounds.right; column++)
            sheet.columnWidths.set(column, value as number);
      });
    const font = recorder<OfficeRangeFormat['font']>(['name', 'size', 'bold', 'color', 'underline'], (key, value) =>
      formatOp(`font.${key}`)(value),
    );
    const fill = recorder<OfficeRangeFormat['fill']>(['color'], (_key, value) => formatOp('fill.color')(value));
    const borders = {
      getItem: (edge: BorderEdge) =>
        recorder<ReturnType<OfficeRangeFormat['borders']['getItem']>>(['style', 'weight', 'color'], (key, value) =>
          formatOp(`border.${edge}.${key}`)(value),
        ),
    };
    this.format = recorder<OfficeRangeFormat>(
      ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'rowHeight', 'columnWidth'],
      (key, value) => formatOp(key)(value),
      { font, fill, borders },
    );
    const validationOp = (property: string, value: unknown) =>
      wb.command({ [property]: value }, () => {
        const { sheet, bounds } = this.need();
        sheet.validations.push({ address: formatBounds(bounds), property, value });
      });
    this.dataValidation = new FakeValidation(wb, validationOp, () => this.need());
    this.conditionalFormats = {
      add: (type) => {
        const details: OfficeConditionalFormat = {
          dataBar: {
            lowerBoundRule: { type: 'Automatic' },
            upperBoundRule: { type: 'Automatic' },
            positiveFormat: { fillColor: '', gradientFill: true },
          },
          cellValue: {
            rule: { formula1: '', operator: 'Invalid' },
            format: { fill: { color: '' }, font: { color: '' } },
          },
        };
        wb.command({ type }, () => {
          const { sheet, bounds } = this.need();
          sheet.conditionalFormats.push({ address: formatBounds(bounds), type, details });
        });
        return details;
      },
    };
  }

  need(): { sheet: FakeSheet; bounds: Bounds } {
    const target = this.resolve();
    if (!target) throw new OfficeFakeError('ItemNotFound', 'null object');
    return target;
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(matrix: unknown[][]) {
    this.write('values', matrix);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.write('numberFormat', matrix);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.write('formulas', matrix);
  }

  load(properties: string): this {
    return this.queueLoad(properties, (property) => {
      const { sheet, bounds } = this.need();
      const grid = <T>(cell: (row: number, column: number) => T): T[][] =>
        Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, r) =>
          Array.from({ length: bounds.right - bounds.left + 1 }, (_, c) => cell(bounds.top + r, bounds.left + c)),
        );
      switch (property) {
        case 'values':
          return grid((row, column) => sheet.shown(row, column).value);
        case 'valueTypes':
          return grid((row, column) => sheet.shown(row, column).type);
        case 'formulas':
          // A formula as typed; a constant as its value; an error as its text; empty as ''.
          return grid((row, column) => {
            const cell = sheet.peek(row, column);
            return cell?.formula ?? cell?.error ?? cell?.value ?? '';
          });
        case 'numberFormat':
          return grid((row, column) => sheet.numberFormatAt(row, column));
        case 'rowIndex':
          return bounds.top - 1;
        case 'columnIndex':
          return bounds.left - 1;
        case 'rowCount':
          return bounds.bottom - bounds.top + 1;
        case 'columnCount':
          return bounds.right - bounds.left + 1;
        case 'address':
          return `'${sheet.name}'!${formatBounds(bounds)}`;
        default:
          throw new Error(`the fake cannot load ${property}`);
      }
    });
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): OfficeRange {
    return new FakeRange(this.wb, () => {
      const target = this.resolve();
      const bounds = target?.sheet.used(valuesOnly, target.bounds);
      return target && bounds ? { sheet: target.sheet, bounds } : null;
    });
  }

  merge(across: boolean): void {
    this.wb.command({ merge: across }, () => {
      const { sheet, bounds } = this.need();
      // Across: each row of the range becomes a merged area of its own, as Excel's "Merge Across".
      const rows = across ? bounds.bottom - bounds.top + 1 : 1;
      for (let r = 0; r < rows; r++)
        sheet.merges.push(formatBounds(across ? { ...bounds, top: bounds.top + r, bottom: bounds.top + r } : bounds));
    });
  }

  /** The fake keeps nothing between syncs: untracking changes nothing. */
  untrack(): this {
    return this;
  }

  select(): void {
    this.wb.command({ select: true }, () => {
      const { sheet, bounds } = this.need();
      if (this.wb.active !== sheet.name)
        throw new OfficeFakeError('InvalidOperation', 'select() on a sheet that is not active');
      this.wb.selected = { sheet: sheet.name, address: formatBounds(bounds) };
    });
  }

  private write(property: 'values' | 'numberFormat' | 'formulas', matrix: unknown[][]): void {
    const wb = this.wb;
    wb.command({ [property]: matrix }, () => {
      const { sheet, bounds } = this.need();
      const rows = bounds.bottom - bounds.top + 1;
      const columns = bounds.right - bounds.left + 1;
      if (property === 'numberFormat' && matrix.length === 1 && matrix[0]?.length === 1 && rows * columns > 1) {
        sheet.formatOps.push({ bounds, property, value: matrix[0][0], seq: ++wb.seq });
        return;
      }
      if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
        throw new OfficeFakeError(
          'InvalidArgument',
          `${property}: ${matrix.length}×${matrix[0]?.length ?? 0} array for ${formatBounds(bounds)}`,
        );
      }
      matrix.forEach((values, r) =>
        values.forEach((value, c) => {
          if (value === null || value === undefined) return;
          const row = bounds.top + r;
          const column = bounds.left + c;
          const cell = sheet.cell(row, column);
          cell.history.push(`${property}:${String(value)}`);
          if (property === 'numberFormat') {
            cell.numberFormat = { value: String(value), seq: ++wb.seq };
            return;
          }
          cell.error = undefined;
          cell.valueSeq = ++wb.seq;
          const interpreted =
            typeof value === 'string' &&
            /^[=+\-@]/.test(value) &&
            (property === 'formulas' ? value.startsWith('=') : sheet.numberFormatAt(row, column) !== '@');
          cell.formula = interpreted ? (value as string) : undefined;
          cell.value = interpreted || value === '' ? undefined : (value as string | number | boolean);
        }),
      );
    });
  }
}
