import { localDateToSerial, type LocalDate } from '../../../src/core/localDate';
import type {
  OfficeContext,
  OfficeFunctionResult,
  OfficePageLayout,
  OfficeRange,
  OfficeRangeAreas,
  OfficeRun,
  OfficeSetting,
  OfficeTable,
  OfficeTables,
  OfficeWorkbook,
  OfficeWorksheet,
  OfficeWorksheets,
} from '../../../src/workbook/office/officeApi';
import { FakeWorkbook, Loaded, size } from './fakeCore';
import { FakeSheet, type FakeTable, OfficeFakeError, parseAddress } from './fakeModel';
import { FakeRange } from './fakeRange';

/**
 * A typed fake of exactly the Excel calls the adapter makes (officeApi.ts): `runIn(workbook)` stands
 * in for Excel.run. Loads and commands are queued and run at sync() (fakeCore.ts); ranges record
 * what is written to their cells (fakeRange.ts).
 */
export { FakeWorkbook };

export function contextOf(wb: FakeWorkbook): OfficeContext {
  return { workbook: new FakeWorkbookProxy(wb), sync: () => wb.sync() };
}

export const runIn =
  (wb: FakeWorkbook): OfficeRun =>
  (batch) =>
    batch(contextOf(wb));

type SheetRef = () => FakeSheet | undefined;

class FakeWorkbookProxy implements OfficeWorkbook {
  readonly worksheets: OfficeWorksheets;
  readonly tables: OfficeWorkbook['tables'];
  readonly settings: OfficeWorkbook['settings'];
  readonly functions: OfficeWorkbook['functions'];
  readonly application: OfficeWorkbook['application'];
  constructor(private readonly wb: FakeWorkbook) {
    this.worksheets = new FakeWorksheets(wb);
    this.tables = new FakeTables(wb, undefined);
    this.settings = {
      getItemOrNullObject: (key) => new FakeSetting(wb, key),
      add: (key, value) => wb.command({ key, value }, () => wb.settings.set(key, value)),
    };
    this.functions = { date: (year, month, day) => new FakeFunctionResult(wb, [year, month, day]) };
    this.application = { suspendApiCalculationUntilNextSync: () => (wb.suspendPending = true) };
  }
  getSelectedRanges(): OfficeRangeAreas {
    const wb = this.wb;
    const selection = () => {
      if (!wb.selection) throw new OfficeFakeError('InvalidSelection', 'nothing selected');
      return wb.selection;
    };
    const sheet = new FakeWorksheet(wb, () => wb.find(selection().sheet), 'byName');
    const areas = {
      items: [] as OfficeRange[],
      load: (properties: string) => {
        wb.load(() => {
          const found = selection().areas.map((bounds) => {
            const range = new FakeRange(wb, () => ({ sheet: wb.sheet(selection().sheet), bounds }));
            range.preload('rowIndex', bounds.top - 1).preload('rowCount', bounds.bottom - bounds.top + 1);
            return range;
          });
          return { response: size(properties), publish: () => (areas.items = found) };
        });
        return areas;
      },
    };
    return { areas, worksheet: sheet };
  }
}

class FakeSetting extends Loaded implements OfficeSetting {
  constructor(
    wb: FakeWorkbook,
    private readonly key: string,
  ) {
    super(wb, () => wb.settings.has(key));
  }
  get value(): unknown {
    return this.get('value');
  }
  load(properties: string): this {
    return this.queueLoad(properties, () => this.wb.settings.get(this.key));
  }
}

class FakeFunctionResult extends Loaded implements OfficeFunctionResult {
  constructor(
    wb: FakeWorkbook,
    private readonly ymd: [number, number, number],
  ) {
    super(wb);
  }
  get value(): number {
    return this.get('value');
  }
  get error(): string {
    return this.get('error');
  }
  load(properties: string): this {
    const [y, m, d] = this.ymd;
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as LocalDate;
    return this.queueLoad(properties, (p) =>
      p === 'error' ? '' : localDateToSerial(iso) - (this.wb.date1904 ? 1462 : 0),
    );
  }
}

