import { addErrorCodes, noErrorCodes, type ErrorCodeCounts } from './errorCodeCounts';
import { testKey } from './testKey';
import type { ScoredWork } from './types';

/** One task of one variant of a test, over the task rows of the fully scored works. */
export interface TaskStatistics {
  subject: string;
  grade: number;
  variant: number;
  task: string;
  max: number;
  /** Task rows (works of the variant with this task). */
  rows: number;
  /** Mean school points. */
  schoolMean: number;
  /** Mean expert points. */
  expertMean: number;
  /** Share of rows where the school's and the expert's points are equal. */
  exact: number;
  /** Share of rows where the school gave more points than the expert. */
  schoolHigher: number;
  errorCodes: ErrorCodeCounts;
  /** How many experts marked the task hardest (+). */
  hardest: number;
}

/** Sums over the rows of a task so far; `rows`, `max` and `errorCodes` are final once every row is added. */
interface TaskAccumulator extends Pick<TaskStatistics, 'subject' | 'grade' | 'variant' | 'task' | 'max' | 'rows' | 'errorCodes'> {
  school: number;
  expert: number;
  exact: number;
  schoolHigher: number;
  hardestExperts: Set<string>;
}

/**
 * Per task (test, variant, task): rows, max, mean school and expert points, share exact, share where the school
 * gave more, error codes 1–7, how many experts marked it hardest (+). Ordered by subject, grade and variant;
 * within a variant, in the order the tasks first appear.
 */
export function taskStatistics(scoredWorks: readonly ScoredWork[]): TaskStatistics[] {
  const byTask = new Map<string, TaskAccumulator>();
  for (const work of scoredWorks) {
    for (const task of work.tasks) {
      const key = `${testKey(work.subject, work.grade)}\u0000${work.variant}\u0000${task.task}`;
      let entry = byTask.get(key);
      if (entry === undefined) {
        entry = {
          subject: work.subject,
          grade: work.grade,
          variant: work.variant,
          task: task.task,
          max: task.max,
          rows: 0,
          school: 0,
          expert: 0,
          exact: 0,
          schoolHigher: 0,
          errorCodes: noErrorCodes(),
          hardestExperts: new Set(),
        };
        byTask.set(key, entry);
      }
      entry.rows += 1;
      entry.max = Math.max(entry.max, task.max);
      entry.school += task.school;
      entry.expert += task.expert;
      if (task.school === task.expert) entry.exact += 1;
      if (task.school > task.expert) entry.schoolHigher += 1;
      addErrorCodes(entry.errorCodes, task.errorCodes);
      if (task.hardest) entry.hardestExperts.add(work.expert);
    }
  }
  const ordered = [...byTask.values()].sort(
    (a, b) => a.subject.localeCompare(b.subject, 'ru') || a.grade - b.grade || a.variant - b.variant,
  );
  return ordered.map((entry) => ({
    subject: entry.subject,
    grade: entry.grade,
    variant: entry.variant,
    task: entry.task,
    max: entry.max,
    rows: entry.rows,
    schoolMean: entry.school / entry.rows,
    expertMean: entry.expert / entry.rows,
    exact: entry.exact / entry.rows,
    schoolHigher: entry.schoolHigher / entry.rows,
    errorCodes: entry.errorCodes,
    hardest: entry.hardestExperts.size,
  }));
}
