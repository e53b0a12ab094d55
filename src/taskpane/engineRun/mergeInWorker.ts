import { buildReportDocx, computeStatistics, expertAgreement, mergeProtocols, readKeyWorkbook, readMarksScales, reportComments, summaryCharts, summarySheets, type MarksScale, type Problem } from '../../engine';
import type { MergeOutcome, MergeProgress, MergeRequest, ReportRequest } from './mergeApi';
import { throttled } from './throttle';

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/**
 * The worker's merge, as `recheck merge` does it: the key, the marks scales, the protocols (ZIPs expanded by the
 * engine), the statistics, and the summary's sheets and charts as data. A cancel stops it between two files.
 */
export async function mergeInWorker(request: MergeRequest, signal: AbortSignal, onProgress: (progress: MergeProgress) => void): Promise<MergeOutcome> {
  const key = await readKeyWorkbook(await bytesOf(request.key));
  if (!key.ok) return { ok: false, key };
  const problems: Problem[] = [];
  let scales: MarksScale[] = [];
  if (request.scales) {
    const reading = await readMarksScales(await bytesOf(request.scales), request.scales.name);
    problems.push(...reading.problems);
    scales = reading.scales;
  }
  const given = request.protocols.length;
  const report = throttled(onProgress, (progress: MergeProgress) => progress.done === 1);
  const merged = await mergeProtocols(
    request.protocols.map((protocol) => ({ file: protocol.file, data: protocol.data, modified: new Date(protocol.data.lastModified).toISOString() })),
    key.key,
    {
      onProgress: (done) => {
        signal.throwIfAborted();
        report({ done, given });
      },
    },
  );
  signal.throwIfAborted();
  // Against the school, each work's final expert score (issue 11); Свод keeps every round.
  const statistics = computeStatistics(merged.finalRows, { scales });
  const experts = expertAgreement(merged.finals);
  problems.push(...statistics.problems);
  const comments = reportComments(merged.comments);
  const metadata = request.metadata;
  return {
    ok: true,
    merged,
    statistics,
    problems,
    comments,
    metadata,
    experts,
    sheets: summarySheets({ ...merged, statistics, report: { metadata, comments, experts }, language: request.language, experts }),
    charts: summaryCharts(statistics),
  };
}

/** The report (справка) as a `.docx` Blob, with the charts' pictures. */
export async function reportInWorker(request: ReportRequest, signal: AbortSignal): Promise<Blob> {
  const bytes = await buildReportDocx(request);
  signal.throwIfAborted();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
