/** What the adapters hand the core: a workbook's cells by position, and why it may not be a ledger. */
import type { Cell } from './cell';
import type { Failure } from './failures';

/**
 * A workbook as an adapter hands it to the core: each sheet's cells by position, whatever the
 * file's origin (Excel with table objects, WPS, LibreOffice). `rows[0]` is worksheet row 1 and
 * `rows[r][0]` column A; missing rows and cells are empty.
 */
export interface RawSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
}

/** Every sheet an adapter read, with the workbook's date system. */
export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** Serials count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** Why a workbook cannot be read as a ledger at all (the CLI's exit code 2). */
export type LedgerReadFailure = Failure<'missingSheet' | 'missingColumns' | 'noHeader'> & { readonly sheet: string };

/** The sheet of that name; spaces around a sheet's name do not hide it. */
export function findSheet(workbook: RawWorkbook, name: string): RawSheet | undefined {
  return workbook.sheets.find((sheet) => sheet.name.trim() === name);
}
