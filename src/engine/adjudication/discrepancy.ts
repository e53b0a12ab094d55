import type { AdjudicationSettings } from './settings';
import type { RoundScore } from './workRounds';

/** Which rule found a discrepancy substantial: a task, or the totals. */
export type DiscrepancyRule = 'task' | 'total';

/** How far two experts' scorings of one work differ, per task and in total (points; `X` is 0). */
export interface Discrepancy {
  /** Per task: both experts' points and |a − b|, in the work's task order. */
  tasks: { task: string; points: [number, number]; difference: number }[];
  /** |total a − total b|. */
  total: number;
  /** The largest task difference. */
  largestTask: number;
  /** The rules that fired: `task` — a task differs by `taskDifference` or more; `total` — totals by `totalDifference` or more. */
  rules: DiscrepancyRule[];
  /** Any rule fired: the work goes to a third expert. */
  substantial: boolean;
}

/** The discrepancy between two complete scorings of the same work (tasks matched by their number). */
export function discrepancyOf(a: RoundScore, b: RoundScore, settings: Pick<AdjudicationSettings, 'taskDifference' | 'totalDifference'>): Discrepancy {
  const other = new Map(b.tasks.map((task) => [task.task, task.points]));
  const tasks = a.tasks.map((task) => {
    const points = other.get(task.task) ?? 0;
    return { task: task.task, points: [task.points, points] as [number, number], difference: Math.abs(task.points - points) };
  });
  const total = Math.abs(a.total - b.total);
  const largestTask = Math.max(0, ...tasks.map((task) => task.difference));
  const rules: DiscrepancyRule[] = [];
  if (largestTask >= settings.taskDifference) rules.push('task');
  if (total >= settings.totalDifference) rules.push('total');
  return { tasks, total, largestTask, rules, substantial: rules.length > 0 };
}
