/**
 * The browser preview's record of what the user changed in the page's copy of the ledger and has
 * not downloaded yet. 填报, 新建, 升级, 汇总 and 交接 are the ledger's changes: the pane
 * counts them, asks before they would be lost and writes them into 下载更新后的台账. The report and
 * the forms (and the 年度考核) are downloads of their own: the sheets they add are neither counted nor written into
 * the updated ledger, but a report made from changes not downloaded yet says so.
 */
import type { UnsavedChanges, UnsavedState } from '../../app/ledgerHost';
import { changeCount, type WorkbookChange } from '../../workbook/memory/workbookChanges';
import type { NewSheet } from '../../workbook/port';

/** The tracker the preview's host keeps beside its copy; the pane sees only its `UnsavedChanges` side. */
export interface UnsavedTracker extends UnsavedChanges {
  /** The ledger's own changes since the copy was made, in order: what the updated ledger is written from. */
  ledgerChanges(): readonly WorkbookChange[];
  /** The sheets of a replacement a check or the forms are about to make: the report's or the forms', not the ledger's. */
  generating(add: readonly NewSheet[]): void;
  /** A report or forms were just made: from the ledger's changes so far. */
  generated(what: 'report' | 'forms' | 'review'): void;
  /** A file holding the first `upTo` of the ledger's changes was downloaded (no name: the copy's starting point). */
  saved(upTo: number, fileName?: string): void;
  /** Reads the copy's log again after a use case ran, and tells the listeners when the state changed. */
  refresh(): void;
}

const sameState = (a: UnsavedState, b: UnsavedState): boolean =>
  a.count === b.count &&
  a.savedAs === b.savedAs &&
  a.report === b.report &&
  a.forms === b.forms &&
  a.review === b.review;

/** Watches a copy's log of changes (`MemoryWorkbook.changes`). */
export function trackUnsaved(changes: () => readonly WorkbookChange[]): UnsavedTracker {
  // The memory workbook logs a replacement with the very list of sheets it was given.
  const generatedSheets = new WeakSet<readonly NewSheet[]>();
  const listeners = new Set<() => void>();
  const madeFrom: { report?: number; forms?: number; review?: number } = {};
  let savedUpTo = 0;
  let savedAs: string | undefined;

  const ledgerChanges = (): readonly WorkbookChange[] =>
    changes().filter((change) => change.kind !== 'sheets' || !generatedSheets.has(change.add));
  const unsavedSince = (upTo: number | undefined): boolean => upTo !== undefined && upTo > savedUpTo;
  const compute = (): UnsavedState => {
    const ledger = ledgerChanges();
    return {
      count: changeCount(ledger.slice(savedUpTo)),
      ...(savedAs !== undefined ? { savedAs } : {}),
      report: unsavedSince(madeFrom.report),
      forms: unsavedSince(madeFrom.forms),
      review: unsavedSince(madeFrom.review),
    };
  };
  let state = compute();

  const refresh = (): void => {
    const next = compute();
    if (sameState(next, state)) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ledgerChanges,
    generating: (add) => generatedSheets.add(add),
    generated(what) {
      madeFrom[what] = ledgerChanges().length;
      refresh();
    },
    saved(upTo, fileName) {
      // A download started before a later one finished holds fewer changes: it never undoes the later one.
      if (upTo >= savedUpTo) {
        savedUpTo = upTo;
        if (fileName !== undefined) savedAs = fileName;
      }
      refresh();
    },
    refresh,
  };
}
