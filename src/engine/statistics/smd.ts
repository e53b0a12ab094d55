import { measured, notEnoughData, type Measure } from './measure';
import { scaledSpread, totalSums } from './totalSums';
import type { ScoredWork } from './types';

/**
 * D = sqrt((var S + var E) / 2) over **all works of the test in the region** (sample variances, n − 1): the
 * denominator of `smd` for every group of the test. Null when D is 0 or with fewer than 2 works (no sample variance).
 */
export function standardisingDeviation(regionWorks: readonly ScoredWork[]): Measure {
  const sums = totalSums(regionWorks);
  if (sums.n < 2) return notEnoughData('too-few-works');
  const { n } = sums;
  const spread = scaledSpread(n, sums.school, sums.schoolSquares) + scaledSpread(n, sums.expert, sums.expertSquares);
  if (spread === 0) return notEnoughData('zero-variance');
  // var S + var E = (spread S + spread E) / (n (n − 1)).
  return measured(Math.sqrt(spread / (n * (n - 1)) / 2));
}

/**
 * `smd` = (mean E − mean S) / D, where D = sqrt((var S + var E) / 2) over all works of the test in the region
 * (sample variances, n − 1) — the Williamson et al. (2012) form RSMTool uses for subgroups, so the same bias reads
 * the same in a homogeneous school and a varied one; null when D is 0.
 *
 * Negative when the school gave more points than the expert.
 */
export function smd(group: readonly ScoredWork[], regionDeviation: Measure): Measure {
  if (group.length === 0) return notEnoughData('no-works');
  if (regionDeviation.value === null) return notEnoughData(regionDeviation.reason);
  const difference = group.reduce((total, work) => total + (work.expertTotal - work.schoolTotal), 0);
  return measured(difference / group.length / regionDeviation.value);
}
