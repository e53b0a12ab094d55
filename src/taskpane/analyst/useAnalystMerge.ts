import { useCallback, useRef, useState } from 'react';
import { CHARTS_SHEET } from '../../engine';
import { chartImages, writeSummary, type ExcelFailure, type WrittenSummary } from '../../office/excel';
import { mergeTask, reportTask, useEngineRun, type MergeOutcome, type MergeRequest } from '../engineRun';
import { saveFile } from '../coordinator/prepare/saveFile';

/** Writing the merge into the workbook: not yet, going, done, refused by the host, or no workbook (outside Excel). */
export type WriteState =
  | { status: 'idle' }
  | { status: 'writing' }
  | { status: 'written'; written: WrittenSummary }
  | { status: 'failed'; failure: ExcelFailure };

export type ReportState = { status: 'idle' } | { status: 'building' } | { status: 'saved'; withoutCharts: ExcelFailure | null } | { status: 'failed'; reason: string };

export const REPORT_FILE_NAME = 'Справка.docx';

/**
 * The analyst's flow: the merge on the engine worker (progress, cancel), then its sheets and charts written into
 * the open workbook, then on request the report with the charts' pictures. The last merge stays in `outcome` for
 * the next steps (returning the protocols to schools).
 */
export function useAnalystMerge(inExcel: boolean) {
  const [write, setWrite] = useState<WriteState>({ status: 'idle' });
  const [report, setReport] = useState<ReportState>({ status: 'idle' });
  const withoutCharts = useRef<ExcelFailure | null>(null);

  const written = useCallback(
    async (outcome: MergeOutcome) => {
      setReport({ status: 'idle' });
      if (!outcome.ok || !inExcel) return;
      setWrite({ status: 'writing' });
      const result = await writeSummary(outcome.sheets, outcome.charts);
      setWrite(result.ok ? { status: 'written', written: result.value } : { status: 'failed', failure: result });
    },
    [inExcel],
  );
  const merge = useEngineRun(mergeTask, (outcome) => void written(outcome));
  const reportRun = useEngineRun(reportTask, (blob) => {
    saveFile(blob, REPORT_FILE_NAME);
    setReport({ status: 'saved', withoutCharts: withoutCharts.current });
  });

  const start = useCallback(
    (request: MergeRequest) => {
      setWrite({ status: 'idle' });
      setReport({ status: 'idle' });
      merge.start(request);
    },
    [merge],
  );

  const outcome = merge.state.status === 'done' ? merge.state.result : null;

  const saveReport = useCallback(async () => {
    if (!outcome?.ok) return;
    setReport({ status: 'building' });
    let charts: { png: Uint8Array; caption: string }[] = [];
    let missing: ExcelFailure | null = null;
    if (write.status === 'written') {
      const images = await chartImages(CHARTS_SHEET, write.written.charts);
      if (images.ok) {
        const titles = new Map(outcome.charts.map((chart) => [chart.name, chart.title]));
        charts = images.value.map((image) => ({ png: image.png, caption: titles.get(image.name) ?? image.name }));
      } else {
        missing = images;
      }
    }
    withoutCharts.current = missing;
    reportRun.start({ statistics: outcome.statistics, metadata: outcome.metadata, comments: outcome.comments, experts: outcome.experts, charts });
  }, [outcome, write, reportRun]);

  const reportState: ReportState =
    reportRun.state.status === 'failed' ? { status: 'failed', reason: reportRun.state.reason } : reportRun.state.status === 'running' ? { status: 'building' } : report;

  return { merge, start, outcome, write, report: reportState, saveReport };
}
