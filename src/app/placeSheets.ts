/**
 * Where generated sheets go when they are made again (登记表, 催办单): the sheets of the last run are
 * replaced, and a new sheet never takes the name of a sheet the user keeps.
 */
import { uniqueSheetNames } from '../core/sheet/sheetName';
import type { SheetSpec } from '../core/sheet/sheetSpec';

/** What the workbook holds now, as a replacement needs it. */
export interface SheetPlacement {
  readonly existing: readonly string[];
  /** The names the last run recorded; undefined when the workbook has no record (then `{prefix}-…` are ours). */
  readonly recorded: readonly string[] | undefined;
}

/**
 * The sheets a new run replaces — those the last run recorded, or without a record those named
 * `{prefix}-…` — and the specs renamed where they would clash with the sheets kept.
 */
export function placeGenerated(
  specs: readonly SheetSpec[],
  placement: SheetPlacement,
  prefix: string,
): { remove: string[]; specs: SheetSpec[] } {
  const fold = (name: string) => name.toLowerCase();
  const recorded = placement.recorded === undefined ? undefined : new Set(placement.recorded.map(fold));
  const isOurs = (name: string) => (recorded ? recorded.has(fold(name)) : name.startsWith(`${prefix}-`));
  const remove = placement.existing.filter(isOurs);
  const kept = placement.existing.filter((name) => !isOurs(name));
  const names = uniqueSheetNames(
    specs.map((spec) => spec.name),
    kept,
  );
  return { remove, specs: specs.map((spec, index) => ({ ...spec, name: names[index] as string })) };
}

/** Whether two sheet names are the same to Excel. */
export const sameSheetName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
