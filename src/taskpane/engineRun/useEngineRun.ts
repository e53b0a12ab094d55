import { proxy, type Remote } from 'comlink';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { EngineWorkerApi } from './engineApi';
import { onEngine } from './enginePort';
import { engineRunReducer, errorText, IDLE, type EngineRunAction, type EngineRunState } from './engineRunState';

/** One kind of run on the engine worker: `onProgress` is already a Comlink proxy. */
export type EngineTask<A, P, R> = (engine: Remote<EngineWorkerApi>, run: number, args: A, onProgress: (progress: P) => void) => Promise<R>;

export interface EngineRun<A, P, R> {
  state: EngineRunState<P, R>;
  /** Starts a run (one already going is cancelled first). */
  start: (args: A) => void;
  /** Stops the run in the worker; the state is "cancelled" at once. */
  cancel: () => void;
  /** Back to idle, stopping a run that is still going. */
  reset: () => void;
}

/** Run numbers are unique across the pane: every hook shares the one worker. */
let lastRun = 0;

/**
 * Runs `task` on the engine worker with progress and cancel: the pane's one way to run the engine. `onDone` is
 * told the result of a run that was not cancelled or replaced. Leaving the screen stops a run that is going.
 */
export function useEngineRun<A, P, R>(task: EngineTask<A, P, R>, onDone?: (result: R, args: A) => void): EngineRun<A, P, R> {
  const [state, dispatch] = useReducer(
    (current: EngineRunState<P, R>, action: EngineRunAction<P, R>) => engineRunReducer(current, action),
    IDLE,
  );
  const running = useRef<number | null>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  const stop = useCallback(() => {
    const run = running.current;
    running.current = null;
    if (run !== null) void onEngine((engine) => engine.cancel(run)).catch(() => undefined);
    return run;
  }, []);

  const start = useCallback(
    (args: A) => {
      stop();
      const run = ++lastRun;
      running.current = run;
      dispatch({ type: 'start', run });
      const onProgress = proxy((progress: P) => dispatch({ type: 'progress', run, progress }));
      onEngine((engine) => task(engine, run, args, onProgress)).then(
        (result) => {
          if (running.current !== run) return;
          running.current = null;
          dispatch({ type: 'done', run, result });
          done.current?.(result, args);
        },
        (error: unknown) => {
          if (running.current !== run) return;
          running.current = null;
          dispatch({ type: 'failed', run, reason: errorText(error) });
        },
      );
    },
    [task, stop],
  );

  const cancel = useCallback(() => {
    const run = stop();
    if (run !== null) dispatch({ type: 'cancel', run });
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    dispatch({ type: 'reset' });
  }, [stop]);

  useEffect(() => () => void stop(), [stop]);

  return { state, start, cancel, reset };
}
