import { measured, notEnoughData, type Measure } from './measure';
import type { ScoredWork } from './types';

/** `exactTotals` = share of works with S = E. */
export function exactTotals(group: readonly ScoredWork[]): Measure {
  return shareOf(group, (work) => work.schoolTotal === work.expertTotal);
}

/** `adjacentTotals` = share with |S − E| ≤ 1. */
export function adjacentTotals(group: readonly ScoredWork[]): Measure {
  return shareOf(group, (work) => Math.abs(work.schoolTotal - work.expertTotal) <= 1);
}

/** The share (0…1) of works that pass; no share of no works. */
export function shareOf(group: readonly ScoredWork[], passes: (work: ScoredWork) => boolean): Measure {
  if (group.length === 0) return notEnoughData('no-works');
  return measured(group.filter(passes).length / group.length);
}
