/**
 * The school's indicators (考核指标, or the defaults of SPEC §2 where a ledger has no such sheet) and
 * how a unit's measures become scores: 满分 × rate rounded to 0.1, full marks where a measure has
 * nothing to measure.
 */
import type { Ledger } from '../ledger/model';
import { type Problem, problemAt } from '../problems';
import { DEFAULT_INDICATORS } from '../schema/indicators';
import type { IndicatorMethod } from '../schema/valueLists';
import type { MeasureValue, ReviewIndicator } from './reviewResult';

/** 满分 as typed: a positive number, full-width digits too; anything else is no score. */
function positiveNumber(text: string): number | undefined {
  const value = Number(text.normalize('NFKC').trim());
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Rounded to one decimal, halves up, free of binary noise (2.25 → 2.3). */
export const roundTenth = (value: number): number => Math.round(Number((value * 10).toPrecision(12))) / 10;

/**
 * The indicators to score and what is wrong with them. A version-1 ledger (no 考核指标 sheet) takes
 * the defaults; a row the user deleted is not scored; a row with an unknown 计算方式 was already
 * left out by the reading (a located problem); a 满分 that is no positive number is an error here and
 * the row is not scored; totals other than 100 are a warning.
 */
export function reviewIndicators(ledger: Ledger): { indicators: ReviewIndicator[]; problems: Problem[] } {
  if (ledger.settings.ledgerVersion < 2 && ledger.indicators.length === 0)
    return {
      indicators: DEFAULT_INDICATORS.map((row) => ({
        id: row.indicatorId,
        name: row.name,
        measure: row.method,
        maxScore: Number(row.maxScore),
      })),
      problems: [],
    };
  const indicators: ReviewIndicator[] = [];
  const problems: Problem[] = [];
  for (const row of ledger.indicators) {
    const maxScore = positiveNumber(row.maxScore);
    if (maxScore === undefined) {
      problems.push(
        problemAt('INDICATOR_MAX_INVALID', ledger.placeOf('indicators', row.row, 'maxScore'), {
          indicator: `${row.indicatorId} ${row.name}`,
          value: row.maxScore,
        }),
      );
      continue;
    }
    indicators.push({ id: row.indicatorId, name: row.name, measure: row.method as IndicatorMethod, maxScore });
  }
  const total = roundTenth(indicators.reduce((sum, indicator) => sum + indicator.maxScore, 0));
  const [first] = ledger.indicators;
  if (first && indicators.length > 0 && total !== 100)
    problems.push(problemAt('INDICATOR_TOTAL_NOT_100', ledger.placeOf('indicators', first.row, 'maxScore'), { total }));
  return { indicators, problems };
}

/** An indicator's score for a measure: 满分 × rate, 0.1; full marks where there is nothing to measure. */
export const indicatorScore = (indicator: ReviewIndicator, value: MeasureValue): number =>
  value.rate === null ? indicator.maxScore : roundTenth(indicator.maxScore * value.rate);

/** The scores of every indicator by 指标编号, and their total. */
export function unitScores(
  indicators: readonly ReviewIndicator[],
  measures: Readonly<Record<IndicatorMethod, MeasureValue>>,
): { scores: Record<string, number>; total: number } {
  const scores: Record<string, number> = {};
  let total = 0;
  for (const indicator of indicators) {
    const score = indicatorScore(indicator, measures[indicator.measure]);
    scores[indicator.id] = score;
    total += score;
  }
  return { scores, total: roundTenth(total) };
}
