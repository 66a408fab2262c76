/**
 * The ledger 汇总 would make, for checking it before anything is written: the ledger's cells with
 * the candidate rows below their tables — at the rows the memory host will append them to — and
 * the 记录编号 the contacts without one get (the next free ones of today's year, in order).
 */
import type { Cell } from '../cell';
import { matchKey } from '../cellText';
import { nextContactId } from '../entry/contactEntry';
import { lastUsedRow } from '../headerRow';
import type { LocalDate } from '../localDate';
import type { RawWorkbook } from '../rawWorkbook';
import { contactsTable } from '../schema/index';
import { writtenCell, type WrittenValue } from './cellValues';
import type { Candidate } from './mergeMatch';
import type { TableRows } from './tableRows';

/** 记录编号 for the contacts without one: the next free ones of today's year, in order. */
export function numbered(
  live: readonly Candidate[],
  masterIds: ReadonlySet<string>,
  today: LocalDate,
): Map<Candidate, string> {
  const taken = new Set(masterIds);
  for (const candidate of live)
    if (candidate.keyed && candidate.def === contactsTable)
      taken.add(matchKey(String(candidate.values.contactId ?? '')));
  const ids = new Map<Candidate, string>();
  const first = /^(C\d{4}-)(\d+)$/.exec(nextContactId(taken, today));
  let next = Number(first?.[2] ?? 1);
  for (const candidate of live)
    if (!candidate.keyed && candidate.def === contactsTable) {
      ids.set(candidate, `${first?.[1] ?? 'C-'}${String(next).padStart(3, '0')}`);
      next += 1;
    }
  return ids;
}

/** The ledger's cells with the candidates below their tables, as the memory host places appended rows. */
export function joined(
  master: RawWorkbook,
  tables: ReadonlyMap<string, TableRows>,
  live: readonly Candidate[],
  ids: ReadonlyMap<Candidate, string>,
) {
  const rowOf = new Map<Candidate, number>();
  const valuesOf = new Map<Candidate, Record<string, WrittenValue>>();
  const sheets = master.sheets.map((sheet) => {
    const mine = live.filter((candidate) => candidate.def.sheet === sheet.name.trim());
    const table = tables.get(sheet.name.trim());
    if (mine.length === 0 || !table) return sheet;
    const rows = [...sheet.rows];
    let next = Math.max(lastUsedRow(sheet), table.header.headerRow) + 1;
    for (const candidate of mine) {
      const id = ids.get(candidate);
      const values: Record<string, WrittenValue> =
        id === undefined ? { ...candidate.values } : { ...candidate.values, contactId: id };
      const cells: Cell[] = [];
      for (const [key, column] of table.header.columns)
        cells[column - 1] = writtenCell(values[key], table.def.columns[key]);
      rows[next - 1] = cells;
      rowOf.set(candidate, next);
      valuesOf.set(candidate, values);
      next += 1;
    }
    return { name: sheet.name, rows };
  });
  return { workbook: { sheets, date1904: master.date1904 }, rowOf, valuesOf };
}
