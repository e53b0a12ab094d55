import { qwk } from '../../../src/engine/statistics';
import { totalsWorks } from './rows';

/**
 * Ten works of a test worth M = 2 points, as pairs (S, E):
 * (0,0) ×2, (0,1), (1,0), (1,1) ×3, (2,1), (2,2) ×2.
 *
 * Observed O (rows S = 0, 1, 2; columns E = 0, 1, 2):   row totals 3, 4, 3; column totals 3, 5, 2.
 *   | 2 1 0 |
 *   | 1 3 0 |
 *   | 0 1 2 |
 * Expected X[i][j] = row i total × column j total / 10:
 *   | 0.9 1.5 0.6 |
 *   | 1.2 2.0 0.8 |
 *   | 0.9 1.5 0.6 |
 * Weights w[i][j] = (i − j)² / M² = (i − j)² / 4:
 *   | 0    0.25 1    |
 *   | 0.25 0    0.25 |
 *   | 1    0.25 0    |
 * Σ w·O = 0.25 × (1 + 1 + 1) = 0.75.
 * Σ w·X = 0.25 × 1.5 + 1 × 0.6 + 0.25 × 1.2 + 0.25 × 0.8 + 1 × 0.9 + 0.25 × 1.5 = 2.75.
 * κ = 1 − 0.75 / 2.75 = 1 − 3/11 = 8/11 ≈ 0.727273.
 */
const HAND: [number, number][] = [[0, 0], [0, 0], [0, 1], [1, 0], [1, 1], [1, 1], [1, 1], [2, 1], [2, 2], [2, 2]];

/** QWK the long way, as scikit-learn's `cohen_kappa_score(weights='quadratic', labels=range(M + 1))` does it. */
function matrixKappa(pairs: readonly [number, number][], maxScore: number): number {
  const size = maxScore + 1;
  const observed = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const [s, e] of pairs) observed[s][e] += 1;
  const rows = observed.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = observed[0].map((_, j) => observed.reduce((total, row) => total + row[j], 0));
  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < size; i += 1)
    for (let j = 0; j < size; j += 1) {
      const weight = (i - j) ** 2;
      weightedObserved += weight * observed[i][j];
      weightedExpected += (weight * rows[i] * columns[j]) / pairs.length;
    }
  return 1 - weightedObserved / weightedExpected;
}

describe('qwk', () => {
  it('matches the kappa worked out by hand from the observed and expected matrices', () => {
    expect(qwk(totalsWorks(HAND, 2), 10).value).toBeCloseTo(8 / 11, 12);
  });

  it('agrees with the matrix computation over the full range 0…M when some scores are never given', () => {
    // Scores 0, 3 and 7 only, of a test worth 7: weights over label indices (0, 1, 2) would be wrong here.
    const sparse: [number, number][] = [[0, 0], [0, 3], [3, 3], [3, 0], [7, 7], [7, 3], [3, 3], [0, 0], [7, 7], [3, 7], [7, 7]];
    const value = qwk(totalsWorks(sparse, 7), 10).value!;
    expect(value).toBeCloseTo(matrixKappa(sparse, 7), 12);
    // By the closed form: Σ(S − E)² = 9 + 9 + 16 + 16 = 50; ΣS = 40, ΣE = 40, ΣS² = ΣE² = 9·4 + 49·4 = 232;
    // Σ w·X × n = 11 × 232 × 2 − 2 × 40 × 40 = 1904; κ = 1 − 11 × 50 / 1904 = 1354 / 1904 ≈ 0.711134.
    expect(value).toBeCloseTo(1354 / 1904, 12);
  });

  it('is 1 for perfect agreement and 0 when the expert gave a constant other total', () => {
    const perfect: [number, number][] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((s) => [s, s]);
    expect(qwk(totalsWorks(perfect), 10).value).toBe(1);
    // S constant a, E constant b ≠ a: Σ w·O = n(a − b)², Σ w·X = n(a − b)², κ = 0.
    expect(qwk(totalsWorks(Array.from({ length: 10 }, (): [number, number] => [5, 4])), 10).value).toBe(0);
  });

  it('is null with too-few-works for nine works', () => {
    expect(qwk(totalsWorks(HAND.slice(0, 9), 2), 10)).toEqual({ value: null, reason: 'too-few-works' });
  });

  it('is null with zero-variance when it is undefined: every work has the same S and E', () => {
    expect(qwk(totalsWorks(Array.from({ length: 10 }, (): [number, number] => [5, 5])), 10)).toEqual({ value: null, reason: 'zero-variance' });
  });
});
