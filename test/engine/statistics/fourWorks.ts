import type { MergedRow } from '../../../src/engine/statistics';
import { workRows } from './rows';

/**
 * Four works of one school, tasks with maxima 6, 6 and 2 (sum 14):
 *
 * | work | school (S)      | expert (E)      | S  | E  | S − E | tasks that differ |
 * | w1   | 5, 3, 2         | 4, 2, 2         | 10 |  8 |   2   | 1, 2              |
 * | w2   | 3, 4, X         | 3, 4, 0         |  7 |  7 |   0   | none (X = 0)      |
 * | w3   | 2, 3, 0         | 2, 3, 1         |  5 |  6 |  −1   | 3                 |
 * | w4   | 6, 4, 2         | 5, 5, 2         | 12 | 12 |   0   | 1, 2              |
 *
 * Error codes: w1 task 1 → 3, task 2 → 2 and 3; w3 task 3 → 1; w4 tasks 1 and 2 → 4; task 1 of w1 marked hardest.
 */
export function fourWorks(): MergedRow[] {
  return [
    ...workRows('w1', [
      ['1', 6, 5, 4, [3], true],
      ['2', 6, 3, 2, [2, 3]],
      ['3', 2, 2, 2],
    ]),
    ...workRows('w2', [
      ['1', 6, 3, 3],
      ['2', 6, 4, 4],
      ['3', 2, 'X', 0],
    ]),
    ...workRows('w3', [
      ['1', 6, 2, 2],
      ['2', 6, 3, 3],
      ['3', 2, 0, 1, [1]],
    ]),
    ...workRows('w4', [
      ['1', 6, 6, 5, [4]],
      ['2', 6, 4, 5, [4]],
      ['3', 2, 2, 2],
    ]),
  ];
}
