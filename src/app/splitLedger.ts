/**
 * 分发: one workbook per unit, each holding only what that unit keeps (SPEC §4 `split`), built
 * new from the ledger template, so its formats and dropdowns are the template's and nothing of
 * the master's file (shared strings, names, properties) comes along. The host writes the
 * workbooks: the command line as files, the pane as one .zip to download.
 */
import { matchKey } from '../core/cellText';
import { splitPlan } from '../core/distribute/splitPlan';
import { hiddenFigureColumns, unitCopy, type UnitCopy } from '../core/distribute/unitCopy';
import { fileNameClash } from '../core/distribute/unitFileName';
import { failure, type Failure } from '../core/failures';
import type { Place } from '../core/problems';
import { err, ok, type Result } from '../core/result';
import { ledgerTemplate } from '../core/template/ledgerTemplate';
import type { NewSheet, WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

/** Which units to make copies for; all that have pairings or people when none are named. */
export interface SplitRequest {
  readonly units?: readonly string[];
}

/** One unit's workbook: its file name, the sheets to write in order, and what it holds. */
export interface UnitWorkbook {
  readonly unit: string;
  readonly fileName: string;
  readonly sheets: readonly NewSheet[];
  readonly counts: UnitCopy['counts'];
}

/** The copies, and what the user should know besides. */
export interface SplitOutcome {
  readonly copies: readonly UnitWorkbook[];
  /** Units of 单位 with no pairing and no people, left out when no units were named. */
  readonly empty: readonly string[];
  /** 结对关系 and 联系记录 rows no unit could be told for. */
  readonly undistributed: readonly Place[];
  /** The 党外代表人士 headers left empty in every copy. */
  readonly hidden: readonly string[];
}

/** The unit copies of the port's ledger, or why they cannot be made (nothing is written either way). */
export async function splitLedger(
  port: WorkbookPort,
  env: AppEnv,
  request: SplitRequest = {},
): Promise<Result<SplitOutcome, Failure>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const { ledger } = read.value;
  const hidden = hiddenFigureColumns(ledger.settings);
  if (!hidden.ok) return hidden;
  const plan = splitPlan(read.value.read.cells, read.value);
  const holds = (share: (typeof plan.units)[number]) =>
    ['结对关系', '领导干部', '党外代表人士'].some((sheet) => (share.rows.get(sheet)?.length ?? 0) > 0);
  let chosen = plan.units.filter(holds);
  if (request.units !== undefined) {
    const known = plan.units.map((share) => share.unit);
    chosen = [];
    for (const name of request.units) {
      const share = plan.units.find((candidate) => matchKey(candidate.unit) === matchKey(name));
      if (!share) return err(failure('splitUnknownUnit', { unit: name, known }));
      if (!chosen.includes(share)) chosen.push(share);
    }
  }
  const clash = fileNameClash(chosen.map((share) => share.unit));
  if (clash) return err(failure('splitFileNameClash', { units: clash.units, fileName: clash.fileName }));
  const options = {
    today: env.clock.today(),
    date1904: read.value.read.cells.date1904,
    settings: ledger.settings,
    hidden: hidden.value,
  };
  const copies = chosen.map((share): UnitWorkbook => {
    const copy = unitCopy(plan, share, options);
    const sheets: NewSheet[] = [
      { kind: 'sheet', spec: copy.guide },
      ...ledgerTemplate(copy.content).tables.map((table) => ({ kind: 'table', table }) as const),
    ];
    return { unit: copy.unit, fileName: copy.fileName, sheets, counts: copy.counts };
  });
  return ok({
    copies,
    empty: request.units === undefined ? plan.units.filter((share) => !holds(share)).map((share) => share.unit) : [],
    undistributed: plan.undistributed,
    hidden: hidden.value.headers,
  });
}
