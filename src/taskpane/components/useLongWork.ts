/** Long work a view starts (分发, 汇总, 交接): its progress, and a cancel that stops it before anything is written. */
import { useCallback, useRef, useState } from 'react';

/** How far the work is: `done` of `total` (files read, units written). */
export interface WorkProgress {
  readonly done: number;
  readonly total: number;
}

/** The state of a view's long work, and how to start and cancel it. */
export interface LongWork {
  readonly progress: WorkProgress | undefined;
  /** A fresh start: progress cleared, a signal the host honours, and the callback it reports progress to. */
  start(): { readonly signal: AbortSignal; readonly progress: (done: number, total: number) => void };
  /** Asks the running work to stop; the host stops before it writes anything. */
  cancel(): void;
}

/** Progress and cancelling for one view's long work. */
export function useLongWork(): LongWork {
  const [progress, setProgress] = useState<WorkProgress>();
  const controller = useRef<AbortController>(undefined);
  const start = useCallback(() => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress(undefined);
    return {
      signal: current.signal,
      progress: (done: number, total: number) => {
        if (controller.current === current) setProgress({ done, total });
      },
    };
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, start, cancel };
}
