import { wrap, type Remote } from 'comlink';
import type { EngineWorkerApi } from './engineApi';

interface Port {
  engine: Remote<EngineWorkerApi>;
  /** Rejects when the worker itself fails (its script does not load): Comlink's calls would wait forever. */
  failed: Promise<never>;
}

let port: Port | null = null;

function openPort(): Port {
  const worker = new Worker(/* webpackChunkName: "engine-worker" */ new URL('./engine.worker.ts', import.meta.url));
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      port = null;
      worker.terminate();
      reject(new Error(event.message || 'engine worker failed to start'));
    });
  });
  failed.catch(() => undefined);
  return { engine: wrap<EngineWorkerApi>(worker), failed };
}

/** Runs `call` on the pane's one engine worker (started on first use). */
export function onEngine<T>(call: (engine: Remote<EngineWorkerApi>) => Promise<T>): Promise<T> {
  port ??= openPort();
  return Promise.race([call(port.engine), port.failed]);
}
