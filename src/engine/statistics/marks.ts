import { markOf, type MarksScale } from './marksScale';
import { measured, notEnoughData, type Measure } from './measure';
import type { ScoredWork } from './types';

/**
 * A **mark confusion matrix** 2–5 × 2–5. Without a scale these are null.
 *
 * `matrix[s − 2][e − 2]` is the number of works whose school total S earns
 * mark s and whose expert total E earns mark e on the test's marks scale.
 */
export function markConfusionMatrix(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure<number[][]> {
  if (scale.value === null) return notEnoughData(scale.reason);
  const matrix = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const work of group) matrix[markOf(work.schoolTotal, scale.value) - 2][markOf(work.expertTotal, scale.value) - 2] += 1;
  return measured(matrix);
}

/**
 * `marksLowered`, `marksConfirmed`, `marksRaised` (counts of works: mark of E against mark of S). Without a scale these are null.
 *
 * Lowered: the mark of E is below the mark of S.
 */
export function marksLowered(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  return countMarks(group, scale, (school, expert) => expert < school);
}

/** Confirmed: the mark of E equals the mark of S (see `marksLowered`). */
export function marksConfirmed(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  return countMarks(group, scale, (school, expert) => expert === school);
}

/** Raised: the mark of E is above the mark of S (see `marksLowered`). */
export function marksRaised(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  return countMarks(group, scale, (school, expert) => expert > school);
}

function countMarks(group: readonly ScoredWork[], scale: Measure<MarksScale>, counts: (school: number, expert: number) => boolean): Measure {
  if (scale.value === null) return notEnoughData(scale.reason);
  const marks = scale.value;
  return measured(group.filter((work) => counts(markOf(work.schoolTotal, marks), markOf(work.expertTotal, marks))).length);
}
