export type { AdjudicationRequest, AdjudicationResult, ArchiveProgress, IndexRequest, IndexResult, PrepareRequest } from './engineApi';
export { indexTask, mergeTask, prepareAdjudicationTask, prepareTask, reportTask } from './engineTasks';
export type { MergeOutcome, MergeProgress, MergeRequest, ReportRequest } from './mergeApi';
export type { EngineRunState } from './engineRunState';
export { useEngineRun, type EngineRun } from './useEngineRun';
