/**
 * bench:merge's browser half: the pane's own merge run (mergeInWorker: key, protocols, statistics, the summary's
 * sheets and charts as data) in a Web Worker of headless Chromium. The whole outcome is posted back, as the pane's
 * worker does, so that the page's clock includes handing it over.
 */
// As the pane's engine worker does, before ExcelJS is loaded.
import '../src/taskpane/engineRun/promptZeroTimersFirst';
import { mergeInWorker } from '../src/taskpane/engineRun/mergeInWorker';

interface Job {
  protocols: File[];
  key: File;
}

self.onmessage = async (event: MessageEvent<Job>) => {
  const { protocols, key } = event.data;
  const started = performance.now();
  const outcome = await mergeInWorker(
    {
      protocols: protocols.map((data) => ({ file: data.name, data })),
      key,
      scales: null,
      language: 'ru',
      metadata: { region: '—', centre: '—', testPeriod: '—', date: '2026-12-01' },
    },
    new AbortController().signal,
    () => undefined,
  );
  const ms = performance.now() - started;
  postMessage({ ms, outcome });
};
