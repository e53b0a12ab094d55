import type { AdjudicationSettings } from '../adjudication/settings';
import type { ExpertAgreement, StatisticsResult, StatisticsSettings } from '../statistics';

/** Who publishes the report, about what, and when. */
export interface ReportMetadata {
  /** The region, e.g. «Иркутская область». */
  region: string;
  /** The regional centre as it signs the report, e.g. «ГАУ ИО ЦОПМКиМКО». */
  centre: string;
  /** The test period as the schedule words it, e.g. «с 1 по 25 апреля 2026 г.». Printed as given. */
  testPeriod: string;
  /** First and last day of the re-check, ISO (`2026-05-12`); printed as dd.mm.yyyy. */
  recheckFrom?: string;
  recheckTo?: string;
  /** The report's date, ISO. */
  date: string;
  /** Experts of the commission who took part; by default, the number of experts in the statistics. */
  experts?: number;
  /** The settings the statistics were computed with (target and thresholds); omitted ones are the defaults. */
  settings?: Partial<StatisticsSettings>;
}

/** One expert comment on one task (the Комментарии sheet). `task` empty: a remark on the test as a whole. */
export interface ExpertComment {
  subject: string;
  grade: number;
  task: string;
  /** Who wrote it: used only to keep the name out of the published text. */
  expert: string;
  text: string;
}

/** A chart as a picture (the pane's `Chart.getImage`), with its caption. */
export interface ReportChart {
  png: Uint8Array;
  caption: string;
}

export interface ReportInput {
  statistics: StatisticsResult;
  metadata: ReportMetadata;
  comments?: readonly ExpertComment[];
  charts?: readonly ReportChart[];
  /** Issue 11: the experts' consistency, for the appendix «Согласованность экспертов» (none without doubly scored works). */
  experts?: ExpertAgreement;
  /** Issue 11: the thresholds and final-score rule the merge used; omitted ones are the defaults. */
  adjudication?: Partial<AdjudicationSettings>;
}
