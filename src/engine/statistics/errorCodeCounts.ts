import type { ScoredWork } from './types';

export type ErrorCodeNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** How many times each error code 1–7 was given (`{"1": n, …, "7": n}` in JSON). */
export type ErrorCodeCounts = Record<ErrorCodeNumber, number>;

export function noErrorCodes(): ErrorCodeCounts {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 };
}

/** Adds the codes of one task row; codes outside 1–7 are not counted. */
export function addErrorCodes(counts: ErrorCodeCounts, codes: readonly number[]): void {
  for (const code of codes) if (Number.isInteger(code) && code >= 1 && code <= 7) counts[code as ErrorCodeNumber] += 1;
}

/**
 * Error codes 1–7 counted at every level.
 *
 * For each code, the number of task rows of the group's works the expert gave it to.
 */
export function errorCodeCounts(group: readonly ScoredWork[]): ErrorCodeCounts {
  const counts = noErrorCodes();
  for (const work of group) for (const task of work.tasks) addErrorCodes(counts, task.errorCodes);
  return counts;
}
