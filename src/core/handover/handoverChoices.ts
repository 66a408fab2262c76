/**
 * What the pane offers when someone leaves (交接): for a planned handover, each pairing it ends
 * with the leaders who may take it over — 在任, of the pairing's
 * 层级, not the one leaving, not already paired with that figure — so the user picks a successor
 * from a list the plan will accept rather than typing a name it might refuse.
 */
import { addDays } from '../localDate';
import { isActiveOn, type Ledger } from '../ledger/model';
import type { PersonChoice } from '../entry/ledgerOverview';
import type { HandoverPlan } from './handoverPlan';
import { successorCandidates } from './successors';

/** A pairing the handover ends, who may take it over, and whom the plan has chosen. */
export interface PairingChoice {
  readonly pairingId: string;
  readonly figure: string;
  readonly level: string;
  readonly unit: string;
  /** Empty when nobody can take it over: a figure leaving, or one no longer 在职. */
  readonly candidates: readonly PersonChoice[];
  readonly successor?: { readonly id: string; readonly name: string; readonly pairingId: string };
}

/** Each pairing of the plan with its possible successors (a leader leaving) and the chosen one. */
export function pairingChoices(ledger: Ledger, plan: HandoverPlan): PairingChoice[] {
  const next = addDays(plan.on, 1);
  return plan.handovers.map(({ pairing, successor }) => {
    const figureStays = plan.leaving.kind === 'leader' && pairing.figure.status === '在职';
    const candidates = figureStays
      ? successorCandidates(ledger, pairing, pairing.leader).filter(
          (leader) =>
            !ledger.pairings.some(
              (other) => other.leader === leader && other.figure === pairing.figure && isActiveOn(other, next),
            ),
        )
      : [];
    return {
      pairingId: pairing.id,
      figure: pairing.figure.name,
      level: pairing.level,
      unit: pairing.unit,
      candidates: candidates.map(({ leaderId, name, unit, status, level }) => ({
        id: leaderId,
        name,
        unit: unit ?? '',
        status,
        level,
      })),
      ...(successor
        ? { successor: { id: successor.leader.leaderId, name: successor.leader.name, pairingId: successor.pairingId } }
        : {}),
    };
  });
}
