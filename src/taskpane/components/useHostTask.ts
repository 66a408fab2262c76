/** How a view calls its host: one call at a time, with a busy state and the failure to show. */
import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../core/result';
import type { Failure } from '../../app/ledgerHost';
import { isFailure, unexpectedFailure } from '../../core/failures';

/** An exception out of a host (a bug, or Office failing in a way the host did not expect), said so the user can act. */
export const thrownHostError = unexpectedFailure;

/** A view's handle on its host calls; `run` ignores a call made while another is running. */
export interface HostTask {
  readonly busy: boolean;
  readonly error: Failure | undefined;
  /** Runs one host call: busy while it runs; a Failure (returned or thrown) is kept to show, never swallowed. */
  run<T, E>(call: () => Promise<Result<T, E>>): Promise<Result<T, E> | undefined>;
  clearError(): void;
}

/** State for a view's calls to the host: whether one is running and the last error. */
export function useHostTask(): HostTask {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | undefined>();
  const running = useRef(false);
  const run = useCallback(async <T, E>(call: () => Promise<Result<T, E>>): Promise<Result<T, E> | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const result = await call();
      if (!result.ok && isFailure(result.error)) setError(result.error);
      return result;
    } catch (cause) {
      setError(thrownHostError(cause));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { busy, error, run, clearError };
}
