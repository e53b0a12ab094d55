import { proxy } from 'comlink';
import type { PdfOpenCheck, PdfTextReader } from '../../engine';
import type { PreparedResult, PrepareProgress } from '../coordinator/prepare/Preparation.types';
import { makeViewerOpenCheck } from '../viewer/viewerOpenCheck';
import { makeViewerTextReader } from './viewerTextReader';
import type { MergeOutcome, MergeProgress, MergeRequest, ReportRequest } from './mergeApi';
import type {
  AdjudicationRequest, AdjudicationResult, ArchiveProgress, IndexRequest, IndexResult, PrepareRequest, ReturnedZips, ReturnProgress, ReturnRequest,
} from './engineApi';
import type { EngineTask } from './useEngineRun';
import type { CrossPlanRequest, CrossPlanView, CrossPrepared, CrossProgress } from './crossApi';

let viewerCheck: PdfOpenCheck | null = null;
let viewerText: PdfTextReader | null = null;

/**
 * The pane's pdf.js as the engine's judge of repaired scans, so the pane and the CLI (pdfjs-dist in Node) give one
 * verdict. pdf.js loads on the first such scan, never for an archive of healthy ones.
 */
function viewerOpenCheck(): PdfOpenCheck {
  viewerCheck ??= proxy(makeViewerOpenCheck());
  return viewerCheck;
}

/** The pane's pdf.js reading cover letters sent as PDF for the cross-check, as the CLI's pdf.js does. */
function viewerTextReader(): PdfTextReader {
  viewerText ??= proxy(makeViewerTextReader());
  return viewerText;
}

/** The pane's runs on the engine worker, for `useEngineRun`. */
export const indexTask: EngineTask<IndexRequest, ArchiveProgress, IndexResult> = (engine, run, request, onProgress) =>
  engine.index(run, request, onProgress, viewerOpenCheck());

export const prepareTask: EngineTask<PrepareRequest, PrepareProgress, PreparedResult> = (engine, run, request, onProgress) =>
  engine.prepare(run, request, onProgress, viewerOpenCheck());

export const mergeTask: EngineTask<MergeRequest, MergeProgress, MergeOutcome> = (engine, run, request, onProgress) => engine.merge(run, request, onProgress);

export const reportTask: EngineTask<ReportRequest, never, Blob> = (engine, run, request, onProgress) => engine.report(run, request, onProgress);

/** Issue 11: «Подготовить третью проверку»; progress is the number of protocol files read. */
export const prepareAdjudicationTask: EngineTask<AdjudicationRequest, number, AdjudicationResult> = (engine, run, request, onProgress) =>
  engine.prepareAdjudication(run, request, onProgress);

/** Issue 9, for the analyst's «Вернуть протоколы»: a ZIP per municipality, with progress and cancel. */
export const returnProtocolsTask: EngineTask<ReturnRequest, ReturnProgress, ReturnedZips> = (engine, run, request, onProgress) =>
  engine.returnProtocols(run, request, onProgress);

/** Issue 10, the coordinator's cross-check: the proposed routing (the archives read once), then the packages and the key. */
export const crossPlanTask: EngineTask<CrossPlanRequest, CrossProgress, CrossPlanView> = (engine, run, request, onProgress) =>
  engine.crossPlan(run, request, onProgress, viewerOpenCheck(), viewerTextReader());

export const crossPrepareTask: EngineTask<CrossPlanRequest, CrossProgress, CrossPrepared> = (engine, run, request, onProgress) =>
  engine.crossPrepare(run, request, onProgress, viewerOpenCheck(), viewerTextReader());
