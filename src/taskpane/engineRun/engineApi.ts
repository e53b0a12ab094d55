/**
 * The typed port between the pane and its engine worker (engine.worker.ts): what each run takes, reports and
 * gives back. Everything here crosses postMessage, so it is plain data, Files and Blobs (structured clone).
 */
import type { Bank, PdfOpenCheck, PdfTextReader, Problem, ReturnedSchool, SchoolSummary } from '../../engine';
import type { PreparedResult, PrepareProgress } from '../coordinator/prepare/Preparation.types';
import type { MergeOutcome, MergeProgress, MergeRequest, ReportRequest } from './mergeApi';
import type { AdjudicationRequest, AdjudicationResult } from './adjudicationInWorker';
import type { CrossPlanRequest, CrossPlanView, CrossPrepared, CrossProgress } from './crossApi';

export type { AdjudicationRequest, AdjudicationResult } from './adjudicationInWorker';

/** Where indexing has got to. `total` is shown when the indexer reports it. */
export interface ArchiveProgress {
  archive: string;
  done: number;
  total?: number;
}

export interface IndexRequest {
  files: File[];
  password: string;
}

/** The bank of the readable archives; an archive that cannot be opened at all is a `broken-archive` problem. */
export interface IndexResult {
  bank: Bank;
  schools: SchoolSummary[];
  /** Names of the archives that could not be opened (the preparation reads only the others). */
  unreadable: string[];
}

export interface PrepareRequest {
  archives: File[];
  password: string;
  /** The bank already indexed from `archives` (plain data, cloned to the worker): they are not indexed again. */
  bank?: Bank;
  sheets: File[];
  experts: File;
  seed: number;
  /** `YYYY-MM-DD`, or empty: no deadline. */
  deadline: string;
  /** Issue 11: 2 — the chosen works go to two blind experts (rounds 1 and 2); default 1. */
  copies?: 1 | 2;
  /** Issue 11: with two copies, the share (0…1) of each test's works scored twice; default all. */
  share?: number;
}

/** Issue 9, «Вернуть протоколы»: the returned protocols, the key, optionally the marks scales; the dates of the return. */
export interface ReturnRequest {
  protocols: File[];
  key: File;
  scales?: File;
  /** `YYYY-MM-DD`: when the municipalities receive the protocols (the 10 working days count from it). */
  received: string;
  /** `YYYY-MM-DD` or empty: the last day of the test period (the 60-day limit of the re-check). */
  testPeriodEnd: string;
}

export interface ReturnProgress {
  stage: 'merge' | 'workbooks';
  done: number;
  total: number;
}

/** One ZIP per municipality, ready to save; `keyProblem` when the key cannot be read (nothing else is done). */
export interface ReturnedZips {
  keyProblem: string | null;
  municipalities: Array<{ municipality: string; fileName: string; zip: Blob; deadline: string; schools: ReturnedSchool[] }>;
  problems: Problem[];
}

/**
 * The worker's methods. `run` names the run for `cancel` (an AbortSignal cannot cross postMessage); a cancelled
 * run rejects with an `AbortError`. `onProgress` is a Comlink proxy, called at most every ~100 ms. `pdfOpenCheck`,
 * also a Comlink proxy, is the pane's pdf.js asked about scans the inspector had to repair (the worker has no
 * pdf.js of its own: the viewer's runtime lives on the pane's thread, and such scans are rare).
 */
export interface EngineWorkerApi {
  index(run: number, request: IndexRequest, onProgress: (progress: ArchiveProgress) => void, pdfOpenCheck?: PdfOpenCheck): Promise<IndexResult>;
  prepare(run: number, request: PrepareRequest, onProgress: (progress: PrepareProgress) => void, pdfOpenCheck?: PdfOpenCheck): Promise<PreparedResult>;
  merge(run: number, request: MergeRequest, onProgress: (progress: MergeProgress) => void): Promise<MergeOutcome>;
  report(run: number, request: ReportRequest, onProgress: (progress: never) => void): Promise<Blob>;
  /** Issue 11: «Подготовить третью проверку» — round-3 packages from the returned protocols and the key. */
  prepareAdjudication(run: number, request: AdjudicationRequest, onProgress: (done: number) => void): Promise<AdjudicationResult>;
  /** Issue 9: the protocols back to the municipalities, a ZIP each. */
  returnProtocols(run: number, request: ReturnRequest, onProgress: (progress: ReturnProgress) => void): Promise<ReturnedZips>;
  /**
   * Issue 10: the coordinator's cross-check — the proposed routing, then the packages and the key. `pdfText` reads
   * cover letters sent as PDF (the pane's pdf.js, like `pdfOpenCheck`).
   */
  crossPlan(run: number, request: CrossPlanRequest, onProgress: (progress: CrossProgress) => void, pdfOpenCheck?: PdfOpenCheck, pdfText?: PdfTextReader): Promise<CrossPlanView>;
  crossPrepare(run: number, request: CrossPlanRequest, onProgress: (progress: CrossProgress) => void, pdfOpenCheck?: PdfOpenCheck, pdfText?: PdfTextReader): Promise<CrossPrepared>;
  cancel(run: number): void;
}
