/**
 * One engine run as the pane sees it: idle, running with its last progress, done with the result, failed with
 * the reason, or cancelled. A reducer: pure, so every transition is tested without a browser. Runs are numbered;
 * a report of any run but the one running (a run cancelled or replaced) changes nothing.
 */

export type EngineRunState<P, R> =
  | { status: 'idle' }
  | { status: 'running'; run: number; progress: P | null }
  | { status: 'done'; run: number; result: R }
  | { status: 'failed'; run: number; reason: string }
  | { status: 'cancelled'; run: number };

export type EngineRunAction<P, R> =
  | { type: 'start'; run: number }
  | { type: 'progress'; run: number; progress: P }
  | { type: 'done'; run: number; result: R }
  | { type: 'failed'; run: number; reason: string }
  | { type: 'cancel'; run: number }
  | { type: 'reset' };

export const IDLE: EngineRunState<never, never> = { status: 'idle' };

export function engineRunReducer<P, R>(state: EngineRunState<P, R>, action: EngineRunAction<P, R>): EngineRunState<P, R> {
  switch (action.type) {
    case 'start':
      return { status: 'running', run: action.run, progress: null };
    case 'reset':
      return IDLE;
  }
  if (state.status !== 'running' || state.run !== action.run) return state;
  switch (action.type) {
    case 'progress':
      return { ...state, progress: action.progress };
    case 'done':
      return { status: 'done', run: action.run, result: action.result };
    case 'failed':
      return { status: 'failed', run: action.run, reason: action.reason };
    case 'cancel':
      return { status: 'cancelled', run: action.run };
  }
}

/** An error's text for the "failed" state. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