class FakeWorksheets extends Loaded implements OfficeWorksheets {
  constructor(wb: FakeWorkbook) {
    super(wb);
  }
  get items(): OfficeWorksheet[] {
    return this.get('items');
  }
  load(properties: string): this {
    return this.queueLoad(properties, () =>
      this.wb.sheets.map((sheet) =>
        new FakeWorksheet(this.wb, () => this.wb.find(sheet.name), 'byName')
          .preload('name', sheet.name)
          .preload('visibility', sheet.visibility),
      ),
    );
  }
  getItem(name: string): OfficeWorksheet {
    return new FakeWorksheet(this.wb, () => this.wb.find(name), 'byName', name);
  }
  getItemOrNullObject(name: string): OfficeWorksheet {
    return new FakeWorksheet(this.wb, () => this.wb.find(name), 'orNull');
  }
  getActiveWorksheet(): OfficeWorksheet {
    return new FakeWorksheet(this.wb, () => this.wb.find(this.wb.active ?? ''), 'byName');
  }
  add(name: string): OfficeWorksheet {
    this.wb.command({ add: name }, () => {
      if (this.wb.find(name)) throw new OfficeFakeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      this.wb.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.wb, () => this.wb.find(name), 'byName', name);
  }
}

export class FakeWorksheet extends Loaded implements OfficeWorksheet {
  readonly tables: OfficeTables;
  readonly freezePanes: OfficeWorksheet['freezePanes'];
  readonly pageLayout: OfficePageLayout;
  /** Resolves for a command: a missing sheet fails the sync (getItem), or is a null object (getItemOrNullObject). */
  readonly target: () => FakeSheet | null;
  constructor(wb: FakeWorkbook, ref: SheetRef, mode: 'byName' | 'orNull', label = '') {
    super(wb, () => ref() !== undefined);
    this.target = () => {
      const sheet = ref();
      if (sheet) return sheet;
      if (mode === 'orNull' && wb.nullChaining === 'propagate') return null;
      throw new OfficeFakeError('ItemNotFound', `The requested resource doesn't exist (${label || 'sheet'}).`);
    };
    const on = (args: object, apply: (sheet: FakeSheet) => void) => wb.command(args, () => apply(this.need()));
    this.tables = new FakeTables(wb, this);
    this.freezePanes = {
      freezeRows: (rows) => on({ rows }, (s) => (s.freeze = { rows })),
      freezeColumns: (columns) => on({ columns }, (s) => (s.freeze = { columns })),
      freezeAt: (at) => on({ at }, (s) => (s.freeze = { at })),
    };
    const page = {} as OfficePageLayout;
    for (const key of [
      'paperSize',
      'orientation',
      'leftMargin',
      'rightMargin',
      'topMargin',
      'bottomMargin',
      'headerMargin',
      'footerMargin',
      'centerHorizontally',
      'zoom',
    ] as const) {
      Object.defineProperty(page, key, { set: (value: unknown) => on({ [key]: value }, (s) => (s.page[key] = value)) });
    }
    page.setPrintArea = (address) => on({ address }, (s) => (s.page.printArea = address));
    page.setPrintTitleRows = (address) => on({ address }, (s) => (s.page.printTitleRows = address));
    this.pageLayout = page;
  }
  need(): FakeSheet {
    const sheet = this.target();
    if (!sheet) throw new OfficeFakeError('ItemNotFound', 'null object');
    return sheet;
  }
  get name(): string {
    return this.get('name');
  }
  /** A rename; Excel refuses a name another sheet has (compared case-insensitively). */
  set name(name: string) {
    this.wb.command({ rename: name }, () => {
      const sheet = this.need();
      const other = this.wb.find(name);
      if (other && other !== sheet) throw new OfficeFakeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      sheet.name = name;
    });
  }
  get visibility(): OfficeWorksheet['visibility'] {
    return this.get('visibility');
  }
  set tabColor(color: string) {
    this.wb.command({ color }, () => (this.need().tabColor = color));
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  load(properties: string): this {
    return this.queueLoad(properties, () => this.need().name);
  }
  getRange(address: string): OfficeRange {
    return new FakeRange(this.wb, () => {
      const sheet = this.target();
      return sheet ? { sheet, bounds: parseAddress(address) } : null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly: boolean): OfficeRange {
    return new FakeRange(this.wb, () => {
      const sheet = this.target();
      const bounds = sheet?.used(valuesOnly);
      return sheet && bounds ? { sheet, bounds } : null;
    });
  }
  activate(): void {
    this.wb.command({ activate: true }, () => (this.wb.active = this.need().name));
  }
  delete(): void {
    this.wb.command({ delete: true }, () => {
      const sheet = this.need();
      if (this.wb.sheets.every((other) => other === sheet || other.visibility !== 'Visible'))
        throw new OfficeFakeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.wb.sheets.splice(this.wb.sheets.indexOf(sheet), 1);
      for (let i = this.wb.tables.length - 1; i >= 0; i--)
        if (this.wb.tables[i]?.sheet === sheet) this.wb.tables.splice(i, 1);
    });
  }
}

class FakeTables extends Loaded implements OfficeTables {
  constructor(
    wb: FakeWorkbook,
    private readonly owner: FakeWorksheet | undefined,
  ) {
    super(wb);
  }
  private all(): FakeTable[] {
    return this.wb.tables.filter((table) => !this.owner || table.sheet === this.owner.need());
  }
  get items(): OfficeTable[] {
    return this.get('items');
  }
  load(properties: string): this {
    return this.queueLoad(properties, () =>
      this.all().map((table) => new FakeTableProxy(this.wb, () => table).preload('name', table.name)),
    );
  }
  getItem(name: string): OfficeTable {
    return new FakeTableProxy(this.wb, () => {
      const found = this.wb.tables.find((table) => table.name === name);
      if (!found) throw new OfficeFakeError('ItemNotFound', `no table ${name}`);
      return found;
    });
  }
  add(address: string, hasHeaders: boolean): OfficeTable {
    let created: FakeTable | undefined;
    this.wb.command({ address, hasHeaders }, () => {
      const sheet = this.owner?.need() as FakeSheet;
      created = { name: `Table${this.wb.tables.length + 1}`, sheet, bounds: parseAddress(address) };
      this.wb.tables.push(created);
    });
    return new FakeTableProxy(this.wb, () => created as FakeTable);
  }
}

class FakeTableProxy extends Loaded implements OfficeTable {
  constructor(
    wb: FakeWorkbook,
    private readonly table: () => FakeTable,
  ) {
    super(wb);
  }
  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.wb.command({ name }, () => {
      if (this.wb.tables.some((t) => t.name === name)) throw new OfficeFakeError('ItemAlreadyExists', `table ${name}`);
      this.table().name = name;
    });
  }
  get style(): string {
    return this.get('style');
  }
  set style(style: string) {
    this.wb.command({ style }, () => (this.table().style = style));
  }
  getRange(): OfficeRange {
    return new FakeRange(this.wb, () => ({ sheet: this.table().sheet, bounds: this.table().bounds }));
  }
  resize(address: string): void {
    this.wb.command({ address }, () => (this.table().bounds = parseAddress(address)));
  }
}
