export type { AdjudicationRequest, AdjudicationResult, ArchiveProgress, IndexRequest, IndexResult, PrepareRequest } from './engineApi';
export { indexTask, prepareAdjudicationTask, prepareTask } from './engineTasks';
export type { EngineRunState } from './engineRunState';
export { useEngineRun, type EngineRun } from './useEngineRun';
