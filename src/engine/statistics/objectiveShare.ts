import { markOf, type MarksScale } from './marksScale';
import type { Measure } from './measure';
import { shareOf } from './totalsAgreement';
import type { ScoredWork } from './types';

/**
 * `objectiveShare`: share of works graded objectively — mark confirmed when a scale exists, else S = E.
 * The headline of the report, read against a target (default 90 %).
 */
export function objectiveShare(group: readonly ScoredWork[], scale: Measure<MarksScale>): Measure {
  const marks = scale.value;
  if (marks === null) return shareOf(group, (work) => work.schoolTotal === work.expertTotal);
  return shareOf(group, (work) => markOf(work.schoolTotal, marks) === markOf(work.expertTotal, marks));
}
