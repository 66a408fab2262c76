/**
 * The browser preview's open-file step, bundled for `npm run bench` (bench/measureOpenFile.ts): an
 * .xlsx's bytes read into cells and then into the ledger overview the pane shows first, through the
 * product's reader ("new") or through exceljs's object model as the preview did before ("old").
 * The page calls `lianyiBench.open(kind, url)`; the bytes are fetched before the clock starts.
 */
import { ledgerOverview } from '../../src/core/entry/ledgerOverview';
import { readLedger } from '../../src/core/ledger/readLedger';
import type { RawWorkbook } from '../../src/core/rawWorkbook';
import type { Result } from '../../src/core/result';
import { browserInflate } from '../../src/taskpane/preview/browserInflate';
import { readXlsxCells } from '../../src/workbook/xlsx/readXlsxCells';
import { BENCH_TODAY } from '../generateLedger';

/** Which reader opens the file; 'none' only fetches the bytes (the page's memory before any reading). */
export type OpenKind = 'new' | 'old' | 'none';

/** What one open gave: its time in the page, and enough of the result to see both readers agree. */
export interface OpenResult {
  readonly ms: number;
  readonly contacts: number;
  readonly pairings: number;
}

/** How long the page rests before the clock starts. */
const SETTLE_MS = 1000;

async function open(kind: OpenKind, url: string): Promise<OpenResult> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  if (kind === 'none') return { ms: 0, contacts: bytes.length > 0 ? 0 : -1, pairings: 0 };
  // exceljs is loaded only for the old reader, before the clock starts: the page that opens with the
  // new reader holds no exceljs, as the preview loads it only to write a new workbook.
  const exceljsReader =
    kind === 'old' ? (await import('../../test/support/exceljsReader')).readXlsxWithExceljs : undefined;
  // Both readers start a second after the page has its bytes: a fresh renderer is still busy starting
  // up (the 20k open measured 398 ms at once, 276 ms after 0.3 s, 235 ms after 1 s), and a user opens
  // a file into a pane that has long finished loading.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const started = performance.now();
  const read: Result<RawWorkbook, { message: string }> = exceljsReader
    ? await exceljsReader(bytes)
    : // As the preview opens a file (previewHost.ts): with the browser's own inflater.
      await readXlsxCells(bytes, { inflate: browserInflate() });
  if (!read.ok) throw new Error(read.error.message);
  const ledger = readLedger(read.value);
  if (!ledger.ok) throw new Error(ledger.error.message);
  const overview = ledgerOverview(ledger.value.ledger, BENCH_TODAY);
  const ms = performance.now() - started;
  return { ms, contacts: ledger.value.ledger.contacts.length, pairings: overview.pairings.length };
}

(globalThis as unknown as { lianyiBench: { open: typeof open } }).lianyiBench = { open };
