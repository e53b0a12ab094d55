import { renderDocx } from './renderDocx';
import { REPORT_TITLE, reportBlocks } from './reportBlocks';
import type { ReportInput } from './types';

/** The report (справка) as `.docx` bytes: the statistics, the metadata, the experts' comments and the charts. Pure. */
export async function buildReportDocx(input: ReportInput): Promise<Uint8Array> {
  return renderDocx(reportBlocks(input), { title: REPORT_TITLE, creator: input.metadata.centre });
}
