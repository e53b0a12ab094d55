import { expertAgreement, type RoundsOfWork } from '../../../src/engine/statistics';

/** A scoring of a work: its expert, round, and points of tasks 1 and 2. */
function round(round: number, expertId: string, points: [number, number]) {
  return {
    round, expert: `Эксперт ${expertId}`, expertId, total: points[0] + points[1],
    tasks: [{ task: '1', max: 6, points: points[0] }, { task: '2', max: 4, points: points[1] }],
  };
}

function work(rounds: ReturnType<typeof round>[], total: number | null, substantial: boolean): RoundsOfWork {
  return { subject: 'русский язык', grade: 6, rounds, total, discrepancy: rounds.length >= 2 ? { substantial } : null };
}

/**
 * Four works scored by X in round 1 and by Y (works 1–2) or Z (works 3–4) in round 2; work 4 differed
 * substantially and W scored it third. Totals A = 5, 6, 7, 8 and B = 5, 7, 7, 10; finals 5, 7, 7, 9.
 */
const WORKS: RoundsOfWork[] = [
  work([round(1, 'Э01', [2, 3]), round(2, 'Э02', [2, 3])], 5, false),
  work([round(1, 'Э01', [3, 3]), round(2, 'Э02', [3, 4])], 7, false),
  work([round(1, 'Э01', [3, 4]), round(2, 'Э03', [4, 3])], 7, false),
  work([round(1, 'Э01', [4, 4]), round(2, 'Э03', [6, 4]), round(3, 'Э04', [5, 4])], 9, true),
  // Scored once: counts in the expert's works, not in the agreement.
  work([round(1, 'Э02', [1, 1])], 2, false),
];

describe('expert–expert agreement on doubly scored works', () => {
  const agreement = expertAgreement(WORKS, { minimumWorks: 4 });
  const [test] = agreement.tests;

  it('measures the totals as the school–expert measures do, computed by hand', () => {
    expect(test).toMatchObject({ subject: 'русский язык', grade: 6, works: 4, thirdChecks: 1, exact: 0.5, adjacent: 0.75 });
    // QWK = 1 − n Σ(A − B)² / (n ΣA² + n ΣB² − 2 ΣA ΣB) = 1 − 4·5 / (4·174 + 4·223 − 2·26·29) = 1 − 20/80.
    expect(test.qwk).toBeCloseTo(0.75, 12);
    // SMD = (7,25 − 6,5) / sqrt((var A + var B) / 2), var A = 5/3, var B = 12,75/3 = 4,25.
    expect(test.smd).toBeCloseTo(0.75 / Math.sqrt((5 / 3 + 4.25) / 2), 12);
  });

  it('measures each task across the doubly scored works', () => {
    const [task1, task2] = test.tasks;
    // Task 1: A = 2, 3, 3, 4; B = 2, 3, 4, 6.
    expect(task1).toMatchObject({ task: '1', max: 6, works: 4, exact: 0.5, adjacent: 0.75 });
    // Task 2: A = 3, 3, 4, 4; B = 3, 4, 3, 4.
    expect(task2).toMatchObject({ task: '2', max: 4, works: 4, exact: 0.5, adjacent: 1 });
    // Task 2: ΣA = 14, ΣB = 14, ΣA² = 50, ΣB² = 50, Σ(A − B)² = 2: 1 − 4·2 / (200 + 200 − 392) = 0.
    expect(task2.qwk).toBeCloseTo(0, 12);
  });

  it('gives no kappa under the minimum number of works', () => {
    const small = expertAgreement(WORKS);
    expect(small.tests[0].qwk).toBeNull();
    expect(small.tests[0].notEnoughData.qwk).toBe('too-few-works');
  });

  it('tells each expert’s works, the third checks they took part in and their signed difference from the final', () => {
    expect(agreement.experts.map((e) => [e.expertId, e.works, e.doublyScored, e.thirdChecks, e.thirdShare, e.meanDifference, e.flagged])).toEqual([
      // X: 5 − 5, 6 − 7, 7 − 7, 8 − 9 → −0,5: at the limit, not beyond it.
      ['Э01', 4, 4, 1, 0.25, -0.5, false],
      // Y: 5 − 5, 7 − 7 → 0; its single-scored work counts among its works only.
      ['Э02', 3, 2, 0, 0, 0, false],
      // Z: 7 − 7, 10 − 9 → +0,5.
      ['Э03', 2, 2, 1, 0.5, 0.5, false],
      // W scored the final itself: no difference to measure.
      ['Э04', 1, 0, 0, null, null, false],
    ]);
  });

  it('flags an expert whose difference exceeds the setting', () => {
    const strict = expertAgreement(WORKS, { expertDifferenceLimit: 0.45 });
    expect(strict.experts.filter((e) => e.flagged).map((e) => e.expertId)).toEqual(['Э01', 'Э03']);
  });

  it('has no test rows without doubly scored works', () => {
    expect(expertAgreement([WORKS[4]]).tests).toEqual([]);
  });
});
