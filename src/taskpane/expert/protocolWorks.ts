/**
 * The works of a protocol in sheet order, from its rows: what «previous/next work» walks through and what the
 * viewer shows for a row. Pure.
 */
import type { ProtocolRow } from '../../engine';
import { workKey } from '../../engine';

export interface ProtocolWorkEntry {
  /** `ОО-07/0402`: the scan's key in the package and the viewer's work id. */
  key: string;
  schoolCode: string;
  workCode: string;
  variant: number;
  /** The sheet row of its first task: where «next work» puts the cursor. */
  firstRow: number;
  tasks: number;
}

/** One entry per work, in the order of each work's first row. */
export function worksOfRows(rows: Iterable<ProtocolRow>): ProtocolWorkEntry[] {
  const byKey = new Map<string, ProtocolWorkEntry>();
  for (const row of [...rows].sort((a, b) => a.row - b.row)) {
    if (row.workCode === '') continue;
    const key = workKey(row.schoolCode, row.workCode);
    const entry = byKey.get(key);
    if (entry) entry.tasks += 1;
    else byKey.set(key, { key, schoolCode: row.schoolCode, workCode: row.workCode, variant: row.variant, firstRow: row.row, tasks: 1 });
  }
  return [...byKey.values()];
}

/** How many tasks have an expert's score (any entry: the rules judge it). */
export function scoredCount(rows: Iterable<ProtocolRow>): { scored: number; total: number } {
  let scored = 0;
  let total = 0;
  for (const row of rows) {
    total += 1;
    if (row.expertScore.kind !== 'empty') scored += 1;
  }
  return { scored, total };
}
