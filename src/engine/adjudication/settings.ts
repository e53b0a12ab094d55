/**
 * Issue 11: when two experts' scores of a work differ substantially, and how the final expert score is chosen.
 * Data, not code: regions set their own.
 */
export interface AdjudicationSettings {
  /** A task whose two scores differ by this many points or more sends the work to a third expert. Default 2. */
  taskDifference: number;
  /** Totals that differ by this many points or more send the work to a third expert. Default 3. */
  totalDifference: number;
  /**
   * The final score of a work scored twice without a substantial discrepancy: `mean` — per task the mean of the two
   * rounded half up (1,5 → 2), the total the sum of those; `first` — the first expert's ("first is primary").
   * A third expert's score, where there is one, is always final.
   */
  finalRule: 'mean' | 'first';
}

export const DEFAULT_ADJUDICATION_SETTINGS: Readonly<AdjudicationSettings> = Object.freeze({
  taskDifference: 2,
  totalDifference: 3,
  finalRule: 'mean',
});
