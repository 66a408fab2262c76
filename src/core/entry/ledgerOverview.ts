/** The ledger summarised for the task pane's pickers, and the pairings named on rows the user selected. */
import { matchKey } from '../cellText';
import type { LocalDate } from '../localDate';
import { isActiveOn, type Ledger } from '../ledger/model';
import { semesterContaining } from '../ledger/semesters';

/** A person in a picker (交接: who leaves, who takes over): 编号, 姓名, 单位, and what tells two alike apart. */
export interface PersonChoice {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly status: string;
  /** A leader's 层级. */
  readonly level?: string;
}

/** What the task pane's pickers offer: semesters (the current one first chosen), units, pairings, people. */
export interface LedgerOverview {
  readonly today: LocalDate;
  readonly currentSemesterId: string | undefined;
  readonly semesters: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly start: LocalDate;
    readonly end: LocalDate;
  }>;
  readonly units: readonly string[];
  readonly pairings: ReadonlyArray<{
    readonly pairingId: string;
    /** 干部编号: the pairings of one leader, whom one group contact may serve together. */
    readonly leaderId: string;
    readonly leader: string;
    readonly figure: string;
    readonly unit: string;
    readonly active: boolean;
  }>;
  /** Who can leave (交接): leaders 在任 and figures 在职. */
  readonly leaders: readonly PersonChoice[];
  readonly figures: readonly PersonChoice[];
}

/** The overview as of today: units from 单位 and from figures' rows, each name once as matchKey compares them. */
export function ledgerOverview(ledger: Ledger, today: LocalDate): LedgerOverview {
  const units = new Map<string, string>();
  for (const name of [...ledger.units.map((unit) => unit.name), ...ledger.figures.map((figure) => figure.unit)])
    units.set(matchKey(name), units.get(matchKey(name)) ?? name);
  return {
    today,
    currentSemesterId: semesterContaining(ledger.semesters, today)?.id,
    semesters: ledger.semesters.map(({ id, name, start, end }) => ({ id, name, start, end })),
    units: [...units.values()],
    pairings: ledger.pairings.map((pairing) => ({
      pairingId: pairing.id,
      leaderId: pairing.leader.leaderId,
      leader: pairing.leader.name,
      figure: pairing.figure.name,
      unit: pairing.unit,
      active: isActiveOn(pairing, today),
    })),
    // Who can leave (交接): leaders still 在任 and figures still 在职, in the ledger's order.
    leaders: ledger.leaders
      .filter((leader) => leader.status === '在任')
      .map(({ leaderId, name, unit, status, level }) => ({ id: leaderId, name, unit: unit ?? '', status, level })),
    figures: ledger.figures
      .filter((figure) => figure.status === '在职')
      .map(({ figureId, name, unit, status }) => ({ id: figureId, name, unit, status })),
  };
}

/**
 * The 结对编号 named on worksheet rows the user selected: rows of 结对关系 name their pairing, rows
 * of 联系记录 the pairing their contact belongs to. Other sheets name none.
 */
export function pairingIdsOnRows(ledger: Ledger, sheet: string, rows: readonly number[]): string[] {
  const wanted = new Set(rows);
  const ids =
    sheet === '结对关系'
      ? ledger.pairings.filter((pairing) => wanted.has(pairing.row)).map((pairing) => pairing.id)
      : sheet === '联系记录'
        ? ledger.contacts.filter((contact) => wanted.has(contact.row)).map((contact) => contact.pairing.id)
        : [];
  return [...new Set(ids)];
}
