/**
 * Issue 11, double re-check: discrepancies between two experts, the final expert score of a work, and the third
 * check (round 3) for works whose two scores differ substantially.
 */
export { DEFAULT_ADJUDICATION_SETTINGS, type AdjudicationSettings } from './settings';
export { discrepancyOf, type Discrepancy, type DiscrepancyRule } from './discrepancy';
export { finalScores, meanHalfUp, type FinalScores, type FinalStatus, type WorkFinal } from './finalScores';
export { expectedRounds, reviewerCodeOf, workKeyOf, workRounds, type RoundScore, type RoundTask, type WorkRounds } from './workRounds';
export { expertsOfKey, planAdjudication, worksForThirdCheck, THIRD_ROUND, type AdjudicatedWork, type AdjudicationOptions, type AdjudicationPackage, type AdjudicationPlan } from './planAdjudication';
export {
  adjudicationInstruction, adjudicationSpec, buildAdjudicationPackages, type AdjudicationPackageFile, type BuildAdjudicationOptions,
} from './buildAdjudicationPackages';
