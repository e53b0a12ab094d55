import type { ScoredWork } from './types';

/**
 * The sums every second-moment measure is built from. Totals are whole points, so these sums are exact
 * integers, and a zero variance is found exactly rather than as a rounding residue.
 */
export interface TotalSums {
  n: number;
  school: number;
  expert: number;
  schoolSquares: number;
  expertSquares: number;
  products: number;
}

export function totalSums(group: readonly ScoredWork[]): TotalSums {
  const sums: TotalSums = { n: 0, school: 0, expert: 0, schoolSquares: 0, expertSquares: 0, products: 0 };
  for (const { schoolTotal: s, expertTotal: e } of group) {
    sums.n += 1;
    sums.school += s;
    sums.expert += e;
    sums.schoolSquares += s * s;
    sums.expertSquares += e * e;
    sums.products += s * e;
  }
  return sums;
}

/** n² × the sample variance × (n − 1)/n, i.e. n Σx² − (Σx)²: zero exactly when every value is the same. */
export function scaledSpread(n: number, sum: number, squares: number): number {
  return n * squares - sum * sum;
}
