/** The thresholds of the flags and of the small-sample rule: data, not code; regions set their own. */
export interface StatisticsSettings {
  /** `objectiveShare` below this fires the `objectiveShare` flag. Default 0.90. */
  objectiveShareTarget: number;
  /** `qwk` below this (with at least `minimumWorks` works) fires the `qwk` flag. Default 0.70. */
  qwkMinimum: number;
  /** |`smd`| above this (with at least `minimumWorks` works) fires the `smd` flag. Default 0.15. */
  smdLimit: number;
  /** `meanDifference` at or above this (points) fires the `meanDifference` flag. Default 1. */
  meanDifferenceLimit: number;
  /** Fewer works than this: no kappa, no correlation, no `qwk`/`smd` flag. Default 10. */
  minimumWorks: number;
}

export const DEFAULT_STATISTICS_SETTINGS: Readonly<StatisticsSettings> = Object.freeze({
  objectiveShareTarget: 0.9,
  qwkMinimum: 0.7,
  smdLimit: 0.15,
  meanDifferenceLimit: 1,
  minimumWorks: 10,
});
