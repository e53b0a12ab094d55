import { groupWorks, type MergedRow } from '../../../src/engine/statistics';
import type { ScoredWork, WorkPlace } from '../../../src/engine/statistics/types';
import type { ScoreValue } from '../../../src/engine/scores';

/** A score as typed: a number, `X` (no answer) or '' (not scored). */
export type Typed = number | 'X' | '';

export function score(typed: Typed): ScoreValue {
  if (typed === 'X') return { kind: 'no-answer' };
  if (typed === '') return { kind: 'empty' };
  return { kind: 'score', value: typed };
}

export type Place = Omit<WorkPlace, 'workCode'>;

export const PLACE: Place = {
  municipality: 'Боханский район',
  school: 'МБОУ «СОШ № 1»',
  schoolCode: 'ОО-01',
  expert: 'Иванова А. П.',
  subject: 'русский язык',
  grade: 4,
  variant: 1,
};

/** A task row: [task, max, school score, expert score, error codes?, hardest?]. */
export type TaskLine = [string, number, Typed, Typed, number[]?, boolean?];

/** The rows of one work. */
export function workRows(workCode: string, lines: TaskLine[], place: Partial<Place> = {}): MergedRow[] {
  return lines.map(([task, max, school, expert, errorCodes = [], hardest]) => ({
    ...PLACE,
    ...place,
    workCode,
    task,
    max,
    schoolScore: score(school),
    expertScore: score(expert),
    errorCodes,
    ...(hardest === undefined ? {} : { hardest }),
  }));
}

/** Works of one task each, worth `max`, with the given totals [S, E]: for the measures that read totals only. */
export function totalsRows(pairs: readonly [number, number][], place: Partial<Place> = {}, max = 24): MergedRow[] {
  return pairs.flatMap(([school, expert], index) => workRows(`${place.schoolCode ?? 'w'}-${index + 1}`, [['1', max, school, expert]], place));
}

export function scoredWorks(rows: readonly MergedRow[]): ScoredWork[] {
  return groupWorks(rows).works;
}

export function totalsWorks(pairs: readonly [number, number][], max = 24): ScoredWork[] {
  return scoredWorks(totalsRows(pairs, {}, max));
}
