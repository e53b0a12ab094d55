import { adjacentTotals, exactTotals, expertMean, meanDifference, schoolMean, tasks, tasksChanged, works, worksChanged } from '../../../src/engine/statistics';
import { fourWorks } from './fourWorks';
import { scoredWorks } from './rows';

describe('counts, means and agreement of totals over the four hand-made works', () => {
  const group = scoredWorks(fourWorks());

  it('counts works, changed works (any task differs, even when the totals agree), task rows and changed task rows', () => {
    expect(works(group)).toBe(4);
    expect(worksChanged(group)).toBe(3); // w1, w3, w4; w2 differs nowhere (X against 0 is no difference)
    expect(tasks(group)).toBe(12); // 4 works × 3 tasks
    expect(tasksChanged(group)).toBe(5); // w1: 2, w3: 1, w4: 2
  });

  it('gives the means of S, of E and of S − E unrounded', () => {
    expect(schoolMean(group)).toEqual({ value: 8.5 }); // (10 + 7 + 5 + 12) / 4 = 34 / 4
    expect(expertMean(group)).toEqual({ value: 8.25 }); // (8 + 7 + 6 + 12) / 4 = 33 / 4
    expect(meanDifference(group)).toEqual({ value: 0.25 }); // (2 + 0 − 1 + 0) / 4
  });

  it('gives the shares of works with S = E and with |S − E| ≤ 1 as fractions', () => {
    expect(exactTotals(group)).toEqual({ value: 0.5 }); // w2, w4
    expect(adjacentTotals(group)).toEqual({ value: 0.75 }); // w2, w3 (|−1|), w4; not w1 (2)
  });

  it('has no means or shares of no works, and says why', () => {
    for (const measure of [schoolMean, expertMean, meanDifference, exactTotals, adjacentTotals]) expect(measure([])).toEqual({ value: null, reason: 'no-works' });
  });
});
