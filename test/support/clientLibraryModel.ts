/**
 * The state behind the client-library responder (clientLibraryWorkbook.ts) and how a request's
 * object paths reach into it: the workbook, its sheets (by name, by id, as a null object), ranges,
 * settings, DATE, the selection. Adding a sheet is a path of its own (`worksheets.add(name)`), so it
 * happens here, with Excel's refusals of a bad or taken name.
 */
import type { ModelSheet, RangeNode } from './clientLibraryRanges';
import { argumentsOf, PATH, WireError, type WireObjectPath } from './clientLibraryWire';
import { usedBounds } from './clientLibraryRanges';

/** What an object path reaches. */
export type Node =
  | { readonly kind: 'root' | 'worksheets' | 'tables' | 'settings' | 'functions' | 'selection' | 'other' | 'null' }
  | { readonly kind: 'sheet'; readonly sheet: ModelSheet }
  | RangeNode
  | { readonly kind: 'format'; readonly range: RangeNode }
  | { readonly kind: 'setting'; readonly key: string }
  | { readonly kind: 'date'; readonly args: readonly number[] }
  | { readonly kind: 'areas'; readonly sheet: ModelSheet };

/** What the selection is: rows of a sheet, or a refusal (a chart or a shape selected). */
export type ModelSelection =
  { sheet: string; areas: Array<{ rowIndex: number; rowCount: number }> } | { refused: string };

const FORBIDDEN = /[:\\/?*[\]]/;
const fold = (name: string): string => name.toUpperCase();

/** Sheets, settings, tables, the selection and the references Excel keeps for the library. */
export class LibraryModel {
  readonly sheets: ModelSheet[] = [];
  readonly settings = new Map<string, string>();
  readonly tables = new Set<string>();
  /** Sheet-level events in order ('add X', 'delete X', 'rename X→Y'), to check the order of a replacement. */
  readonly events: string[] = [];
  /** References the library asked Excel to keep and has not released yet. */
  readonly references = new Map<string, Node>();
  selection: ModelSelection | undefined;
  protected nextId = 1;

  protected newSheet(name: string, rows: ModelSheet['rows']): ModelSheet {
    const id = `{${String(this.nextId++).padStart(8, '0')}-0001-0000-0000-000000000000}`;
    return { name, id, visibility: 'Visible', rows };
  }

  protected sheetNamed(name: unknown): ModelSheet | undefined {
    const wanted = fold(String(name).trim());
    return this.sheets.find((sheet) => fold(sheet.name) === wanted || sheet.id === name);
  }

  protected checkName(name: unknown, except?: ModelSheet): string {
    const text = String(name);
    if (text.length === 0 || text.length > 31 || FORBIDDEN.test(text) || /^'|'$/.test(text))
      throw new WireError('InvalidArgument', `sheet name ${JSON.stringify(text)}`);
    const other = this.sheetNamed(text);
    if (other && other !== except) throw new WireError('ItemAlreadyExists', text);
    return text;
  }

  /** The object a path reaches; adding a sheet (a path of its own) happens here, once per request. */
  protected node(path: WireObjectPath, parent: Node | undefined): Node {
    const args = argumentsOf(path);
    const [first] = args;
    switch (path.ObjectPathType) {
      case PATH.global:
        return { kind: 'root' };
      case PATH.nullObject:
        return { kind: 'null' };
      case PATH.referenceId: {
        const node = this.references.get(path.Name);
        if (!node) throw new WireError('InvalidObjectPath', `reference ${path.Name} released`);
        return node;
      }
      case PATH.property:
        return this.property(parent, path.Name);
      case PATH.indexer:
        if (parent?.kind === 'worksheets') return this.existing(first);
        return { kind: 'other' };
      case PATH.method:
        return this.method(parent, path.Name, args);
      default:
        return { kind: 'other' };
    }
  }

  private existing(name: unknown): Node {
    const sheet = this.sheetNamed(name);
    if (!sheet) throw new WireError('ItemNotFound', `sheet ${String(name)}`);
    return { kind: 'sheet', sheet };
  }

  private property(parent: Node | undefined, name: string): Node {
    if (parent?.kind === 'root') {
      const kinds = {
        Worksheets: 'worksheets',
        Tables: 'tables',
        Settings: 'settings',
        Functions: 'functions',
      } as const;
      return { kind: kinds[name as keyof typeof kinds] ?? 'other' };
    }
    if (parent?.kind === 'range' && name === 'Format') return { kind: 'format', range: parent };
    if (parent?.kind === 'selection' && name === 'Areas') return this.selectedSheet('areas');
    if (parent?.kind === 'selection' && name === 'Worksheet') return this.selectedSheet('sheet');
    return { kind: 'other' };
  }

  private selectedSheet(kind: 'areas' | 'sheet'): Node {
    const selection = this.selection ?? { sheet: this.sheets[0]?.name ?? '', areas: [] };
    if ('refused' in selection) throw new WireError(selection.refused, 'the selection is not a range');
    const sheet = this.sheetNamed(selection.sheet);
    return sheet ? { kind, sheet } : { kind: 'null' };
  }

  private method(parent: Node | undefined, name: string, args: readonly unknown[]): Node {
    const [first, second] = args;
    if (parent?.kind === 'worksheets') {
      if (name === 'Add') {
        const sheet = this.newSheet(this.checkName(first), []);
        this.sheets.push(sheet);
        this.events.push(`add ${sheet.name}`);
        return { kind: 'sheet', sheet };
      }
      if (name === 'GetItem') return this.existing(first);
      if (name === 'GetItemOrNullObject') {
        const sheet = this.sheetNamed(first);
        return sheet ? { kind: 'sheet', sheet } : { kind: 'null' };
      }
      if (name === 'GetActiveWorksheet') {
        const sheet = this.sheets.find((candidate) => candidate.visibility === 'Visible');
        return sheet ? { kind: 'sheet', sheet } : { kind: 'null' };
      }
    }
    if (parent?.kind === 'sheet') {
      if (name === 'GetRange') return { kind: 'range', sheet: parent.sheet, address: String(first ?? '') };
      if (name === 'GetUsedRangeOrNullObject' || name === 'GetUsedRange')
        return usedBounds(parent.sheet) ? { kind: 'range', sheet: parent.sheet, address: 'used' } : { kind: 'null' };
    }
    if (parent?.kind === 'settings') {
      if (name === 'Add') this.settings.set(String(first), String(second));
      if (name === 'GetItemOrNullObject' && !this.settings.has(String(first))) return { kind: 'null' };
      return { kind: 'setting', key: String(first) };
    }
    if (parent?.kind === 'functions' && name === 'Date') return { kind: 'date', args: args.map(Number) };
    if (parent?.kind === 'root' && name === 'GetSelectedRanges') {
      this.selectedSheet('sheet'); // a refused selection fails here, as Excel fails the whole call
      return { kind: 'selection' };
    }
    return { kind: 'other' };
  }
}
