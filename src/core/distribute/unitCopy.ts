/**
 * One unit's copy of the ledger as data (SPEC §4 `split`): the rows its share holds, cell by cell
 * as the master has them, with the 党外代表人士 columns named in 分发隐去列 left empty, all of
 * 设置 (plus 分发单位 and 分发日期, by which 汇总 knows the copy when it comes back) and every
 * table no person is in (学期, and whatever later schema versions add), and its own 说明 sheet.
 * Hosts write it as a new workbook from the ledger template, never as the master with rows deleted.
 */
import { matchKey } from '../cellText';
import { type Failure, failure } from '../failures';
import type { LocalDate } from '../localDate';
import type { Settings } from '../ledger/model';
import { err, ok, type Result } from '../result';
import { figuresTable, LEDGER_TABLES, settingsTable } from '../schema/index';
import type { Column } from '../schema/columns';
import type { SheetSpec } from '../sheet/sheetSpec';
import type { LedgerContent } from '../template/ledgerTemplate';
import { writtenValue, type WrittenValue } from './cellValues';
import type { SplitPlan, UnitShare } from './splitPlan';
import { cellOf, type TableRow, textOf } from './tableRows';
import { unitFileName } from './unitFileName';
import { unitGuideSheet } from './unitGuide';

/** The 设置 keys a copy carries so that 汇总 knows whose it is. */
export const DISTRIBUTED_UNIT_KEY = '分发单位';
export const DISTRIBUTED_ON_KEY = '分发日期';

/** A unit's copy: its file name, its rows by table, its 说明 sheet, and what it holds. */
export interface UnitCopy {
  readonly unit: string;
  readonly fileName: string;
  readonly content: LedgerContent;
  readonly guide: SheetSpec;
  readonly counts: Readonly<Record<'leaders' | 'figures' | 'pairings' | 'contacts' | 'followUps', number>>;
}

/** The 党外代表人士 column keys 分发隐去列 names; a required column cannot be hidden (the copy would not read). */
export function hiddenFigureColumns(
  settings: Settings,
): Result<{ readonly keys: readonly string[]; readonly headers: readonly string[] }, Failure> {
  const columns = Object.entries(figuresTable.columns) as Array<[string, Column]>;
  const found = settings.hiddenInCopies.flatMap((header) => {
    const entry = columns.find(([, column]) => matchKey(column.header) === matchKey(header));
    return entry ? [entry] : [];
  });
  const required = found.filter(([, column]) => column.required).map(([, column]) => column.header);
  if (required.length > 0) return err(failure('splitHidesRequired', { headers: required }));
  return ok({ keys: found.map(([key]) => key), headers: found.map(([, column]) => column.header) });
}

/** What a copy needs besides the plan: the day, the settings and the hidden columns. */
export interface CopyOptions {
  readonly today: LocalDate;
  readonly date1904: boolean;
  readonly settings: Settings;
  readonly hidden: { readonly keys: readonly string[]; readonly headers: readonly string[] };
}

/** A unit's copy as data, from the plan of the whole ledger. */
export function unitCopy(plan: SplitPlan, share: UnitShare, options: CopyOptions): UnitCopy {
  const valuesOf = (row: TableRow, columns: Readonly<Record<string, Column>>, hide: readonly string[] = []) => {
    const values: Record<string, WrittenValue> = {};
    for (const [key, column] of Object.entries(columns))
      if (!hide.includes(key)) values[key] = writtenValue(cellOf(row, key), column, options.date1904);
    return values;
  };
  const content: Record<string, Array<Record<string, WrittenValue>>> = {};
  for (const def of LEDGER_TABLES) {
    const table = plan.tables.get(def.sheet);
    const chosen = share.rows.get(def.sheet);
    const keep = chosen ? new Set(chosen) : undefined;
    const rows = (table?.rows ?? []).filter((row) => keep === undefined || keep.has(row.row));
    const hide = def === figuresTable ? options.hidden.keys : [];
    content[def.sheet] = rows.map((row) => valuesOf(row, def.columns, hide));
  }
  content['单位'] = [...(content['单位'] ?? []), ...share.namedUnits.map((name) => ({ name }))];
  const distributed = new Set([DISTRIBUTED_UNIT_KEY, DISTRIBUTED_ON_KEY].map(matchKey));
  content['设置'] = [
    ...(plan.tables.get('设置')?.rows ?? [])
      .filter((row) => !distributed.has(matchKey(textOf(row, 'key'))))
      .map((row) => valuesOf(row, settingsTable.columns)),
    { key: DISTRIBUTED_UNIT_KEY, value: share.unit, note: '本文件分发给的单位：汇总时据此核对，请勿修改' },
    { key: DISTRIBUTED_ON_KEY, value: options.today, note: '统战部分发本文件的日期，请勿修改' },
  ];
  const count = (sheet: string) => content[sheet]?.length ?? 0;
  return {
    unit: share.unit,
    fileName: unitFileName(share.unit),
    content,
    guide: unitGuideSheet({
      schoolName: options.settings.schoolName,
      unit: share.unit,
      on: options.today,
      hidden: options.hidden.headers,
      pairings: count('结对关系'),
      contacts: count('联系记录'),
    }),
    counts: {
      leaders: count('领导干部'),
      figures: count('党外代表人士'),
      pairings: count('结对关系'),
      contacts: count('联系记录'),
      followUps: count('意见办理'),
    },
  };
}
