import { readFile, writeFile } from 'node:fs/promises';
import { chooseSemester } from '../src/core/check/runCheck';
import { renderForms, selectPairings } from '../src/core/forms/renderForms';
import { readLedger } from '../src/core/ledger/readLedger';
import { readXlsxCells as readXlsx } from '../src/workbook/xlsx/readXlsxCells';
import { newWorkbookBytes } from '../src/workbook/xlsx/newWorkbook';
import { BENCH_SEMESTER, BENCH_TODAY } from './generateLedger';
import { measure, type Timing } from './timing';

export const FORM_COUNT = 500;

export interface FormsResult {
  readonly forms: number;
  /** renderForms: ledger → sheet specs (the core). */
  readonly render: Timing;
  /** newWorkbookBytes: sheet specs → .xlsx bytes (exceljs). */
  readonly write: Timing;
  readonly fileBytes: number;
  readonly file: string;
}

/** Renders the 登记表 of the first 500 pairings of a ledger file and writes them to one workbook. */
export async function measureForms(ledgerFile: string, out: string): Promise<FormsResult> {
  const cells = await readXlsx(new Uint8Array(await readFile(ledgerFile)));
  if (!cells.ok) throw new Error(cells.error.message);
  const read = readLedger(cells.value);
  if (!read.ok) throw new Error(read.error.message);
  const { ledger } = read.value;
  const semester = chooseSemester(ledger, { semesterId: BENCH_SEMESTER, today: BENCH_TODAY });
  if (!semester.ok) throw new Error(semester.error.message);
  const pairings = selectPairings(ledger, semester.value, BENCH_TODAY, {});
  if (!pairings.ok) throw new Error(pairings.error.message);
  const pairingIds = pairings.value.slice(0, FORM_COUNT).map((pairing) => pairing.id);

  const rendered = await measure(
    () => {
      const forms = renderForms(ledger, semester.value, BENCH_TODAY, { pairingIds });
      if (!forms.ok) throw new Error(forms.error.message);
      return forms.value;
    },
    3,
    1,
  );
  const written = await measure(() => newWorkbookBytes(rendered.value.map((spec) => ({ kind: 'sheet', spec }))), 1, 0);
  await writeFile(out, written.value);
  return {
    forms: rendered.value.length,
    render: rendered.timing,
    write: written.timing,
    fileBytes: written.value.byteLength,
    file: out,
  };
}
