/** Pairings' and semesters' spans as day numbers, for the rules that compare every contact's day with them. */
import { dayNumber } from '../localDate';
import type { Pairing, Semester } from './model';

/** Each pairing's first and last day by its 结对关系 row (the last is Infinity while it runs). */
export interface PairingDaySpans {
  readonly first: Float64Array;
  readonly last: Float64Array;
}

/** R5 and R8 ask, for every contact, whether its day lies in its pairing's span: two numbers by row answer. */
export function pairingDaySpans(pairings: readonly Pairing[]): PairingDaySpans {
  const rows = pairings.reduce((most, pairing) => Math.max(most, pairing.row), 0) + 1;
  const spans = { first: new Float64Array(rows), last: new Float64Array(rows) };
  for (const pairing of pairings) {
    spans.first[pairing.row] = dayNumber(pairing.start);
    spans.last[pairing.row] = pairing.end === undefined ? Infinity : dayNumber(pairing.end);
  }
  return spans;
}

/**
 * R5's gates in day numbers: a contact's day no later than today and inside its pairing's span (by the
 * pairing's 结对关系 row). R5 and R8 ask it of every contact; `contactGates` says which gate fails.
 */
export const passesGates = (spans: PairingDaySpans, row: number, day: number, todayDay: number): boolean =>
  day <= todayDay && day >= (spans.first[row] as number) && day <= (spans.last[row] as number);

/** Every semester's first and last day, side by side. */
export const semesterDaySpans = (semesters: readonly Semester[]): Float64Array =>
  Float64Array.from(semesters.flatMap((semester) => [dayNumber(semester.start), dayNumber(semester.end)]));

/** Whether a day lies in one of the spans (`semesterDaySpans`): the contact is in some semester. */
export function inSomeSpan(spans: Float64Array, day: number): boolean {
  for (let at = 0; at < spans.length; at += 2)
    if ((spans[at] as number) <= day && day <= (spans[at + 1] as number)) return true;
  return false;
}
