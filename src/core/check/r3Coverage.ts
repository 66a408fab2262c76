/** R3 — coverage: every 在职 figure paired, and the per-unit figures the report and pane show. */
import { matchKey } from '../cellText';
import type { LocalDate } from '../localDate';
import { type Figure, isActiveOn, type Ledger } from '../ledger/model';
import type { PairingResult, UncoveredFigure, UnitResult } from './checkResult';

/**
 * R3: every 在职 figure has at least one pairing (any level) active on the reference day — the
 * 全覆盖 each unit is assessed on. Units come in 单位 order, then any unit only named elsewhere.
 */
export function figureCoverage(
  ledger: Ledger,
  referenceDate: LocalDate,
  pairings: readonly PairingResult[],
): { units: UnitResult[]; uncoveredFigures: UncoveredFigure[] } {
  const covered = new Set<Figure>();
  for (const pairing of ledger.pairings) if (isActiveOn(pairing, referenceDate)) covered.add(pairing.figure);

  const units = new Map<
    string,
    { unit: string; figuresInService: number; figuresCovered: number; pairingsDue: number; pairingsMet: number }
  >();
  const unitOf = (name: string) => {
    const key = matchKey(name);
    let entry = units.get(key);
    if (!entry)
      units.set(key, (entry = { unit: name, figuresInService: 0, figuresCovered: 0, pairingsDue: 0, pairingsMet: 0 }));
    return entry;
  };
  for (const unit of ledger.units) unitOf(unit.name);

  const uncoveredFigures: UncoveredFigure[] = [];
  for (const figure of ledger.figures) {
    if (figure.status !== '在职') continue;
    const entry = unitOf(figure.unit);
    entry.figuresInService++;
    if (covered.has(figure)) entry.figuresCovered++;
    else
      uncoveredFigures.push({
        figureId: figure.figureId,
        name: figure.name,
        unit: figure.unit,
        ...ledger.placeOf('figures', figure.row, 'figureId'),
      });
  }
  for (const pairing of pairings) {
    const entry = unitOf(pairing.unit);
    entry.pairingsDue++;
    if (pairing.status === 'met') entry.pairingsMet++;
  }
  return { units: [...units.values()], uncoveredFigures };
}
