import { measured, notEnoughData, type Measure } from './measure';
import { scaledSpread, totalSums } from './totalSums';
import type { ScoredWork } from './types';

/**
 * `pearson` (null when n < 10 or a variance is 0).
 *
 * Pearson's r between S and E over the group's works: r = Σ(S − mean S)(E − mean E) / sqrt(Σ(S − mean S)² ·
 * Σ(E − mean E)²). The 10 is the `minimumWorks` setting.
 */
export function pearson(group: readonly ScoredWork[], minimumWorks: number): Measure {
  const sums = totalSums(group);
  const { n } = sums;
  if (n < minimumWorks || n < 2) return notEnoughData(n === 0 ? 'no-works' : 'too-few-works');
  const schoolSpread = scaledSpread(n, sums.school, sums.schoolSquares);
  const expertSpread = scaledSpread(n, sums.expert, sums.expertSquares);
  if (schoolSpread === 0 || expertSpread === 0) return notEnoughData('zero-variance');
  // Each Σ(x − mean)(y − mean) is (n Σxy − Σx Σy) / n; the n's cancel in the ratio.
  const covariance = n * sums.products - sums.school * sums.expert;
  return measured(covariance / Math.sqrt(schoolSpread * expertSpread));
}
