/**
 * «По заданиям» without Excel: which rows hold a task, which row is the same task of the next work, and how to
 * put the `№ задания` column's filter back as it was. Pure, so the plan is tested without a host.
 */
import type { ProtocolRow } from '../../engine';

/** Tasks in the order they first appear on the sheet. */
export function tasksInOrder(rows: Iterable<ProtocolRow>): string[] {
  const seen = new Set<string>();
  for (const row of [...rows].sort((a, b) => a.row - b.row)) if (row.task.trim() !== '') seen.add(row.task.trim());
  return [...seen];
}

/** The sheet rows of `task`, in sheet order: what the filtered table shows. */
export function rowsOfTask(rows: Iterable<ProtocolRow>, task: string): number[] {
  const wanted = task.trim();
  return [...rows].filter((row) => row.task.trim() === wanted).map((row) => row.row).sort((a, b) => a - b);
}

/**
 * The row of the same task in the next (or previous) work after `currentRow`, or null at the end. The current
 * row's own task is used; a row of another task is never the answer.
 */
export function sameTaskRow(rows: ReadonlyMap<number, ProtocolRow>, currentRow: number, direction: 1 | -1): number | null {
  const current = rows.get(currentRow);
  if (!current) return null;
  const list = rowsOfTask(rows.values(), current.task);
  const candidates = direction === 1 ? list.filter((row) => row > currentRow) : list.filter((row) => row < currentRow).reverse();
  const here = `${current.schoolCode}/${current.workCode}`;
  const other = candidates.find((row) => {
    const candidate = rows.get(row) as ProtocolRow;
    return `${candidate.schoolCode}/${candidate.workCode}` !== here;
  });
  return other ?? null;
}

/** The column filter as Office.js reports it (`Excel.FilterCriteria`), the part we keep. */
export interface SavedFilter {
  filterOn: string;
  values?: unknown[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
  color?: string;
  dynamicCriteria?: string;
  icon?: unknown;
}

export type FilterRestore = { kind: 'clear' } | { kind: 'apply'; criteria: SavedFilter };

/**
 * Leaving the mode: the column's filter as the expert had it before — none (cleared) or theirs (applied again).
 * A saved filter without criteria counts as none.
 */
export function restoreFilterPlan(saved: SavedFilter | null): FilterRestore {
  if (!saved || !saved.filterOn || saved.filterOn === 'Custom' && !saved.criterion1) return { kind: 'clear' };
  if (saved.filterOn === 'Values' && (!saved.values || saved.values.length === 0)) return { kind: 'clear' };
  return { kind: 'apply', criteria: saved };
}
