/**
 * What the pane remembers for the person using it between sessions: a few short strings, such as
 * the unit a college secretary works on and the 填报人 name. In the browser preview they live in
 * the page's localStorage. Inside Office they live in localStorage under the add-in's partition
 * key, as Microsoft asks of add-ins (Office.context.roamingSettings is Outlook's alone — Mailbox
 * requirement set — so it is not asked for in Excel). Where storage is refused (a locked-down
 * browser) the pane remembers for the session only. Nothing is written into the workbook.
 */
import { createContext, useCallback, useContext, useState } from 'react';

/** The names of what is remembered. */
export type PreferenceKey = 'unit' | 'filedBy';

/** Remembered strings; reading or writing never throws. */
export interface Preferences {
  get(key: PreferenceKey): string | undefined;
  set(key: PreferenceKey, value: string): void;
}

/** Remembers in memory only: tests, and where storage is refused. */
export function memoryPreferences(): Preferences {
  const values = new Map<PreferenceKey, string>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

/** Remembers in a Storage under `prefix`; falls back to memory for a key storage refuses. */
export function storagePreferences(storage: Storage | undefined, prefix: string): Preferences {
  const fallback = memoryPreferences();
  return {
    get(key) {
      try {
        return storage?.getItem(prefix + key) ?? fallback.get(key);
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      fallback.set(key, value);
      try {
        storage?.setItem(prefix + key, value);
      } catch {
        // Full or refused: remembered for this session.
      }
    },
  };
}

/** The storage prefix: the add-in's partition key inside Office (undefined where Office does not partition). */
export function preferencePrefix(inExcel: boolean): string {
  const partition =
    inExcel && typeof Office !== 'undefined' ? (Office.context as { partitionKey?: string } | undefined) : undefined;
  return `${partition?.partitionKey ?? ''}lianyi.`;
}

/** The page's localStorage, or undefined where merely touching it throws (storage blocked). */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Outside a provider (a view rendered alone): nothing is remembered beyond the component's own state. */
const FORGETFUL: Preferences = { get: () => undefined, set: () => undefined };

const PreferencesContext = createContext<Preferences>(FORGETFUL);

/** Gives the pane its preferences (the entry sets the real ones; tests get memory). */
export const PreferencesProvider = PreferencesContext.Provider;

/** A remembered string as state: starts from what was remembered (else `initial`), remembers each change. */
export function usePreference(key: PreferenceKey, initial = ''): [string, (value: string) => void] {
  const preferences = useContext(PreferencesContext);
  const [value, setValue] = useState(() => preferences.get(key) ?? initial);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      preferences.set(key, next);
    },
    [key, preferences],
  );
  return [value, update];
}
