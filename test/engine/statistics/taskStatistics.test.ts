import { taskStatistics } from '../../../src/engine/statistics';
import { fourWorks } from './fourWorks';
import { scoredWorks, workRows } from './rows';

describe('taskStatistics', () => {
  it('gives rows, max, mean points, shares exact and school-higher, error codes and hardest per task of the four works', () => {
    expect(taskStatistics(scoredWorks(fourWorks()))).toEqual([
      {
        // S 5, 3, 2, 6 → 16 / 4 = 4; E 4, 3, 2, 5 → 14 / 4 = 3.5; equal in w2, w3; school more in w1, w4.
        ...{ subject: 'русский язык', grade: 4, variant: 1, task: '1', max: 6, rows: 4 },
        ...{ schoolMean: 4, expertMean: 3.5, exact: 0.5, schoolHigher: 0.5 },
        errorCodes: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 0, 7: 0 },
        hardest: 1,
      },
      {
        // S 3, 4, 3, 4 → 3.5; E 2, 4, 3, 5 → 3.5; equal in w2, w3; school more in w1 only (w4 gave less).
        ...{ subject: 'русский язык', grade: 4, variant: 1, task: '2', max: 6, rows: 4 },
        ...{ schoolMean: 3.5, expertMean: 3.5, exact: 0.5, schoolHigher: 0.25 },
        errorCodes: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 0, 6: 0, 7: 0 },
        hardest: 0,
      },
      {
        // S 2, X, 0, 2 → 4 / 4 = 1 (X is 0); E 2, 0, 1, 2 → 1.25; equal in w1, w2 (X = 0), w4.
        ...{ subject: 'русский язык', grade: 4, variant: 1, task: '3', max: 2, rows: 4 },
        ...{ schoolMean: 1, expertMean: 1.25, exact: 0.75, schoolHigher: 0 },
        errorCodes: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
        hardest: 0,
      },
    ]);
  });

  it('counts the experts who marked a task hardest, not the rows, and keeps variants apart', () => {
    const rows = [
      ...workRows('a1', [['1', 2, 1, 1, [], true]], { expert: 'Эксперт А' }),
      ...workRows('a2', [['1', 2, 2, 2, [], true]], { expert: 'Эксперт А' }),
      ...workRows('b1', [['1', 2, 0, 0, [], true]], { expert: 'Эксперт Б' }),
      ...workRows('b2', [['1', 2, 0, 0, [], false]], { expert: 'Эксперт В' }),
      ...workRows('c1', [['1', 3, 2, 1, [2]]], { expert: 'Эксперт А', variant: 2 }),
    ];
    const result = taskStatistics(scoredWorks(rows));
    expect(result.map((task) => [task.variant, task.task, task.max, task.rows, task.hardest])).toEqual([
      [1, '1', 2, 4, 2],
      [2, '1', 3, 1, 0],
    ]);
  });

  it('does not count error codes outside 1–7', () => {
    const [task] = taskStatistics(scoredWorks(workRows('w', [['1', 2, 2, 0, [0, 8, 6, 6]]])));
    expect(task.errorCodes).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 2, 7: 0 });
  });
});
