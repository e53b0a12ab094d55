/**
 * Task pages (taskPageMemory.ts) kept per package in the pane's IndexedDB, beside the package and its rotations.
 * Reads are synchronous from memory; each change is written through. The pane and the viewer window (same
 * origin, same database) each hold one: the window writes, the pane reads afresh when it opens the window.
 */
import { storageKey, transaction } from '../storage/database';
import { TASK_PAGES } from '../storage/packageStore';
import { pageForTask, rememberTaskPage, sanitizeTaskPages, type TaskPages } from './taskPageMemory';

export async function loadTaskPages(packageId: string): Promise<TaskPages> {
  const result = await transaction<unknown>('readonly', (store) => store.get(storageKey(TASK_PAGES, packageId)));
  return result.ok ? sanitizeTaskPages(result.value) : {};
}

export interface TaskPageStore {
  get(variant: number | null, task: string): number | null;
  remember(variant: number | null, task: string, page: number): void;
}

export function taskPageStore(packageId: string, initial: TaskPages): TaskPageStore {
  let memory = initial;
  return {
    get: (variant, task) => pageForTask(memory, variant, task),
    remember: (variant, task, page) => {
      const next = rememberTaskPage(memory, variant, task, page);
      if (next === memory) return;
      memory = next;
      void transaction('readwrite', (store) => store.put({ ...next }, storageKey(TASK_PAGES, packageId)));
    },
  };
}
