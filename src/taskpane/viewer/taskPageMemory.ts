/**
 * The page each task sits on, per variant: the page the expert turned to for a task the first time, used to
 * open the next works of that variant at that page («По заданиям»). Pure; kept per package in the pane's storage
 * (taskPageStore.ts). The expert corrects it by simply turning to another page: the last page seen for the task
 * is what is remembered.
 */

/** `<variant>|<task>` → 1-based page. */
export type TaskPages = Readonly<Record<string, number>>;

export function taskPageKey(variant: number | null, task: string): string {
  return `${variant ?? ''}|${task.trim()}`;
}

/** The remembered page of a task of a variant, or null. */
export function pageForTask(memory: TaskPages, variant: number | null, task: string): number | null {
  const page = memory[taskPageKey(variant, task)];
  return typeof page === 'number' && Number.isInteger(page) && page >= 1 ? page : null;
}

/** Remembers `page` for the task; the same object when nothing changes (so nothing is written). */
export function rememberTaskPage(memory: TaskPages, variant: number | null, task: string, page: number): TaskPages {
  if (!Number.isInteger(page) || page < 1 || task.trim() === '') return memory;
  const key = taskPageKey(variant, task);
  if (memory[key] === page) return memory;
  // Page 1 is where every work opens anyway: not worth a record, and forgetting it is the expert's «correction».
  if (page === 1) {
    if (!(key in memory)) return memory;
    const { [key]: _dropped, ...rest } = memory;
    return rest;
  }
  return { ...memory, [key]: page };
}

/** Stored data from an older or foreign version: only whole positive pages kept. */
export function sanitizeTaskPages(value: unknown): TaskPages {
  if (!value || typeof value !== 'object') return {};
  const result: Record<string, number> = {};
  for (const [key, page] of Object.entries(value as Record<string, unknown>)) {
    if (typeof page === 'number' && Number.isInteger(page) && page >= 1 && key.includes('|')) result[key] = page;
  }
  return result;
}
