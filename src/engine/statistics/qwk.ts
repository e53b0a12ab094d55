import { measured, notEnoughData, type Measure } from './measure';
import { totalSums } from './totalSums';
import type { ScoredWork } from './types';

/**
 * `qwk` = quadratic weighted kappa of S against E over the integer categories 0…M (M: the largest sum of task
 * maxima among the test's variants), null when n < 10 or undefined. The 10 is the `minimumWorks` setting.
 *
 * κ = 1 − Σ w·O / Σ w·X, with O[i][j] the number of works with S = i and E = j, X[i][j] = (row i total) ×
 * (column j total) / n the counts expected by chance, and weights w[i][j] = (i − j)² / M².
 * The weights are taken over the score values themselves, not over the indices of the labels that happen to be
 * observed (scikit-learn's `cohen_kappa_score` caveat: a missing category would shift every weight). With that, the
 * sums reduce to Σ w·O = Σ(S − E)² / M² and Σ w·X = (n ΣS² + n ΣE² − 2 ΣS ΣE) / (n M²); M² cancels, so neither
 * the matrix nor M is needed. Undefined when every S and every E is the same score (Σ w·X = 0).
 */
export function qwk(group: readonly ScoredWork[], minimumWorks: number): Measure {
  const sums = totalSums(group);
  const { n } = sums;
  if (n === 0) return notEnoughData('no-works');
  if (n < minimumWorks) return notEnoughData('too-few-works');
  const observed = sums.schoolSquares - 2 * sums.products + sums.expertSquares;
  const expectedTimesN = n * sums.schoolSquares + n * sums.expertSquares - 2 * sums.school * sums.expert;
  if (expectedTimesN === 0) return notEnoughData('zero-variance');
  return measured(1 - (n * observed) / expectedTimesN);
}
