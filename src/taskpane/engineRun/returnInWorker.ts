import { computeStatistics, mergeProtocols, municipalityZip, readKeyWorkbook, readMarksScales, returnProtocols, type Problem } from '../../engine';
import type { ReturnProgress, ReturnRequest, ReturnedZips } from './engineApi';
import { throttled } from './throttle';

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The worker's «Вернуть протоколы» (issue 9): the protocols merged against the key, counted, and one ZIP per
 * municipality (the schools' workbooks, the summary, the cover letter) handed back as Blobs. A cancel stops it
 * between files.
 */
export async function returnInWorker(request: ReturnRequest, signal: AbortSignal, onProgress: (progress: ReturnProgress) => void): Promise<ReturnedZips> {
  const report = throttled(onProgress, (progress: ReturnProgress) => progress.done === 0 || progress.done >= progress.total);
  const key = await readKeyWorkbook(await bytesOf(request.key));
  if (!key.ok) return { keyProblem: key.problem, municipalities: [], problems: [] };
  const problems: Problem[] = [];
  const scales = request.scales ? await readMarksScales(await bytesOf(request.scales), request.scales.name) : null;
  if (scales) problems.push(...scales.problems);
  const total = request.protocols.length;
  report({ stage: 'merge', done: 0, total });
  const merged = await mergeProtocols(request.protocols.map((file) => ({ file: file.name, data: file, modified: new Date(file.lastModified).toISOString() })), key.key, {
    onProgress: (done) => {
      signal.throwIfAborted();
      report({ stage: 'merge', done, total });
    },
  });
  signal.throwIfAborted();
  const statistics = computeStatistics(merged.rows, { scales: scales?.scales });
  problems.push(...statistics.problems);
  const result = await returnProtocols(
    { merged, statistics, key: key.key, scales: scales?.scales, received: request.received, testPeriodEnd: request.testPeriodEnd || null, createdAt: new Date().toISOString() },
    {
      onProgress: (done, schools) => {
        signal.throwIfAborted();
        report({ stage: 'workbooks', done, total: schools });
      },
    },
  );
  signal.throwIfAborted();
  return {
    keyProblem: null,
    municipalities: result.municipalities.map((m) => ({
      municipality: m.municipality,
      fileName: `${m.folder}.zip`,
      zip: new Blob([municipalityZip(m) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      deadline: m.deadlines.reportDue,
      schools: m.schools,
    })),
    problems: [...problems, ...result.problems],
  };
}
