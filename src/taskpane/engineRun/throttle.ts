/** At most this often (ms) a run's progress crosses to the pane: the indexer reports every file. */
export const PROGRESS_INTERVAL = 100;

/**
 * Passes a report on when `interval` ms have passed since the last one passed, or when `urgent` says it must
 * (a stage's first or last report). The clock is a parameter for tests.
 */
export function throttled<T>(
  report: (value: T) => void,
  urgent: (value: T) => boolean = () => false,
  interval = PROGRESS_INTERVAL,
  now: () => number = Date.now,
): (value: T) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (value) => {
    const time = now();
    if (!urgent(value) && time - last < interval) return;
    last = time;
    report(value);
  };
}
