/**
 * R1 — contact frequency: how many contacts each pairing has in the semester, handovers included.
 * The 登记表 reuses the handover rule, so the form counts the contacts the check counts.
 */
import { groupInto } from '../groupInto';
import type { LocalDate } from '../localDate';
import { type Contact, type Figure, isActiveOn, type Ledger, type Pairing, type Semester } from '../ledger/model';
import type { PairingResult } from './checkResult';

/**
 * The pairings whose contacts continue into `pairing` within S: earlier pairings of the same figure
 * at the same level that ended within S (a handover keeps the count going).
 */
export function predecessorsInSemester(
  sameFigure: readonly Pairing[],
  pairing: Pairing,
  semester: Semester,
): Pairing[] {
  return sameFigure.filter(
    (other) =>
      other !== pairing &&
      other.level === pairing.level &&
      other.start < pairing.start &&
      other.end !== undefined &&
      semester.start <= other.end &&
      other.end <= semester.end,
  );
}

/** Each figure's pairings, in ledger order: the candidates for `predecessorsInSemester`. */
export function pairingsByFigure(pairings: readonly Pairing[]): Map<Figure, Pairing[]> {
  const byFigure = new Map<Figure, Pairing[]>();
  for (const pairing of pairings) groupInto(byFigure, pairing.figure, pairing);
  return byFigure;
}

/**
 * The latest of a pairing's own last contact and those of the pairings it continues: earlier pairings
 * of the same figure at the same level, whenever they ended (a handover keeps the history). The due
 * list's 最近联系, and the 交接单's.
 */
export function lastContactOf(
  pairing: Pairing,
  sameFigure: readonly Pairing[],
  latest: ReadonlyMap<Pairing, LocalDate>,
): LocalDate | null {
  let last = latest.get(pairing);
  for (const other of sameFigure) {
    if (other === pairing || other.level !== pairing.level || other.start >= pairing.start) continue;
    const date = latest.get(other);
    if (date !== undefined && (last === undefined || last < date)) last = date;
  }
  return last ?? null;
}

/**
 * How many of a pairing's contacts are its own rows, not group rows: with 集体活动计入 = 否 a 座谈会
 * serving several pairings is shown on their forms and counts as a festival visit, but toward no
 * one's minimum.
 */
function ownContacts(contacts: readonly Contact[] | undefined): number {
  let count = 0;
  for (const contact of contacts ?? []) if (contact.group === undefined) count += 1;
  return count;
}

/**
 * R1: every pairing active on the reference day needs 每学期最少联系次数 contacts in S, its
 * predecessors' contacts in S included (a group row counts for each of its pairings, unless
 * 集体活动计入 = 否): `met`, else `pending` while S runs, else `missed`. Each
 * pairing also carries its last contact (`latest`: each pairing's own, from R5).
 */
export function contactFrequency(
  ledger: Ledger,
  semester: Semester,
  today: LocalDate,
  referenceDate: LocalDate,
  contactsByPairing: ReadonlyMap<Pairing, readonly Contact[]>,
  latest: ReadonlyMap<Pairing, LocalDate> = new Map(),
): PairingResult[] {
  const countOf = ledger.settings.groupContactsCount
    ? (pairing: Pairing) => contactsByPairing.get(pairing)?.length ?? 0
    : (pairing: Pairing) => ownContacts(contactsByPairing.get(pairing));
  const byFigure = pairingsByFigure(ledger.pairings);
  const { minContactsPerSemester } = ledger.settings;
  const results: PairingResult[] = [];
  for (const pairing of ledger.pairings) {
    if (!isActiveOn(pairing, referenceDate)) continue;
    const sameFigure = byFigure.get(pairing.figure) ?? [];
    let contacts = countOf(pairing);
    // Nearly every figure has one pairing: no list of its predecessors is made for it.
    if (sameFigure.length > 1)
      for (const previous of predecessorsInSemester(sameFigure, pairing, semester)) contacts += countOf(previous);
    const place = ledger.placeOf('pairings', pairing.row, 'pairingId');
    results.push({
      pairingId: pairing.id,
      level: pairing.level,
      leader: pairing.leader.name,
      figure: pairing.figure.name,
      unit: pairing.unit,
      contacts,
      status: contacts >= minContactsPerSemester ? 'met' : today <= semester.end ? 'pending' : 'missed',
      lastContact: lastContactOf(pairing, sameFigure, latest),
      // The place's fields written out: spreading an object into a literal is a slow path, 20k times.
      sheet: place.sheet,
      row: place.row,
      column: place.column,
      cell: place.cell,
    });
  }
  return results;
}
