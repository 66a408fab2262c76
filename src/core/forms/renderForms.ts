/** Which pairings get a 登记表 for a semester, what their sheets are called, and the sheets themselves. */
import { matchKey } from '../cellText';
import { type Failure, failure } from '../failures';
import type { LocalDate } from '../localDate';
import type { Ledger, Pairing, Semester } from '../ledger/model';
import { err, ok, type Result } from '../result';
import { uniqueSheetNames } from '../sheet/sheetName';
import type { SheetSpec } from '../sheet/sheetSpec';
import { formSheet } from './formSheet';
import { registrationForms } from './registrationForm';

/** Every 登记表 sheet's name starts with this and '-'; forms are found by it where no record lists them. */
export const FORM_SHEET_PREFIX = '登记表';

/** Which pairings to render; both filters apply together, neither means all. */
export interface FormSelection {
  /** Only pairings of this unit (所属单位, or the figure's unit). */
  readonly unit?: string;
  /** Only these 结对编号. */
  readonly pairingIds?: readonly string[];
}

/** A pairing needs a form for S when it was active on some day of S up to today. */
const activeDuring = (pairing: Pairing, semester: Semester, today: LocalDate): boolean =>
  pairing.start <= semester.end &&
  pairing.start <= today &&
  (pairing.end === undefined || pairing.end >= semester.start);

/**
 * Sheet names from the two people, e.g. 登记表-张三-李四. Two pairings of the same two names (a
 * namesake, or the same people paired twice) get their 结对编号 too, judged over the whole ledger
 * so a name does not change with what is selected.
 */
export function formSheetNames(ledger: Ledger, pairings: readonly Pairing[], taken: Iterable<string> = []): string[] {
  const peopleKey = (pairing: Pairing) => `${matchKey(pairing.leader.name)}|${matchKey(pairing.figure.name)}`;
  const counts = new Map<string, number>();
  for (const pairing of ledger.pairings) counts.set(peopleKey(pairing), (counts.get(peopleKey(pairing)) ?? 0) + 1);
  const wanted = pairings.map((pairing) => {
    const base = `${FORM_SHEET_PREFIX}-${pairing.leader.name}-${pairing.figure.name}`;
    return (counts.get(peopleKey(pairing)) ?? 0) > 1 ? `${base}-${pairing.id}` : base;
  });
  return uniqueSheetNames(wanted, taken);
}

/** The pairings to render for S, or the 结对编号 / unit that matched nothing. */
export function selectPairings(
  ledger: Ledger,
  semester: Semester,
  today: LocalDate,
  selection: FormSelection,
): Result<Pairing[], Failure<'unknownPairings' | 'unknownUnit'>> {
  const wantedIds = selection.pairingIds?.map(matchKey);
  if (selection.pairingIds && wantedIds) {
    const unknown = selection.pairingIds.filter(
      (id) => !ledger.pairings.some((pairing) => matchKey(pairing.id) === matchKey(id)),
    );
    if (unknown.length > 0) return err(failure('unknownPairings', { ids: unknown }));
  }
  const unitKey = selection.unit === undefined ? undefined : matchKey(selection.unit);
  if (
    unitKey !== undefined &&
    !ledger.pairings.some((p) => matchKey(p.unit) === unitKey || matchKey(p.figure.unit) === unitKey)
  )
    return err(failure('unknownUnit', { unit: selection.unit ?? '' }));
  return ok(
    ledger.pairings.filter(
      (pairing) =>
        activeDuring(pairing, semester, today) &&
        (unitKey === undefined || matchKey(pairing.unit) === unitKey || matchKey(pairing.figure.unit) === unitKey) &&
        (wantedIds === undefined || wantedIds.includes(matchKey(pairing.id))),
    ),
  );
}

/** The 登记表 sheets of the selected pairings for S, filled on today. */
export function renderForms(
  ledger: Ledger,
  semester: Semester,
  today: LocalDate,
  selection: FormSelection = {},
): Result<SheetSpec[], Failure<'unknownPairings' | 'unknownUnit'>> {
  const selected = selectPairings(ledger, semester, today, selection);
  if (!selected.ok) return selected;
  const names = formSheetNames(ledger, selected.value);
  return ok(
    registrationForms(ledger, semester, selected.value, today).map((form, index) =>
      formSheet(form, names[index] as string),
    ),
  );
}
