/**
 * 汇总's plan (SPEC §4 `merge`): the returned files' rows matched by 编号 against the ledger and
 * each other (mergeMatch.ts), the candidates checked in the ledger they would join
 * (mergeValidate.ts), and what to append below each table, with per-file counts, conflicts and
 * rejections for the user. Pure: the host appends the rows through the port, and the same returned
 * files merged into the result again add nothing (every row is then the same 编号 with the same
 * content, or a numbered contact that repeats one).
 */
import { matchKey } from '../cellText';
import type { LocalDate } from '../localDate';
import { findSheet, type RawWorkbook } from '../rawWorkbook';
import type { TableDef } from '../schema/columns';
import { figuresTable } from '../schema/index';
import type { WrittenValue } from './cellValues';
import {
  type Candidate,
  candidateValues,
  conflictOf,
  differingKeys,
  idKeyOf,
  type MergeConflict,
  rowsById,
  type Side,
} from './mergeMatch';
import { type MergeRejection, validateCandidates } from './mergeValidate';
import { MERGED_TABLES, type ReturnedTables } from './returnedFile';
import { type TableRow, type TableRows, tableRows, textOf } from './tableRows';

export type { MergeConflict, MergeRejection };

/** What one returned file brought. */
export interface MergeFileSummary {
  readonly file: string;
  /** The unit of a unit's copy. */
  readonly unit?: string;
  /** Rows added and skipped, by sheet. */
  readonly added: Readonly<Record<string, number>>;
  readonly skipped: Readonly<Record<string, number>>;
  /** 记录编号 given to its contacts that had none, in order. */
  readonly numbered: readonly string[];
  /** Its own columns that hold something (not ledger columns, so not merged). */
  readonly ignoredHeaders: readonly string[];
}

/** The plan: rows to append per table, and what the user is told. */
export interface MergePlan {
  readonly appends: ReadonlyArray<{
    readonly def: TableDef;
    readonly rows: ReadonlyArray<Record<string, WrittenValue>>;
  }>;
  readonly files: readonly MergeFileSummary[];
  /** Rows added, by sheet (sheets with none left out). */
  readonly added: Readonly<Record<string, number>>;
  readonly skipped: number;
  readonly conflicts: readonly MergeConflict[];
  readonly rejected: readonly MergeRejection[];
}

/** What a merge needs besides the files: the ledger's name as the user knows it, the day, the hidden columns. */
export interface MergeOptions {
  readonly ledgerFile: string;
  readonly today: LocalDate;
  /** 党外代表人士 column keys a unit's copy leaves empty (分发隐去列). */
  readonly hiddenFigureKeys: readonly string[];
}

const bump = (counts: Record<string, number>, sheet: string) => (counts[sheet] = (counts[sheet] ?? 0) + 1);

/** Plans the merge of the returned files into the ledger whose cells are `master` (already read as a ledger). */
export function mergePlan(master: RawWorkbook, returned: readonly ReturnedTables[], options: MergeOptions): MergePlan {
  const tables = new Map<string, TableRows>();
  for (const def of MERGED_TABLES) {
    const sheet = findSheet(master, def.sheet);
    const table = sheet && tableRows(sheet, def);
    if (table) tables.set(def.sheet, table);
  }
  const ids = new Map([...tables].map(([sheet, table]) => [sheet, rowsById(table)]));
  const seen = new Map<string, Map<string, { side: Side; row: TableRow }>>();
  const skipped = new Map<ReturnedTables, Record<string, number>>(returned.map((from) => [from, {}]));
  const candidates: Candidate[] = [];
  const conflicts: MergeConflict[] = [];
  for (const from of returned) {
    for (const table of from.tables) {
      const { def } = table;
      const side: Side = {
        file: from.file.name,
        csv: from.file.kind === 'csv',
        table,
        date1904: from.file.cells.date1904,
      };
      const masterTable = tables.get(def.sheet);
      const hidden = def === figuresTable ? options.hiddenFigureKeys : [];
      const earlier = seen.get(def.sheet) ?? new Map<string, { side: Side; row: TableRow }>();
      seen.set(def.sheet, earlier);
      for (const row of table.rows) {
        const id = matchKey(textOf(row, idKeyOf(def)));
        const candidate = { def, from, table, row, values: candidateValues(side, row), keyed: id !== '' };
        const inLedger = id === '' ? undefined : ids.get(def.sheet)?.get(id);
        const existing =
          inLedger && masterTable
            ? {
                side: { file: options.ledgerFile, csv: false, table: masterTable, date1904: master.date1904 },
                row: inLedger,
              }
            : id === ''
              ? undefined
              : earlier.get(id);
        if (!existing) {
          candidates.push(candidate);
          if (id !== '') earlier.set(id, { side, row });
          continue;
        }
        const keys = differingKeys(existing, { side, row }, hidden);
        if (keys.length === 0) bump(skipped.get(from) ?? {}, def.sheet);
        else conflicts.push(conflictOf(existing, { side, row }, keys));
      }
    }
  }
  const validated = validateCandidates(master, tables, candidates, options.today);
  for (const candidate of validated.repeats) bump(skipped.get(candidate.from) ?? {}, candidate.def.sheet);
  const added = new Map<ReturnedTables, Record<string, number>>(returned.map((from) => [from, {}]));
  const numbered = new Map<ReturnedTables, string[]>(returned.map((from) => [from, []]));
  const total: Record<string, number> = {};
  for (const { candidate, values } of validated.added) {
    bump(added.get(candidate.from) ?? {}, candidate.def.sheet);
    bump(total, candidate.def.sheet);
    if (!candidate.keyed) numbered.get(candidate.from)?.push(String(values[idKeyOf(candidate.def)]));
  }
  return {
    appends: MERGED_TABLES.map((def) => ({
      def,
      rows: validated.added.filter(({ candidate }) => candidate.def === def).map(({ values }) => values),
    })).filter(({ rows }) => rows.length > 0),
    files: returned.map((from) => ({
      file: from.file.name,
      ...(from.unit !== undefined ? { unit: from.unit } : {}),
      added: added.get(from) ?? {},
      skipped: skipped.get(from) ?? {},
      numbered: numbered.get(from) ?? [],
      ignoredHeaders: from.ignoredHeaders,
    })),
    added: total,
    skipped: [...skipped.values()].reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0),
    conflicts,
    rejected: validated.rejected.map(({ rejection }) => rejection),
  };
}
