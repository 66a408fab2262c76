/**
 * The other end of Office.js's client library in the request-size tests: a small model of a
 * workbook that answers each sync's request body as Excel would, closely enough for the add-in to
 * carry on. It knows sheets (name, id, visibility, the cells a read loads), the add-in's settings,
 * table names, the selection, DATE, and the references the library asks Excel to keep: every Range
 * made inside Excel.run is kept (`_KeepReference`) and answered with a `_ReferenceId`, which the
 * library releases in the clean-up request Excel.run sends at its end. It refuses what Excel
 * refuses and the add-in must not do: a sheet name taken, too long or with forbidden characters, a
 * missing sheet, deleting the last visible sheet, a row taller than 409 points, a request over 5 MB.
 * Written cells are not kept: the fake of test/unit/office checks contents; this checks the wire.
 */
import { localDateToSerial } from '../../src/core/localDate';
import type { RawWorkbook } from '../../src/core/rawWorkbook';
import { LibraryModel, type Node } from './clientLibraryModel';
import { type ModelSheet, queryRange } from './clientLibraryRanges';
import {
  ACTION,
  argumentsOf,
  type WireAction,
  WireError,
  wireName,
  type WireRequest,
  type WireResponse,
  type WireResult,
} from './clientLibraryWire';

/** Excel on the web's request cap: 5 MB. */
export const REQUEST_CAP = 5 * 1024 * 1024;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

export class LibraryWorkbook extends LibraryModel {
  date1904 = false;

  /** A workbook holding these sheets' cells (a ledger to read), or one empty sheet. */
  constructor(cells: RawWorkbook = { sheets: [{ name: 'Sheet1', rows: [] }], date1904: false }) {
    super();
    this.date1904 = cells.date1904;
    for (const sheet of cells.sheets) this.sheets.push(this.newSheet(sheet.name, sheet.rows));
  }

  /** Adds a sheet as a user would have it (e.g. an earlier 覆盖检查), without an event. */
  addSheet(name: string, visibility: ModelSheet['visibility'] = 'Visible'): void {
    this.sheets.push({ ...this.newSheet(name, []), visibility });
  }

  /** Answers one request body; an action Excel would refuse stops the batch with its error code. */
  respond(request: WireRequest, bytes: number): WireResponse {
    if (bytes > REQUEST_CAP) return this.refusal([], 'RequestPayloadSizeLimitExceeded', `${bytes} bytes`, 0);
    const kept = new Set(
      request.Actions.filter((action) => action.ActionType === ACTION.method && action.Name === '_KeepReference').map(
        (action) => action.ObjectPathId,
      ),
    );
    const nodes = new Map<number, Node>();
    const references = new Map<number, string>();
    const results: WireResult[] = [];
    const resolve = (id: number): Node => {
      const known = nodes.get(id);
      if (known) return known;
      const path = request.ObjectPaths[String(id)];
      if (!path) throw new WireError('InvalidObjectPath', `no object path ${id}`);
      const node = this.node(
        path,
        path.ParentObjectPathId === undefined ? undefined : resolve(path.ParentObjectPathId),
      );
      nodes.set(id, node);
      return node;
    };
    for (const [index, action] of request.Actions.entries()) {
      try {
        const node = resolve(action.ObjectPathId);
        const value =
          action.ActionType === ACTION.instantiate && kept.has(action.ObjectPathId)
            ? this.keep(node, references, action.ObjectPathId)
            : this.act(action, node);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        if (!(error instanceof WireError)) throw error;
        return this.refusal(results, error.code, error.message, index);
      }
    }
    return { Results: results };
  }

  private refusal(results: WireResult[], code: string, message: string, index: number): WireResponse {
    return { Results: results, Error: { Code: code, Message: message, Location: '', ActionIndex: index } };
  }

  /** One action on the object it names: the value of its result, if it has one. */
  private act(action: WireAction, node: Node): unknown {
    switch (action.ActionType) {
      case ACTION.instantiate:
        return node.kind === 'null' ? null : node.kind === 'sheet' ? { Id: node.sheet.id } : {};
      case ACTION.query:
        return this.query(node, action.QueryInfo?.Select ?? []);
      case ACTION.method:
        return this.call(node, action.Name, argumentsOf(action));
      case ACTION.setProperty:
        this.set(node, action.Name, argumentsOf(action)[0]);
        return undefined;
      default:
        return undefined;
    }
  }

  /** A kept object's instantiation: Excel answers with the reference the library later releases (one per path). */
  private keep(node: Node, references: Map<number, string>, path: number): unknown {
    if (node.kind === 'null') return null;
    const id =
      references.get(path) ?? `{${String(this.nextId++).padStart(8, '0')}-5E1F-4C3A-9D2B-6A7C8E9F0A1B}{${this.nextId}}`;
    references.set(path, id);
    this.references.set(id, node);
    return { _ReferenceId: id };
  }

  private call(node: Node, name: string, args: readonly unknown[]): unknown {
    if (node.kind === 'root' && name === '_RemoveReference') this.references.delete(String(args[0]));
    if (node.kind === 'sheet' && name === 'Delete') {
      const visible = this.sheets.filter((sheet) => sheet.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === node.sheet)
        throw new WireError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      this.sheets.splice(this.sheets.indexOf(node.sheet), 1);
      this.events.push(`delete ${node.sheet.name}`);
    }
    return undefined;
  }

  private set(node: Node, property: string, value: unknown): void {
    if (node.kind === 'sheet' && property === 'Name') {
      const name = this.checkName(value, node.sheet);
      this.events.push(`rename ${node.sheet.name}→${name}`);
      node.sheet.name = name;
    }
    if (node.kind === 'sheet' && property === 'Visibility') node.sheet.visibility = value as ModelSheet['visibility'];
    if (node.kind === 'format' && property === 'RowHeight' && Number(value) > MAX_ROW_HEIGHT)
      throw new WireError('InvalidArgument', `row height ${String(value)}`);
    if (node.kind === 'other' && property === 'Name' && typeof value === 'string') this.tables.add(value);
  }

  private query(node: Node, select: readonly string[]): unknown {
    const pick = (all: Record<string, unknown>) =>
      Object.fromEntries(select.map((property) => [wireName(property), all[wireName(property)]]));
    switch (node.kind) {
      case 'null':
        return null;
      case 'worksheets':
        return { _Items: this.sheets.map((sheet) => ({ ...pick(sheetValue(sheet)), Id: sheet.id })) };
      case 'sheet':
        return { ...pick(sheetValue(node.sheet)), Id: node.sheet.id };
      case 'tables':
        return { _Items: [...this.tables].map((name, index) => ({ ...pick({ Name: name }), Id: String(index + 1) })) };
      case 'setting':
        return pick({ Key: node.key, Value: this.settings.get(node.key) });
      case 'date': {
        const [year = 1900, month = 1, day = 1] = node.args;
        const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        return pick({
          Value: localDateToSerial(date as Parameters<typeof localDateToSerial>[0], this.date1904),
          Error: null,
        });
      }
      case 'areas': {
        const selection = this.selection;
        const areas = selection && !('refused' in selection) ? selection.areas : [];
        return { _Items: areas.map((area) => pick({ RowIndex: area.rowIndex, RowCount: area.rowCount })) };
      }
      case 'range':
        return pick(queryRange(node, this.date1904));
      default:
        return {};
    }
  }
}

const sheetValue = (sheet: ModelSheet): Record<string, unknown> => ({
  Name: sheet.name,
  Id: sheet.id,
  Visibility: sheet.visibility,
});
