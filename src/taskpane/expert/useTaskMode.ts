/**
 * «По заданиям»: the `Протокол` table filtered to one task (src/office/excel/taskOrder.ts), the cursor put on
 * that task's first row, and the column's filter put back on leaving — also when the pane closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProtocolRow } from '../../engine';
import { restoreTaskFilter, rowsOfTask, showOnlyTask, type SavedFilter } from '../../office/excel';

export interface TaskMode {
  mode: { task: string; rows: number } | null;
  failed: boolean;
  enter(task: string): Promise<void>;
  leave(): Promise<void>;
}

export function useTaskMode(rows: ReadonlyMap<number, ProtocolRow>, currentRow: number | null, goToCell: (cell: string, row: number | null) => Promise<void>, cellOf: (row: number) => string): TaskMode {
  const [task, setTask] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // The filter the column had before the mode: what leaving puts back (kept across task changes).
  const saved = useRef<{ previous: SavedFilter | null } | null>(null);

  const enter = useCallback(
    async (next: string) => {
      const result = await showOnlyTask(next);
      if (!result.ok) {
        setFailed(true);
        return;
      }
      setFailed(false);
      saved.current ??= { previous: result.value.previous };
      setTask(next);
      const current = currentRow !== null ? rows.get(currentRow) : undefined;
      if (current?.task.trim() !== next.trim()) {
        const [first] = rowsOfTask(rows.values(), next);
        if (first !== undefined) await goToCell(cellOf(first), first);
      }
    },
    [rows, currentRow, goToCell, cellOf],
  );

  const leave = useCallback(async () => {
    const before = saved.current;
    saved.current = null;
    setTask(null);
    if (!before) return;
    const result = await restoreTaskFilter(before.previous);
    setFailed(!result.ok);
  }, []);

  useEffect(
    () => () => {
      if (saved.current) void restoreTaskFilter(saved.current.previous);
    },
    [],
  );

  const count = task === null ? 0 : rowsOfTask(rows.values(), task).length;
  return { mode: task === null ? null : { task, rows: count }, failed, enter, leave };
}
