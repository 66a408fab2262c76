/**
 * Why an adapter could not read a workbook's cells at all (not a ledger problem: the file itself).
 * The shells' contract with the workbook is `LedgerHost` (src/taskpane/ledgerHost.ts).
 */
export interface WorkbookReadFailure {
  readonly kind: 'empty' | 'notXlsx' | 'encrypted' | 'unreadable';
  readonly message: string;
}
