/**
 * Issue 10, the coordinator's cross-check in the pane: what the worker's `crossPlan` and `crossPrepare` runs take,
 * report and give back. Plain data, Files and Blobs only (structured clone across postMessage).
 */
import type { Bank, CrossOverride, CrossSchoolRoute, Problem } from '../../engine';

/** A number of works the coordinator typed for a classroom (the letter was not machine-readable, or was wrong). */
export interface CrossCount {
  school: string;
  subject: string;
  class: string;
  works: number;
}

export interface CrossPlanRequest {
  archives: File[];
  password: string;
  /** Blank ФИС ОКО forms for tests whose archives hold none. */
  forms: File[];
  /** The bank of an earlier plan of the same archives: they are not read again. */
  bank?: Bank;
  counts: CrossCount[];
  overrides: CrossOverride[];
  seed: number;
  /** `YYYY-MM-DD`, or empty. */
  deadline: string;
}

export interface CrossProgress {
  stage: 'index' | 'plan' | 'packages';
  done: number;
  total: number;
  archive?: string;
}

/** A classroom file as the coordinator's table shows it. */
export interface CrossClassroomRow {
  archive: string;
  path: string;
  school: string;
  subject: string;
  grade: number;
  class: string;
  pages: number;
  /** From the typed counts, else the cover letter; null when neither says. */
  works: number | null;
  worksFrom: 'counts' | 'cover-letter' | null;
}

export interface CrossPlanView {
  bank: Bank;
  classrooms: CrossClassroomRow[];
  /** Who checks whom, per test; `checkedBy` null for a test with a single school. */
  schools: CrossSchoolRoute[];
  problems: Problem[];
}

/** One package per checking school and test, ready to save. */
export interface CrossReadyPackage {
  fileName: string;
  data: Blob;
  coverLetter: string;
  checker: string;
  checkerCipher: string;
  subject: string;
  grade: number;
  files: number;
  works: number;
}

export interface CrossPrepared extends CrossPlanView {
  packages: CrossReadyPackage[];
  keyWorkbook: Blob;
}
