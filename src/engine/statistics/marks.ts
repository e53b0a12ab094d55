import { markOf, type MarksScale } from './marksScale';
import { measured, notEnoughData, type Measure } from './measure';
import type { ScoredWork } from './types';

/**
 * The mark confusion matrix 2–5 × 2–5: `matrix[s − 2][e − 2]` is the number of works whose school total S earns
 * mark s and whose expert total E earns mark e on the test's marks scale. Null without a scale.
 */
export function markConfusionMatrix(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure<number[][]> {
  if (scale.value === null) return notEnoughData(scale.reason);
  const matrix = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const work of group) matrix[markOf(work.schoolTotal, scale.value) - 2][markOf(work.expertTotal, scale.value) - 2] += 1;
  return measured(matrix);
}

/** `marksLowered`: the number of works whose mark of E is below the mark of S. Null without a scale. */
export function marksLowered(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  return countMarks(group, scale, (school, expert) => expert < school);
}

/** `marksConfirmed`: the number of works whose mark of E equals the mark of S. Null without a scale. */
export function marksConfirmed(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  return countMarks(group, scale, (school, expert) => expert === school);
}

/** `marksRaised`: the number of works whose mark of E is above the mark of S. Null without a scale. */
export function marksRaised(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  return countMarks(group, scale, (school, expert) => expert > school);
}

function countMarks(group: readonly ScoredWork[], scale: Measure<MarksScale>, counts: (school: number, expert: number) => boolean): Measure {
  if (scale.value === null) return notEnoughData(scale.reason);
  const marks = scale.value;
  return measured(group.filter((work) => counts(markOf(work.schoolTotal, marks), markOf(work.expertTotal, marks))).length);
}
