/**
 * bench:merge's browser half: the pane's own merge run (mergeInWorker: key, protocols, statistics, the summary's
 * sheets and charts as data) in a Web Worker of headless Chromium, timed inside the worker.
 */
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
  if (!outcome.ok) {
    postMessage({ ms, error: `key: ${outcome.key.problem}` });
    return;
  }
  const states = new Map<string, number>();
  for (const protocol of outcome.merged.protocols) states.set(protocol.state, (states.get(protocol.state) ?? 0) + 1);
  postMessage({
    ms,
    protocols: outcome.merged.protocols.length,
    states: [...states].map(([state, count]) => `${state} ${count}`).join(', '),
    rows: outcome.merged.rows.length,
    works: outcome.statistics.groups.filter((group) => group.level === 'region').reduce((sum, group) => sum + group.works, 0),
    sheetRows: outcome.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0),
  });
};
