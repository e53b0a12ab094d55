export type { ArchiveProgress, IndexRequest, IndexResult, PrepareRequest, ReturnedZips, ReturnProgress, ReturnRequest } from './engineApi';
export { indexTask, prepareTask, returnProtocolsTask } from './engineTasks';
export type { EngineRunState } from './engineRunState';
export { useEngineRun, type EngineRun } from './useEngineRun';
