import type { RawWorkbook } from '../core/rawWorkbook';
import type { Result } from '../core/result';
import type { LedgerTemplate } from '../core/template/ledgerTemplate';

/**
 * What every workbook adapter offers the shells (CLI, task pane, browser preview): read the cells
 * of a ledger, and write what the core describes. The .xlsx adapter works on files' bytes; the
 * Office.js adapter on the open workbook.
 */
export interface WorkbookReadFailure {
  readonly kind: 'empty' | 'notXlsx' | 'encrypted' | 'unreadable';
  readonly message: string;
}

export interface LedgerWorkbookPort<Target> {
  readLedgerCells(source: Target): Promise<Result<RawWorkbook, WorkbookReadFailure>>;
  writeLedgerTemplate(target: Target, template: LedgerTemplate): Promise<Result<void, string>>;
}
