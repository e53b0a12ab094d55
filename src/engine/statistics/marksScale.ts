/** A mark of the Russian school scale. */
export type Mark = 2 | 3 | 4 | 5;

/**
 * The conversion of a primary score into a mark for one test (subject + grade), published every year:
 * «2» below `lowest3`, «3» from `lowest3`, «4» from `lowest4`, «5» from `lowest5` up to `max`, the sum of the
 * task maxima. E.g. Russian, grade 4, 2026: lowest3 10, lowest4 16, lowest5 21, max 24.
 */
export interface MarksScale {
  subject: string;
  grade: number;
  lowest3: number;
  lowest4: number;
  lowest5: number;
  max: number;
  /** Where the scale was read: the file and the row's cell (`Шкалы!A5`). */
  source?: { file: string; cell?: string };
}

/** The mark a score earns on a scale. */
export function markOf(score: number, scale: MarksScale): Mark {
  if (score >= scale.lowest5) return 5;
  if (score >= scale.lowest4) return 4;
  if (score >= scale.lowest3) return 3;
  return 2;
}

/** Whether the thresholds rise: 0 ≤ «3» < «4» < «5» ≤ maximum. */
export function thresholdsRise(scale: Pick<MarksScale, 'lowest3' | 'lowest4' | 'lowest5' | 'max'>): boolean {
  return 0 <= scale.lowest3 && scale.lowest3 < scale.lowest4 && scale.lowest4 < scale.lowest5 && scale.lowest5 <= scale.max;
}
