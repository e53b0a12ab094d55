import { scoreTotal } from '../scores';
import { testKey } from './testKey';
import type { MergedRow, ScoredTask, ScoredWork, UnscoredWork, WorkPlace } from './types';

export interface GroupedWorks {
  /** Works whose every task is scored by both sides, in the order they first appear. */
  works: ScoredWork[];
  /** Works with a task missing a score: listed for the analyst, not counted anywhere. */
  unscoredWorks: UnscoredWork[];
  /** A second row for a task already seen in the same work: ignored (the first is kept) and reported. */
  duplicateRows: MergedRow[];
}

/**
 * Rows into works. A work is one participant code in one subject and grade within a school (its Код ОО, or
 * its name when the code is empty). A work enters the statistics only when all its tasks are scored: a school
 * and an expert score (a number or `X`) on every row.
 */
export function groupWorks(rows: readonly MergedRow[]): GroupedWorks {
  const byWork = new Map<string, MergedRow[]>();
  const duplicateRows: MergedRow[] = [];
  const seenTasks = new Set<string>();
  for (const row of rows) {
    const key = `${testKey(row.subject, row.grade)}\u0000${row.schoolCode || row.school}\u0000${row.workCode}`;
    const taskKey = `${key}\u0000${row.task}`;
    if (seenTasks.has(taskKey)) {
      duplicateRows.push(row);
      continue;
    }
    seenTasks.add(taskKey);
    const workRows = byWork.get(key);
    if (workRows === undefined) byWork.set(key, [row]);
    else workRows.push(row);
  }

  const works: ScoredWork[] = [];
  const unscoredWorks: UnscoredWork[] = [];
  for (const workRows of byWork.values()) {
    const first = workRows[0];
    const origin: WorkPlace = {
      municipality: first.municipality,
      school: first.school,
      schoolCode: first.schoolCode,
      expert: first.expert,
      subject: first.subject,
      grade: first.grade,
      workCode: first.workCode,
      variant: first.variant,
    };
    const unscoredTasks = workRows.filter((row) => row.schoolScore.kind === 'empty' || row.expertScore.kind === 'empty').map((row) => row.task);
    if (unscoredTasks.length > 0) {
      unscoredWorks.push({ ...origin, unscoredTasks });
      continue;
    }
    const tasks: ScoredTask[] = workRows.map((row) => ({
      task: row.task,
      max: row.max,
      school: scoreTotal(row.schoolScore),
      expert: scoreTotal(row.expertScore),
      errorCodes: row.errorCodes,
      hardest: row.hardest === true,
    }));
    works.push({
      ...origin,
      max: sum(tasks.map((task) => task.max)),
      schoolTotal: sum(tasks.map((task) => task.school)),
      expertTotal: sum(tasks.map((task) => task.expert)),
      tasks,
    });
  }
  return { works, unscoredWorks, duplicateRows };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
