import type { ScoredWork } from './types';

/** `works`: the number of works. A *work* is one participant's work in one subject and grade. */
export function works(group: readonly ScoredWork[]): number {
  return group.length;
}

/** `worksChanged`: the number of works that changed. A task *differs* when its points differ; a work *changed* when any task differs. */
export function worksChanged(group: readonly ScoredWork[]): number {
  return group.filter((work) => work.tasks.some((task) => task.school !== task.expert)).length;
}

/** `tasks`: task rows, i.e. works × their tasks. */
export function tasks(group: readonly ScoredWork[]): number {
  return group.reduce((count, work) => count + work.tasks.length, 0);
}

/** `tasksChanged`: task rows that differ. A task *differs* when its points differ. */
export function tasksChanged(group: readonly ScoredWork[]): number {
  return group.reduce((count, work) => count + work.tasks.filter((task) => task.school !== task.expert).length, 0);
}
