export type { ArchiveProgress, IndexRequest, IndexResult, PrepareRequest } from './engineApi';
export { indexTask, prepareTask } from './engineTasks';
export type { EngineRunState } from './engineRunState';
export { useEngineRun, type EngineRun } from './useEngineRun';
