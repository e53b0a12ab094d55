/**
 * The merged rows of a work by round: who scored it in which round, with what per task and in total. A round
 * counts as scored only when every task of the work has the expert's score.
 */
import type { KeyFile } from '../prepare/keyWorkbook';
import type { MergeRow } from '../merge/types';
import { scoreTotal, type ScoreValue } from '../scores';
import { testKey } from '../statistics/testKey';
import type { WorkPlace } from '../statistics/types';

export interface RoundTask {
  task: string;
  max: number;
  score: ScoreValue;
  /** Points of the score (`X` is 0). */
  points: number;
}

/** One expert's complete scoring of one work. */
export interface RoundScore {
  round: number;
  packageId: string;
  expert: string;
  /** The reviewer's code in the key (`Э01`), from the package id; the report names experts only so. */
  expertId: string;
  tasks: RoundTask[];
  total: number;
  /** The merged rows of this round, in task order. */
  rows: MergeRow[];
}

export interface WorkRounds extends Omit<WorkPlace, 'expert'> {
  /** testKey + Код ОО + participant code: the work's identity across rounds, as groupWorks has it. */
  key: string;
  /** Complete rounds, by round. */
  rounds: RoundScore[];
  /** Rounds the key gives the work (or whose rows arrived) that are not complete yet. */
  pending: number[];
  /** The rows of the lowest round present: a work with no complete round keeps them as they are. */
  firstRows: MergeRow[];
}

export function workKeyOf(subject: string, grade: number, schoolCode: string, workCode: string): string {
  return `${testKey(subject, grade)}\u0000${schoolCode}\u0000${workCode}`;
}

/** Each work's rounds as the key gives them: work key → rounds. */
export function expectedRounds(key: KeyFile): Map<string, Set<number>> {
  const packages = new Map(key.packages.map((pkg) => [pkg.packageId, pkg]));
  const expected = new Map<string, Set<number>>();
  for (const work of key.works) {
    const pkg = packages.get(work.packageId);
    if (!pkg) continue;
    const id = workKeyOf(pkg.subject, pkg.grade, work.schoolCode, work.workCode);
    expected.set(id, (expected.get(id) ?? new Set()).add(work.round));
  }
  return expected;
}

/** The reviewer code in a package id (`2026-Т1-Э01-1` → `Э01`); the package id itself when it has none. */
export function reviewerCodeOf(packageId: string): string {
  const match = /^\d{4}-(?:[ТT]\d+-)?(.+)-\d+$/u.exec(packageId.normalize('NFC').trim());
  return match ? match[1] : packageId;
}

/** Rows into works, each with its complete and pending rounds. Works in the order their first row came. */
export function workRounds(rows: readonly MergeRow[], expected: ReadonlyMap<string, ReadonlySet<number>> = new Map()): WorkRounds[] {
  const byWork = new Map<string, Map<number, MergeRow[]>>();
  for (const row of rows) {
    const id = workKeyOf(row.subject, row.grade, row.schoolCode || row.school, row.workCode);
    let rounds = byWork.get(id);
    if (!rounds) byWork.set(id, (rounds = new Map()));
    rounds.set(row.round, [...(rounds.get(row.round) ?? []), row]);
  }
  const works: WorkRounds[] = [];
  for (const [key, rounds] of byWork) {
    const ordered = [...rounds].sort(([a], [b]) => a - b);
    const firstRows = ordered[0][1];
    const { municipality, school, schoolCode, subject, grade, workCode, variant } = firstRows[0];
    const complete: RoundScore[] = [];
    const pending = new Set<number>(expected.get(key) ?? []);
    for (const [round, roundRows] of ordered) {
      if (roundRows.some((row) => row.expertScore.kind === 'empty' || row.schoolScore.kind === 'empty')) {
        pending.add(round);
        continue;
      }
      pending.delete(round);
      const tasks = roundRows.map((row) => ({ task: row.task, max: row.max, score: row.expertScore, points: scoreTotal(row.expertScore) }));
      complete.push({
        round, packageId: roundRows[0].packageId, expert: roundRows[0].expert, expertId: reviewerCodeOf(roundRows[0].packageId),
        tasks, total: tasks.reduce((sum, task) => sum + task.points, 0), rows: roundRows,
      });
    }
    works.push({ key, municipality, school, schoolCode, subject, grade, workCode, variant, rounds: complete, pending: [...pending].sort((a, b) => a - b), firstRows });
  }
  return works;
}
