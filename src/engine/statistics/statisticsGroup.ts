import { tasks, tasksChanged, works, worksChanged } from './counts';
import { errorCodeCounts, type ErrorCodeCounts } from './errorCodeCounts';
import { schoolFlags, type FlagName } from './flags';
import { marksConfirmed, markConfusionMatrix, marksLowered, marksRaised } from './marks';
import type { MarksScale } from './marksScale';
import { expertMean, meanDifference, schoolMean } from './means';
import type { Measure, NotEnoughDataReason } from './measure';
import { objectiveShare } from './objectiveShare';
import { pearson } from './pearson';
import { qwk } from './qwk';
import type { StatisticsSettings } from './settings';
import { smd } from './smd';
import { adjacentTotals, exactTotals } from './totalsAgreement';
import type { ScoredWork } from './types';

export type StatisticsLevel = 'region' | 'municipality' | 'school' | 'expert';

/** The measures that may have no value; a null one has its reason in `notEnoughData`. */
export type NullableMeasureName =
  | 'schoolMean'
  | 'expertMean'
  | 'meanDifference'
  | 'exactTotals'
  | 'adjacentTotals'
  | 'smd'
  | 'pearson'
  | 'qwk'
  | 'marksLowered'
  | 'marksConfirmed'
  | 'marksRaised'
  | 'marksMatrix'
  | 'objectiveShare';

/** Which works a group holds: the test, the level, and the municipality, school or expert it is of. */
export interface GroupPlace {
  level: StatisticsLevel;
  municipality: string | null;
  school: string | null;
  schoolCode: string | null;
  expert: string | null;
  subject: string;
  grade: number;
}

/**
 * The statistics of one test (subject + grade) at one level. Fields that do not apply to the level are null
 * (a municipality group has no school or expert). Shares are fractions 0…1; means are not rounded.
 */
export interface StatisticsGroup extends GroupPlace {
  works: number;
  worksChanged: number;
  tasks: number;
  tasksChanged: number;
  schoolMean: number | null;
  expertMean: number | null;
  meanDifference: number | null;
  exactTotals: number | null;
  adjacentTotals: number | null;
  smd: number | null;
  pearson: number | null;
  qwk: number | null;
  marksLowered: number | null;
  marksConfirmed: number | null;
  marksRaised: number | null;
  /** Mark confusion matrix: `marksMatrix[s − 2][e − 2]` works with school mark s and expert mark e. */
  marksMatrix: number[][] | null;
  objectiveShare: number | null;
  errorCodes: ErrorCodeCounts;
  /** The rules that fired; only school groups are flagged. */
  flags: FlagName[];
  /** Why each null measure has no value: the pane shows "not enough data", not a figure. */
  notEnoughData: Partial<Record<NullableMeasureName, NotEnoughDataReason>>;
}

export interface TestContext {
  scale: Measure<MarksScale>;
  /** D of `smd`, over all works of the test in the region. */
  regionDeviation: Measure;
  settings: StatisticsSettings;
}

/** Every measure of one group of works of one test. */
export function statisticsGroup(place: GroupPlace, group: readonly ScoredWork[], context: TestContext): StatisticsGroup {
  const { scale, regionDeviation, settings } = context;
  const notEnough: StatisticsGroup['notEnoughData'] = {};
  function valueOf<T>(name: NullableMeasureName, measure: Measure<T>): T | null {
    if (measure.value === null) notEnough[name] = measure.reason;
    return measure.value;
  }
  const measures = {
    works: works(group),
    worksChanged: worksChanged(group),
    tasks: tasks(group),
    tasksChanged: tasksChanged(group),
    schoolMean: valueOf('schoolMean', schoolMean(group)),
    expertMean: valueOf('expertMean', expertMean(group)),
    meanDifference: valueOf('meanDifference', meanDifference(group)),
    exactTotals: valueOf('exactTotals', exactTotals(group)),
    adjacentTotals: valueOf('adjacentTotals', adjacentTotals(group)),
    smd: valueOf('smd', smd(group, regionDeviation)),
    pearson: valueOf('pearson', pearson(group, settings.minimumWorks)),
    qwk: valueOf('qwk', qwk(group, settings.minimumWorks)),
    marksLowered: valueOf('marksLowered', marksLowered(group, scale)),
    marksConfirmed: valueOf('marksConfirmed', marksConfirmed(group, scale)),
    marksRaised: valueOf('marksRaised', marksRaised(group, scale)),
    marksMatrix: valueOf('marksMatrix', markConfusionMatrix(group, scale)),
    objectiveShare: valueOf('objectiveShare', objectiveShare(group, scale)),
    errorCodes: errorCodeCounts(group),
  };
  const flags = place.level === 'school' ? schoolFlags(measures, settings) : [];
  return { ...place, ...measures, flags, notEnoughData: notEnough };
}
