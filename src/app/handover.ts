/**
 * 交接: a leader or a figure leaves; the plan (src/core/handover) is written into the workbook — the
 * changed cells of existing rows, the new 结对关系 rows and the 交接单 sheet (then shown) — in that
 * order, and nothing at all when the plan is refused or the user cancels. The pane previews the plan
 * with each pairing's possible successors first, then applies it.
 */
import { failure, type Failure } from '../core/failures';
import { type PairingChoice, pairingChoices } from '../core/handover/handoverChoices';
import { type HandoverPlan, handoverPlan, type HandoverRequest } from '../core/handover/handoverPlan';
import type { PlannedEdit } from '../core/handover/handoverWrites';
import type { Ledger } from '../core/ledger/model';
import type { LocalDate } from '../core/localDate';
import { err, ok, type Result } from '../core/result';
import { pairingsTable } from '../core/schema/index';
import type { WorkbookPort } from '../workbook/port';
import { readLedgerFrom } from './ledgerRead';
import type { AppEnv } from './session';

export type { HandoverRequest, PairingChoice };

/** One pairing handed over, as the user reads it back. */
export interface HandedOver {
  readonly pairingId: string;
  readonly figure: string;
  readonly successor?: { readonly name: string; readonly pairingId: string; readonly start: LocalDate };
}

/** What a handover wrote; `written` is false when the ledger already said all of it. */
export interface HandoverOutcome {
  readonly leaving: HandoverPlan['leaving'];
  readonly on: LocalDate;
  readonly reason: string;
  readonly written: boolean;
  readonly pairings: readonly HandedOver[];
  /** Every cell of an existing row it set, with what the cell held. */
  readonly edits: readonly PlannedEdit[];
  /** The 交接单 sheet's name, when written. */
  readonly sheetName?: string;
}

/** What a handover would do, shown before it is applied: every pairing with its possible successors. */
export interface HandoverPreview {
  readonly leaving: HandoverPlan['leaving'];
  readonly on: LocalDate;
  readonly reason: string;
  readonly pairings: readonly PairingChoice[];
  /** Every cell of an existing row it would set, with what the cell holds. */
  readonly edits: readonly PlannedEdit[];
  /** The 交接单 sheet's name. */
  readonly sheetName: string;
  /** Whether the ledger already says all of it (applying would write nothing). */
  readonly done: boolean;
}

/** The workbook's ledger, read, and the handover planned on it; nothing is written. */
async function planOn(
  port: WorkbookPort,
  env: AppEnv,
  request: HandoverRequest,
): Promise<Result<{ readonly ledger: Ledger; readonly plan: HandoverPlan }, Failure>> {
  const read = await readLedgerFrom(port, env);
  if (!read.ok) return read;
  const plan = handoverPlan(read.value.read.cells, read.value.ledger, request, {
    today: env.clock.today(),
    sheetNames: read.value.read.sheetNames,
  });
  return plan.ok ? ok({ ledger: read.value.ledger, plan: plan.value }) : plan;
}

/** Plans the handover and says what it would write; writes nothing. */
export async function previewHandover(
  port: WorkbookPort,
  env: AppEnv,
  request: HandoverRequest,
): Promise<Result<HandoverPreview, Failure>> {
  const planned = await planOn(port, env, request);
  if (!planned.ok) return planned;
  const { ledger, plan } = planned.value;
  const { leaving, on, reason, edits, newPairings, sheet } = plan;
  return ok({
    leaving,
    on,
    reason,
    pairings: pairingChoices(ledger, plan),
    edits,
    sheetName: sheet.name,
    done: edits.length === 0 && newPairings.length === 0,
  });
}

/** Plans the handover on the workbook's ledger and, unless refused, already done or cancelled, writes it. */
export async function handOver(
  port: WorkbookPort,
  env: AppEnv,
  request: HandoverRequest,
  signal?: AbortSignal,
): Promise<Result<HandoverOutcome, Failure>> {
  const planned = await planOn(port, env, request);
  if (!planned.ok) return planned;
  const { leaving, on, reason, edits, newPairings, handovers, sheet } = planned.value.plan;
  const outcome = {
    leaving,
    on,
    reason,
    edits,
    pairings: handovers.map(({ pairing, successor }) => ({
      pairingId: pairing.id,
      figure: pairing.figure.name,
      ...(successor
        ? { successor: { name: successor.leader.name, pairingId: successor.pairingId, start: successor.start } }
        : {}),
    })),
  };
  if (edits.length === 0 && newPairings.length === 0) return ok({ ...outcome, written: false });
  if (signal?.aborted) return err(failure('cancelledBeforeWriting', { action: 'handover' }));
  await port.setCells(edits.map(({ sheet: name, row, column, cell }) => ({ sheet: name, row, column, cell })));
  if (newPairings.length > 0) await port.appendRows([{ def: pairingsTable, rows: newPairings }]);
  await port.replaceSheets({ add: [{ kind: 'sheet', spec: sheet }], remove: [], activate: sheet.name });
  return ok({ ...outcome, written: true, sheetName: sheet.name });
}
