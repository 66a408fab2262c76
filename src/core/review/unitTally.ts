/**
 * Counting the year per unit: each measure's numerator and denominator, and each shortfall in words.
 * Units come in 单位 order, then any unit only named elsewhere (as the check lists them).
 */
import { matchKey } from '../cellText';
import { INDICATOR_METHODS, type IndicatorMethod } from '../schema/valueLists';
import type { MeasureValue } from './reviewResult';

interface UnitCount {
  readonly unit: string;
  readonly counts: Record<IndicatorMethod, { numerator: number; denominator: number }>;
  readonly deductions: string[];
}

/** The tallies of every unit, filled measure by measure. */
export class UnitTally {
  private readonly units = new Map<string, UnitCount>();

  constructor(unitNames: readonly string[]) {
    for (const name of unitNames) this.unitOf(name);
  }

  private unitOf(name: string): UnitCount {
    const key = matchKey(name);
    let entry = this.units.get(key);
    if (!entry) {
      const counts = Object.fromEntries(
        INDICATOR_METHODS.map((method) => [method, { numerator: 0, denominator: 0 }]),
      ) as UnitCount['counts'];
      entry = { unit: name, counts, deductions: [] };
      this.units.set(key, entry);
    }
    return entry;
  }

  /** One case of a measure for a unit: met or not; one not met says `shortfall` among the deductions. */
  count(unit: string, method: IndicatorMethod, met: boolean, shortfall?: string): void {
    const entry = this.unitOf(unit);
    entry.counts[method].denominator++;
    if (met) entry.counts[method].numerator++;
    else if (shortfall !== undefined) entry.deductions.push(shortfall);
  }

  /** A measure taken whole from elsewhere (the check's per-unit figures). */
  add(unit: string, method: IndicatorMethod, numerator: number, denominator: number): void {
    const entry = this.unitOf(unit).counts[method];
    entry.numerator += numerator;
    entry.denominator += denominator;
  }

  /** A shortfall named for a unit whose count came whole (`add`). */
  deduct(unit: string, shortfall: string): void {
    this.unitOf(unit).deductions.push(shortfall);
  }

  /** Every unit's measures (rate null where nothing was counted) and its shortfalls. */
  results(): Array<{ unit: string; measures: Record<IndicatorMethod, MeasureValue>; deductions: string[] }> {
    return [...this.units.values()].map(({ unit, counts, deductions }) => ({
      unit,
      measures: Object.fromEntries(
        INDICATOR_METHODS.map((method) => {
          const { numerator, denominator } = counts[method];
          return [method, { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator }];
        }),
      ) as Record<IndicatorMethod, MeasureValue>,
      deductions,
    }));
  }
}
