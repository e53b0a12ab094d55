import { pearson } from '../../../src/engine/statistics';
import { totalsWorks } from './rows';

/**
 * Ten works: S = 0, 1, …, 9 and E = 1, 1, 2, 3, 4, 5, 6, 7, 8, 8.
 * n = 10; ΣS = 45, ΣS² = 285; ΣE = 45, ΣE² = 269; ΣSE = 0 + 1 + 4 + 9 + 16 + 25 + 36 + 49 + 64 + 72 = 276.
 * Σ(S − mean)² = 285 − 45²/10 = 82.5; Σ(E − mean)² = 269 − 202.5 = 66.5; Σ(S − mean)(E − mean) = 276 − 202.5 = 73.5.
 * r = 73.5 / sqrt(82.5 × 66.5) = 73.5 / sqrt(5486.25) ≈ 73.5 / 74.06922 ≈ 0.992315.
 */
const TEN: [number, number][] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((s, index) => [s, [1, 1, 2, 3, 4, 5, 6, 7, 8, 8][index]]);

describe('pearson', () => {
  it('matches the hand-computed r of ten works', () => {
    const r = pearson(totalsWorks(TEN), 10).value;
    expect(r).toBeCloseTo(73.5 / Math.sqrt(82.5 * 66.5), 12);
    expect(r).toBeCloseTo(0.992315, 6);
  });

  it('agrees with the textbook formula over deviations from the means', () => {
    const s = TEN.map(([school]) => school);
    const e = TEN.map(([, expert]) => expert);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [ms, me] = [mean(s), mean(e)];
    const covariance = s.reduce((total, value, index) => total + (value - ms) * (e[index] - me), 0);
    const spread = (values: number[], m: number) => values.reduce((total, value) => total + (value - m) ** 2, 0);
    expect(pearson(totalsWorks(TEN), 10).value).toBeCloseTo(covariance / Math.sqrt(spread(s, ms) * spread(e, me)), 12);
  });

  it('is null with too-few-works for nine works', () => {
    expect(pearson(totalsWorks(TEN.slice(0, 9)), 10)).toEqual({ value: null, reason: 'too-few-works' });
  });

  it('is null with zero-variance when the school gave every work the same total', () => {
    const flat: [number, number][] = TEN.map(([, expert]) => [7, expert]);
    expect(pearson(totalsWorks(flat), 10)).toEqual({ value: null, reason: 'zero-variance' });
  });

  it('is null with zero-variance when the expert gave every work the same total', () => {
    const flat: [number, number][] = TEN.map(([school]) => [school, 3]);
    expect(pearson(totalsWorks(flat), 10)).toEqual({ value: null, reason: 'zero-variance' });
  });
});
