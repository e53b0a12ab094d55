export type {
  AdjudicationRequest, AdjudicationResult, ArchiveProgress, IndexRequest, IndexResult, PrepareRequest, ReturnedZips, ReturnProgress, ReturnRequest,
} from './engineApi';
export { indexTask, mergeTask, prepareAdjudicationTask, prepareTask, reportTask, returnProtocolsTask } from './engineTasks';
export type { MergeOutcome, MergeProgress, MergeRequest, ReportRequest } from './mergeApi';
export type { EngineRunState } from './engineRunState';
export { useEngineRun, type EngineRun } from './useEngineRun';
export { crossPlanTask, crossPrepareTask } from './engineTasks';
export type { CrossClassroomRow, CrossCount, CrossPlanRequest, CrossPlanView, CrossPrepared, CrossProgress, CrossReadyPackage } from './crossApi';
