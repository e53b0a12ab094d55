import type { PrepareProgress } from './Preparation.types';

/** What the progress line says: the phase, the numbers, and the bar's value (undefined: indeterminate). */
export type ProgressPhase =
  | { phase: 'starting'; value: undefined }
  | { phase: 'index'; files: number; value: undefined }
  | { phase: 'sheets'; done: number; total: number; value: number }
  | { phase: 'assigning'; value: undefined }
  | { phase: 'packages'; done: number; total: number; value: number };

/**
 * The engine reports the archives (files looked at, total unknown), then each school sheet, then each package
 * once built. Between the last sheet and the first package the works are assigned and the first package is
 * built: that is its own phase, so the bar does not sit at "2 of 2 sheets".
 */
export function progressPhase(progress: PrepareProgress | null): ProgressPhase {
  if (!progress) return { phase: 'starting', value: undefined };
  const { stage, done, total } = progress;
  if (stage === 'index') return { phase: 'index', files: done, value: undefined };
  if (stage === 'sheets') {
    if (done >= total) return { phase: 'assigning', value: undefined };
    return { phase: 'sheets', done, total, value: total > 0 ? done / total : 0 };
  }
  return { phase: 'packages', done, total, value: total > 0 ? Math.min(1, done / total) : 1 };
}
