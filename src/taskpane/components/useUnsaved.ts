/** The browser preview's unsaved changes as React state, so every part of the pane that shows them repaints alike. */
import { useCallback, useSyncExternalStore } from 'react';
import type { LedgerHost, UnsavedState } from '../../app/ledgerHost';

const NOT_WATCHED = (): undefined => undefined;

/** What the user changed and has not downloaded yet; undefined inside Excel, where the workbook itself holds it. */
export function useUnsaved(host: LedgerHost | undefined): UnsavedState | undefined {
  const store = host?.unsaved;
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? NOT_WATCHED, [store]);
  const current = useCallback(() => store?.current(), [store]);
  return useSyncExternalStore(subscribe, current);
}

/** The count as the pane says it: 「有 3 处未保存的更改」, or where the last download put them. */
export function unsavedText(state: UnsavedState): string {
  if (state.count > 0) return `有 ${state.count} 处未保存的更改`;
  return state.savedAs !== undefined ? `更改已保存到下载的「${state.savedAs}」` : '没有未保存的更改';
}
