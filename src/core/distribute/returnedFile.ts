/**
 * A file handed back for 汇总 (SPEC §4 `merge`), as the tables it brings: a unit's copy or any
 * ledger-shaped workbook (the tables a unit may add to, found by sheet and header name as the
 * reader finds them, also after WPS or LibreOffice dropped the table objects), or a form's CSV
 * export (联系记录's headers, usually without 记录编号). A file that brings no such table, or a
 * table without a column it needs, is refused with one line naming the file.
 */
import { type Failure, failure } from '../failures';
import { findSheet, type RawSheet, type RawWorkbook } from '../rawWorkbook';
import { err, ok, type Result } from '../result';
import type { TableDef } from '../schema/columns';
import {
  contactsTable,
  figuresTable,
  followUpsTable,
  leadersTable,
  pairingsTable,
  settingsTable,
} from '../schema/index';
import { type TableRows, tableRows, textOf } from './tableRows';
import { matchKey } from '../cellText';
import { DISTRIBUTED_UNIT_KEY } from './unitCopy';

/** The tables 汇总 takes rows from, in the order they are merged (people, then pairings, then what names them). */
export const MERGED_TABLES: readonly TableDef[] = [
  leadersTable,
  figuresTable,
  pairingsTable,
  contactsTable,
  followUpsTable,
];

/** A returned file as read by its host: its name as the user gave it, and its cells. */
export interface ReturnedFile {
  readonly name: string;
  readonly kind: 'ledger' | 'csv';
  readonly cells: RawWorkbook;
  /** A CSV file's encoding, said when its header is not found. */
  readonly encoding?: string;
}

/** The tables a returned file brings, and the unit it was distributed to (a unit's copy). */
export interface ReturnedTables {
  readonly file: ReturnedFile;
  readonly unit?: string;
  readonly tables: readonly TableRows[];
  /** Headers of a user's own columns that hold something: not ledger columns, so not merged. */
  readonly ignoredHeaders: readonly string[];
}

/** The columns a returned table must have: the required ones, but a contact needs no 记录编号 (汇总 numbers it). */
const requiredKeys = (def: TableDef): string[] =>
  Object.entries(def.columns)
    .filter(([key, column]) => column.required && !(def === contactsTable && key === 'contactId'))
    .map(([key]) => key);

/** The headers of the columns a returned table must have and lacks. */
const missingRequired = (table: TableRows): string[] =>
  requiredKeys(table.def)
    .filter((key) => !table.header.columns.has(key))
    .map((key) => table.def.columns[key]?.header ?? key);

/** Whether contacts can name their pairing: a 结对编号 column, or both name columns. */
const namesPairings = (table: TableRows): boolean =>
  table.header.columns.has('pairingId') ||
  (table.header.columns.has('leaderName') && table.header.columns.has('figureName'));

/** The headers of columns a table does not know that hold a value in some row. */
function filledOtherHeaders(sheet: RawSheet, table: TableRows): string[] {
  return table.otherHeaders
    .filter(({ column }) =>
      sheet.rows.slice(table.header.headerRow).some((cells) => {
        const cell = cells?.[column - 1];
        return cell !== undefined && cell.kind !== 'empty' && !(cell.kind === 'text' && cell.text.trim() === '');
      }),
    )
    .map(({ header }) => `「${table.sheet}」${header}`);
}

/** The unit a copy was distributed to, from its 设置 (absent for other files). */
function distributedUnit(cells: RawWorkbook): string | undefined {
  const sheet = findSheet(cells, settingsTable.sheet);
  const settings = sheet && tableRows(sheet, settingsTable);
  const row = settings?.rows.find((candidate) => matchKey(textOf(candidate, 'key')) === matchKey(DISTRIBUTED_UNIT_KEY));
  return row && (textOf(row, 'value') || undefined);
}

/** The tables of a returned file, or one line on why it cannot be merged. */
export function returnedTables(file: ReturnedFile): Result<ReturnedTables, Failure> {
  const found: Array<{ sheet: RawSheet; table: TableRows }> = [];
  const sheetOf = (def: TableDef) => (file.kind === 'csv' ? file.cells.sheets[0] : findSheet(file.cells, def.sheet));
  for (const def of file.kind === 'csv' ? [contactsTable] : MERGED_TABLES) {
    const sheet = sheetOf(def);
    const table = sheet && tableRows(sheet, def);
    // A sheet is the table when it has one of the columns the table needs; what else it lacks is said below.
    if (sheet && table && missingRequired(table).length < requiredKeys(def).length) found.push({ sheet, table });
  }
  // A form's answers saved as .xlsx: one sheet with 联系记录's headers, whatever its name.
  if (found.length === 0 && file.kind === 'ledger')
    for (const sheet of file.cells.sheets) {
      const table = tableRows(sheet, contactsTable);
      if (table && missingRequired(table).length === 0) {
        found.push({ sheet, table });
        break;
      }
    }
  if (found.length === 0)
    return err(
      file.kind === 'csv'
        ? failure('csvNoHeader', { file: file.name, encoding: file.encoding ?? 'UTF-8', headers: contactHeaders() })
        : failure('returnedNotLedger', { file: file.name }),
    );
  for (const { table } of found) {
    const missing = missingRequired(table);
    if (missing.length > 0)
      return err(
        failure('returnedMissingColumns', {
          file: file.name,
          sheet: file.kind === 'csv' ? '' : table.sheet,
          headerRow: table.header.headerRow,
          headers: missing,
        }),
      );
    if (table.def === contactsTable && !namesPairings(table))
      return err(
        failure('returnedNoPairingColumns', { file: file.name, sheet: file.kind === 'csv' ? '' : table.sheet }),
      );
  }
  const unit = file.kind === 'ledger' ? distributedUnit(file.cells) : undefined;
  return ok({
    file,
    ...(unit !== undefined ? { unit } : {}),
    tables: found.map(({ table }) => table),
    ignoredHeaders: found.flatMap(({ sheet, table }) => filledOtherHeaders(sheet, table)),
  });
}

/** 联系记录's headers a form's CSV should have. */
const contactHeaders = (): string[] =>
  Object.entries(contactsTable.columns)
    .filter(([key, column]) => key !== 'contactId' && (column.required || key === 'pairingId'))
    .map(([, column]) => column.header);
