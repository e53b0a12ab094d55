import type { PreparedResult, PrepareProgress } from '../coordinator/prepare/Preparation.types';
import type { ArchiveProgress, IndexRequest, IndexResult, PrepareRequest } from './engineApi';
import type { EngineTask } from './useEngineRun';

/** The pane's runs on the engine worker, for `useEngineRun`. */
export const indexTask: EngineTask<IndexRequest, ArchiveProgress, IndexResult> = (engine, run, request, onProgress) =>
  engine.index(run, request, onProgress);

export const prepareTask: EngineTask<PrepareRequest, PrepareProgress, PreparedResult> = (engine, run, request, onProgress) =>
  engine.prepare(run, request, onProgress);
