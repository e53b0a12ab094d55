/**
 * The engine's worker: indexing and preparation run here, off the pane's thread, so the pane answers clicks
 * during a run of minutes. The pane talks to it through Comlink (enginePort.ts); each run is named by a number
 * so that `cancel` (a message, since an AbortSignal cannot cross postMessage) aborts that run's signal.
 */
import { expose } from 'comlink';
import type { EngineWorkerApi } from './engineApi';
import { indexReadable } from './indexReadable';
import { prepareInWorker } from './prepareInWorker';

const runs = new Map<number, AbortController>();

async function inRun<T>(run: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  runs.set(run, controller);
  try {
    return await work(controller.signal);
  } finally {
    runs.delete(run);
  }
}

const api: EngineWorkerApi = {
  index: (run, request, onProgress) => inRun(run, (signal) => indexReadable(request, signal, onProgress)),
  prepare: (run, request, onProgress) => inRun(run, (signal) => prepareInWorker(request, signal, onProgress)),
  cancel: (run) => runs.get(run)?.abort(),
};

expose(api);
