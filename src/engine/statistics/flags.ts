import type { StatisticsSettings } from './settings';

/** The rules that flag a school for a test, by their stable names. */
export type FlagName = 'objectiveShare' | 'qwk' | 'smd' | 'meanDifference';

export interface FlaggedMeasures {
  works: number;
  objectiveShare: number | null;
  qwk: number | null;
  smd: number | null;
  meanDifference: number | null;
}

/**
 * A school is flagged for a test when any of: `objectiveShare` below target; `qwk` < 0.70 (n ≥ 10);
 * |`smd`| > 0.15 (n ≥ 10); `meanDifference` ≥ 1 point. Thresholds are settings with these defaults. A measure
 * with no value fires nothing.
 */
export function schoolFlags(measures: FlaggedMeasures, settings: StatisticsSettings): FlagName[] {
  const flags: FlagName[] = [];
  const enoughWorks = measures.works >= settings.minimumWorks;
  if (measures.objectiveShare !== null && measures.objectiveShare < settings.objectiveShareTarget) flags.push('objectiveShare');
  if (enoughWorks && measures.qwk !== null && measures.qwk < settings.qwkMinimum) flags.push('qwk');
  if (enoughWorks && measures.smd !== null && Math.abs(measures.smd) > settings.smdLimit) flags.push('smd');
  if (measures.meanDifference !== null && measures.meanDifference >= settings.meanDifferenceLimit) flags.push('meanDifference');
  return flags;
}
