/** Merged rows of works scored in rounds, written by hand for the adjudication tests. Test-only. */
import type { MergeRow } from '../../../src/engine';
import type { ScoreValue } from '../../../src/engine/scores';

export const TASKS = [
  { task: '1', max: 2 },
  { task: '2', max: 3 },
  { task: '3', max: 3 },
  { task: '4', max: 4 },
];

const score = (value: number | 'X'): ScoreValue => (value === 'X' ? { kind: 'no-answer' } : { kind: 'score', value });

export interface RoundRows {
  workCode: string;
  round: number;
  /** The reviewer's code; the package id is `2026-Т<round>-<code>-1`. */
  expertId: string;
  expert?: string;
  school: (number | 'X')[];
  points: (number | 'X' | null)[];
  schoolCode?: string;
  codes?: number[][];
}

/** One round's rows of one work: a task per entry of TASKS (fewer when fewer points are given). */
export function roundRows(spec: RoundRows): MergeRow[] {
  return spec.points.map((points, index) => ({
    municipality: 'Боханский район', school: 'МБОУ Витимская СОШ', schoolCode: spec.schoolCode ?? 'ОО-01',
    expert: spec.expert ?? `Эксперт ${spec.expertId}`, subject: 'русский язык', grade: 6, workCode: spec.workCode, variant: 1,
    task: TASKS[index].task, max: TASKS[index].max, schoolScore: score(spec.school[index]),
    expertScore: points === null ? { kind: 'empty' } : score(points),
    errorCodes: spec.codes?.[index] ?? [], hardest: false,
    packageId: `2026-Т${spec.round}-${spec.expertId}-1`, round: spec.round, file: `${spec.expertId}.xlsx`, sheetRow: index + 2,
    errorCode: spec.codes?.[index]?.[0] ?? null, explanation: '',
  }));
}

/** A work scored by two experts: `a` and `b` per task, the school's as given. */
export function twice(workCode: string, school: number[], a: (number | 'X')[], b: (number | 'X')[], experts: [string, string] = ['Э01', 'Э02']): MergeRow[] {
  return [
    ...roundRows({ workCode, round: 1, expertId: experts[0], school, points: a }),
    ...roundRows({ workCode, round: 2, expertId: experts[1], school, points: b }),
  ];
}
