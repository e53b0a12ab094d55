/**
 * The analyst's runs on the engine worker (issue 8): merging returned protocols against the key, and building the
 * report (справка). Plain data, Files and Blobs: everything here crosses postMessage.
 */
import type {
  ExpertAgreement, ExpertComment, KeyReadResult, Language, MergeResult, Problem, ReportMetadata, StatisticsResult, SummaryChart, SummarySheet,
} from '../../engine';

export interface MergeRequest {
  /** The protocols, ZIPs of them; `file` is the path as the analyst gave it (a folder's relative path). */
  protocols: { file: string; data: File }[];
  key: File;
  scales: File | null;
  language: Language;
  /** The report's header: region, centre, period (the date is today's). */
  metadata: ReportMetadata;
}

/** Files judged so far (a ZIP's entries count one by one) of the files given. */
export interface MergeProgress {
  done: number;
  given: number;
}

export type MergeOutcome =
  | { ok: false; key: Exclude<KeyReadResult, { ok: true }> }
  | {
      ok: true;
      /** The merge as the engine gives it: kept for the next steps (returning protocols to schools). */
      merged: MergeResult;
      statistics: StatisticsResult;
      /** Problems of the data as a whole: the marks scales, duplicate task rows. */
      problems: Problem[];
      comments: ExpertComment[];
      metadata: ReportMetadata;
      /** The experts' consistency over works scored twice (issue 11); empty tests when none was. */
      experts: ExpertAgreement;
      /** The workbook's sheets and charts, laid out by the engine (src/engine/summary). */
      sheets: SummarySheet[];
      charts: SummaryChart[];
    };

export interface ReportRequest {
  statistics: StatisticsResult;
  metadata: ReportMetadata;
  comments: ExpertComment[];
  experts?: ExpertAgreement;
  charts: { png: Uint8Array; caption: string }[];
}
