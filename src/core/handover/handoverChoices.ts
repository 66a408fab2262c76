/**
 * What the pane offers when someone leaves (交接): the people who can leave, and for a planned
 * handover each pairing it ends with the leaders who may take it over — 在任, of the pairing's
 * 层级, not the one leaving, not already paired with that figure — so the user picks a successor
 * from a list the plan will accept rather than typing a name it might refuse.
 */
import { addDays } from '../localDate';
import { isActiveOn, type Ledger } from '../ledger/model';
import type { HandoverPlan } from './handoverPlan';
import { successorCandidates } from './successors';

/** A person in a picker: 编号, 姓名, 单位, and what tells two alike apart. */
export interface PersonChoice {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly status: string;
  /** A leader's 层级. */
  readonly level?: string;
}

/** Who can leave: leaders still 在任 and figures still 在职, in the ledger's order. */
export interface HandoverPeople {
  readonly leaders: readonly PersonChoice[];
  readonly figures: readonly PersonChoice[];
}

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

/** The people who can leave, for the pane's picker. */
export function handoverPeople(ledger: Ledger): HandoverPeople {
  return {
    leaders: ledger.leaders
      .filter((leader) => leader.status === '在任')
      .map(({ leaderId, name, unit, status, level }) => ({ id: leaderId, name, unit: unit ?? '', status, level })),
    figures: ledger.figures
      .filter((figure) => figure.status === '在职')
      .map(({ figureId, name, unit, status }) => ({ id: figureId, name, unit, status })),
  };
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
