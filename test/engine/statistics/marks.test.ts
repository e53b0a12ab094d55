import { markConfusionMatrix, markOf, marksConfirmed, marksLowered, marksRaised, objectiveShare, type MarksScale } from '../../../src/engine/statistics';
import type { Measure } from '../../../src/engine/statistics/measure';
import { totalsWorks } from './rows';

/** Russian, grade 4, 2026: «2» 0–9, «3» 10–15, «4» 16–20, «5» 21–24. */
const RUSSIAN_4: MarksScale = { subject: 'русский язык', grade: 4, lowest3: 10, lowest4: 16, lowest5: 21, max: 24 };
const SCALE: Measure<MarksScale> = { value: RUSSIAN_4 };
const NO_SCALE: Measure<MarksScale> = { value: null, reason: 'no-scale' };

/**
 * Five works (S, E) → (mark of S, mark of E):
 * (16, 15) → (4, 3) lowered; (21, 20) → (5, 4) lowered; (12, 14) → (3, 3) confirmed though changed;
 * (9, 10) → (2, 3) raised; (24, 24) → (5, 5) confirmed.
 */
const FIVE = totalsWorks([[16, 15], [21, 20], [12, 14], [9, 10], [24, 24]]);

describe('markOf', () => {
  it('turns a score into a mark at the lowest score of each mark', () => {
    expect([0, 9, 10, 15, 16, 20, 21, 24].map((score) => markOf(score, RUSSIAN_4))).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe('marks lowered, confirmed and raised', () => {
  it('counts works by the mark of E against the mark of S', () => {
    expect(marksLowered(FIVE, SCALE)).toEqual({ value: 2 });
    expect(marksConfirmed(FIVE, SCALE)).toEqual({ value: 2 });
    expect(marksRaised(FIVE, SCALE)).toEqual({ value: 1 });
  });

  it('fills the 2–5 × 2–5 confusion matrix, school marks down, expert marks across', () => {
    expect(markConfusionMatrix(FIVE, SCALE)).toEqual({
      value: [
        // E: 2  3  4  5
        [0, 1, 0, 0], // S «2»: (9, 10)
        [0, 1, 0, 0], // S «3»: (12, 14)
        [0, 1, 0, 0], // S «4»: (16, 15)
        [0, 0, 1, 1], // S «5»: (21, 20), (24, 24)
      ],
    });
  });

  it('are null without a scale, with the reason the scale gave', () => {
    for (const measure of [marksLowered, marksConfirmed, marksRaised, markConfusionMatrix]) expect(measure(FIVE, NO_SCALE)).toEqual({ value: null, reason: 'no-scale' });
  });
});

describe('objectiveShare', () => {
  it('is the share of confirmed marks when a scale exists', () => {
    expect(objectiveShare(FIVE, SCALE)).toEqual({ value: 0.4 }); // 2 of 5
  });

  it('is the share of works with S = E without a scale', () => {
    expect(objectiveShare(FIVE, NO_SCALE)).toEqual({ value: 0.2 }); // only (24, 24)
  });

  it('is the share of works with S = E when the scale did not fit the test', () => {
    expect(objectiveShare(FIVE, { value: null, reason: 'scale-mismatch' })).toEqual({ value: 0.2 });
  });
});
