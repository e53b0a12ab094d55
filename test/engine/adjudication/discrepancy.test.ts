import { finalScores } from '../../../src/engine/adjudication';
import { twice } from './rounds';

const SCHOOL = [2, 3, 3, 4];

function discrepancyOfWork(a: number[], b: number[]) {
  const [work] = finalScores(twice('0001', SCHOOL, a, b)).works;
  return work.discrepancy!;
}

describe('a substantial discrepancy between two experts', () => {
  it('is not one task differing by 1 point', () => {
    const d = discrepancyOfWork([2, 3, 3, 4], [2, 2, 3, 4]);
    expect(d).toMatchObject({ total: 1, largestTask: 1, rules: [], substantial: false });
  });

  it('is one task differing by 2 points', () => {
    const d = discrepancyOfWork([2, 3, 3, 4], [2, 1, 3, 4]);
    expect(d).toMatchObject({ total: 2, largestTask: 2, rules: ['task'], substantial: true });
    expect(d.tasks.map((task) => task.difference)).toEqual([0, 2, 0, 0]);
  });

  it('is not totals differing by 2 with every task within 1', () => {
    const d = discrepancyOfWork([2, 3, 3, 4], [1, 2, 3, 4]);
    expect(d).toMatchObject({ total: 2, largestTask: 1, rules: [], substantial: false });
  });

  it('is totals differing by 3 even when every task is within 1', () => {
    const d = discrepancyOfWork([2, 3, 3, 4], [1, 2, 2, 4]);
    expect(d).toMatchObject({ total: 3, largestTask: 1, rules: ['total'], substantial: true });
  });

  it('counts X as 0 points', () => {
    const [work] = finalScores(twice('0001', SCHOOL, ['X', 3, 3, 4], [2, 3, 3, 4])).works;
    expect(work.discrepancy).toMatchObject({ largestTask: 2, rules: ['task'], substantial: true });
  });

  it('follows the thresholds given as settings', () => {
    const [work] = finalScores(twice('0001', SCHOOL, [2, 3, 3, 4], [2, 1, 3, 4]), new Map(), { taskDifference: 3, totalDifference: 3 }).works;
    expect(work.discrepancy).toMatchObject({ substantial: false });
    expect(work.status).toBe('mean');
  });
});
