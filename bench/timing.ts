/** Wall-clock timing of repeated runs: each run after a full GC (node --expose-gc), warm-ups discarded. */
export interface Timing {
  /** Measured runs in milliseconds, in the order they ran (warm-ups left out). */
  readonly runs: readonly number[];
  readonly best: number;
  readonly median: number;
  readonly warmups: number;
  /**
   * The very first run, a warm-up when there were any (measure() only): V8 compiles the code as it
   * goes, as in a one-off `lianyi check`.
   */
  readonly first?: number;
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

export function summarise(runs: readonly number[], warmups: number): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { runs, best: sorted[0] ?? Number.NaN, median, warmups };
}

/** Runs `task` `warmups + runs` times; returns the timings and the last run's value. */
export async function measure<T>(
  task: () => T | Promise<T>,
  runs: number,
  warmups: number,
): Promise<{ timing: Timing; value: T }> {
  const times: number[] = [];
  let value: T | undefined;
  let firstMs = Number.NaN;
  for (let index = 0; index < warmups + runs; index++) {
    collect();
    const started = performance.now();
    value = await task();
    const elapsed = performance.now() - started;
    if (index === 0) firstMs = elapsed;
    if (index >= warmups) times.push(elapsed);
  }
  return { timing: { ...summarise(times, warmups), first: firstMs }, value: value as T };
}

export const hasGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';
