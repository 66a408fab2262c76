/**
 * What each unit's 催办单 chases (SPEC §4 `remind`), from one check: its pairings not yet `met`,
 * its festival visits not yet made, and the 意见办理 items raised through its contacts that are
 * overdue or due soon. A unit with none of these gets no 催办单.
 */
import { matchKey } from '../cellText';
import {
  type CheckResult,
  dueList,
  type FestivalGap,
  type FestivalResult,
  type OverdueFollowUp,
  type PairingResult,
} from '../check/checkResult';
import { type Failure, failure } from '../failures';
import type { Ledger } from '../ledger/model';
import { err, ok, type Result } from '../result';

/** A festival of the semester with the unit's pairings not (yet) visited at it. */
export interface FestivalToChase {
  readonly festival: Pick<FestivalResult, 'name' | 'date' | 'windowStart' | 'windowEnd'>;
  readonly gaps: readonly FestivalGap[];
}

/** An item to chase: overdue (past its due date) or due soon. */
export interface ItemToChase extends OverdueFollowUp {
  readonly state: 'overdue' | 'dueSoon';
}

/** One unit's 催办单 content. */
export interface UnitReminder {
  readonly unit: string;
  /** Pairings not yet met, most overdue first (the check's due list). */
  readonly pairings: readonly PairingResult[];
  readonly festivals: readonly FestivalToChase[];
  /** Overdue items first, then those due soon, each by due date. */
  readonly items: readonly ItemToChase[];
}

/** The reminders, and the items to chase that no unit could be told for (no source contact to place them). */
export interface RemindPlan {
  readonly reminders: readonly UnitReminder[];
  readonly unplacedItems: readonly ItemToChase[];
}

/**
 * The units of each item raised through a contact, by the item's key: the units of the pairings its
 * source contact resolved to (a group row's 座谈会 may bring two units' pairings together: each is told).
 */
function itemUnits(ledger: Ledger): Map<string, ReadonlySet<string>> {
  const contactUnits = new Map<string, Set<string>>();
  for (const contact of ledger.contacts) {
    const key = matchKey(contact.contactId);
    const units = contactUnits.get(key) ?? new Set<string>();
    contactUnits.set(key, units.add(matchKey(contact.pairing.unit)));
  }
  const units = new Map<string, ReadonlySet<string>>();
  for (const item of ledger.followUps) {
    const found = item.sourceContactId === undefined ? undefined : contactUnits.get(matchKey(item.sourceContactId));
    if (found !== undefined) units.set(matchKey(item.itemId), found);
  }
  return units;
}

/**
 * The 催办单 of every unit with something to chase, in 单位 order then the units only named
 * elsewhere; with `units`, only those (each must be a unit of 单位 or of a pairing, else the
 * failure names the known ones).
 */
export function remindPlan(
  ledger: Ledger,
  result: CheckResult,
  units?: readonly string[],
): Result<RemindPlan, Failure<'splitUnknownUnit'>> {
  const order = new Map<string, string>();
  const add = (name: string) => {
    if (!order.has(matchKey(name))) order.set(matchKey(name), name);
  };
  for (const unit of ledger.units) add(unit.name);
  for (const pairing of ledger.pairings) add(pairing.unit);
  let wanted: Set<string> | undefined;
  if (units !== undefined) {
    const unknown = units.find((name) => !order.has(matchKey(name)));
    if (unknown !== undefined) return err(failure('splitUnknownUnit', { unit: unknown, known: [...order.values()] }));
    wanted = new Set(units.map(matchKey));
  }

  const unitOfItem = itemUnits(ledger);
  const byDue = (a: OverdueFollowUp, b: OverdueFollowUp) => a.due.localeCompare(b.due) || a.row - b.row;
  const items: ItemToChase[] = [
    ...[...result.overdueFollowUps].sort(byDue).map((item): ItemToChase => ({ ...item, state: 'overdue' })),
    ...[...result.dueSoonFollowUps].sort(byDue).map((item): ItemToChase => ({ ...item, state: 'dueSoon' })),
  ];
  const open = dueList(result);
  const reminders: UnitReminder[] = [];
  for (const [key, unit] of order) {
    if (wanted !== undefined && !wanted.has(key)) continue;
    const ours = (name: string) => matchKey(name) === key;
    const reminder: UnitReminder = {
      unit,
      pairings: open.filter((pairing) => ours(pairing.unit)),
      festivals: result.festivals
        .map((festival) => ({ festival, gaps: festival.notVisited.filter((gap) => ours(gap.unit)) }))
        .filter((entry) => entry.gaps.length > 0),
      items: items.filter((item) => unitOfItem.get(matchKey(item.itemId))?.has(key) === true),
    };
    if (reminder.pairings.length + reminder.festivals.length + reminder.items.length > 0) reminders.push(reminder);
  }
  const unplacedItems = items.filter((item) =>
    [...(unitOfItem.get(matchKey(item.itemId)) ?? [])].every((unit) => !order.has(unit)),
  );
  return ok({ reminders, unplacedItems });
}
