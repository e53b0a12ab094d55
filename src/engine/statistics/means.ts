import { measured, notEnoughData, type Measure } from './measure';
import type { ScoredWork } from './types';

/**
 * `schoolMean` = mean S.
 *
 * School total `S` and expert total `E` of a work: sums of points over its tasks. Points of a score: its number; `X` is 0.
 */
export function schoolMean(group: readonly ScoredWork[]): Measure {
  return meanOf(group, (work) => work.schoolTotal);
}

/** `expertMean` = mean E. */
export function expertMean(group: readonly ScoredWork[]): Measure {
  return meanOf(group, (work) => work.expertTotal);
}

/**
 * `meanDifference` = mean(S − E).
 *
 * Positive when the school gave more points than the expert.
 */
export function meanDifference(group: readonly ScoredWork[]): Measure {
  return meanOf(group, (work) => work.schoolTotal - work.expertTotal);
}

function meanOf(group: readonly ScoredWork[], value: (work: ScoredWork) => number): Measure {
  if (group.length === 0) return notEnoughData('no-works');
  return measured(group.reduce((total, work) => total + value(work), 0) / group.length);
}
