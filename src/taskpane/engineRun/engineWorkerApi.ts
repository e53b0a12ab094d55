import type { EngineWorkerApi } from './engineApi';
import { indexReadable } from './indexReadable';
import { mergeInWorker, reportInWorker } from './mergeInWorker';
import { prepareInWorker } from './prepareInWorker';
import { adjudicationInWorker } from './adjudicationInWorker';
import { returnInWorker } from './returnInWorker';
import { crossPlanInWorker, crossPrepareInWorker } from './crossInWorker';

/**
 * The worker's side of the port. Each run is named by a number so that `cancel` (a message, since an
 * AbortSignal cannot cross postMessage) aborts that run's signal; the engine then rejects with an AbortError.
 */
export function createEngineApi(): EngineWorkerApi {
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
  return {
    index: (run, request, onProgress, pdfOpenCheck) => inRun(run, (signal) => indexReadable(request, signal, onProgress, pdfOpenCheck)),
    prepare: (run, request, onProgress, pdfOpenCheck) => inRun(run, (signal) => prepareInWorker(request, signal, onProgress, pdfOpenCheck)),
    merge: (run, request, onProgress) => inRun(run, (signal) => mergeInWorker(request, signal, onProgress)),
    report: (run, request) => inRun(run, (signal) => reportInWorker(request, signal)),
    prepareAdjudication: (run, request, onProgress) => inRun(run, (signal) => adjudicationInWorker(request, signal, onProgress)),
    returnProtocols: (run, request, onProgress) => inRun(run, (signal) => returnInWorker(request, signal, onProgress)),
    crossPlan: (run, request, onProgress, pdfOpenCheck, pdfText) => inRun(run, (signal) => crossPlanInWorker(request, signal, onProgress, pdfOpenCheck, pdfText)),
    crossPrepare: (run, request, onProgress, pdfOpenCheck, pdfText) => inRun(run, (signal) => crossPrepareInWorker(request, signal, onProgress, pdfOpenCheck, pdfText)),
    cancel: (run) => runs.get(run)?.abort(),
  };
}
