/**
 * Statistics of the re-check: how far the schools' scoring agrees with the experts', per test (subject + grade)
 * at the region, municipality, school and expert levels, per task, with the flags of the schools; and the marks
 * scales that turn totals into marks. One small function per measure, its definition in its comment.
 */
export { computeStatistics, type StatisticsOptions, type StatisticsResult } from './computeStatistics';
export { readMarksScales, type MarksScalesReading } from './readMarksScales';
export { markOf, type Mark, type MarksScale } from './marksScale';
export { DEFAULT_STATISTICS_SETTINGS, type StatisticsSettings } from './settings';
export type { FlagName } from './flags';
export type { ErrorCodeCounts } from './errorCodeCounts';
export type { Measure, NotEnoughDataReason } from './measure';
export type { NullableMeasureName, StatisticsGroup, StatisticsLevel } from './statisticsGroup';
export type { TaskStatistics } from './taskStatistics';
export type { MergedRow, UnscoredWork } from './types';
export { groupWorks } from './groupWorks';
export { tasks, tasksChanged, works, worksChanged } from './counts';
export { expertMean, meanDifference, schoolMean } from './means';
export { adjacentTotals, exactTotals } from './totalsAgreement';
export { smd, standardisingDeviation } from './smd';
export { pearson } from './pearson';
export { qwk } from './qwk';
export { markConfusionMatrix, marksConfirmed, marksLowered, marksRaised } from './marks';
export { objectiveShare } from './objectiveShare';
export { errorCodeCounts } from './errorCodeCounts';
export { schoolFlags } from './flags';
export { taskStatistics } from './taskStatistics';
export {
  DEFAULT_EXPERT_AGREEMENT_SETTINGS,
  expertAgreement,
  type AgreementMeasureName,
  type ExpertAgreement,
  type ExpertAgreementSettings,
  type ExpertConsistency,
  type PairAgreement,
  type RoundsOfWork,
  type TaskAgreement,
  type TestAgreement,
} from './expertAgreement';
