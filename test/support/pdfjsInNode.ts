/**
 * pdf.js (the legacy build the CLI uses) for tests, in a worker thread (see pdfjsWorker.ts). One per test file:
 * start it in beforeAll, close it in afterAll.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfOpenCheck, PdfOpenVerdict, PdfTextReader } from '../../src/engine';

export interface PdfJsAnswer {
  verdict: PdfOpenVerdict;
  /** With `strict`: why some page does not draw, when one does not. */
  drawError?: string;
}

export interface PdfJsInNode {
  /** The CLI's check, as the engine gets it. */
  check: PdfOpenCheck;
  /** The CLI's text reader, as the engine gets it. */
  text: PdfTextReader;
  ask(bytes: Uint8Array, strict?: boolean): Promise<PdfJsAnswer>;
  close(): Promise<void>;
}

export function startPdfJs(): PdfJsInNode {
  const worker = new Worker(join(__dirname, 'pdfjsWorker.ts'), { execArgv: ['--import', 'tsx'] });
  const pending = new Map<number, { resolve: (answer: unknown) => void; reject: (error: unknown) => void }>();
  let failure: unknown;
  worker.on('message', ({ id, ...answer }: { id: number }) => {
    pending.get(id)?.resolve(answer);
    pending.delete(id);
  });
  worker.on('error', (error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  });
  let next = 0;
  const request = <T>(message: { bytes: Uint8Array; strict: boolean; text?: boolean }): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      worker.postMessage({ id, ...message });
    });
  };
  const ask = (bytes: Uint8Array, strict = false) => request<PdfJsAnswer>({ bytes, strict });
  return {
    check: async (bytes) => (await ask(bytes)).verdict,
    text: async (bytes) => (await request<{ text: string | null }>({ bytes, strict: false, text: true })).text,
    ask,
    close: async () => {
      await worker.terminate();
    },
  };
}
