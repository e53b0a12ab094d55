import type { PrepareResult, Problem } from '../../../engine';
import type { EngineRunState } from '../../engineRun';

/** What the coordinator chooses before preparing: kept while the preparation runs, is cancelled or fails. */
export interface PrepareInputs {
  /** School score sheets added by hand (`.xlsx`, named like the school folder). */
  sheets: File[];
  /** The list of experts (`.xlsx` or `.csv`); required. */
  experts: File | null;
  /** Same seed, same assignment. */
  seed: number;
  /** `YYYY-MM-DD`, or empty: no deadline. */
  deadline: string;
  /** Issue 11: 2 — two blind experts per chosen work; absent or 1 — one. */
  copies?: 1 | 2;
  /** Issue 11: percentage (1…100) of each test's works scored twice; absent — all. */
  sharePercent?: number;
}

/** The engine's progress report: `total` is 0 while the archives are read (it is not known then). */
export interface PrepareProgress {
  stage: 'index' | 'sheets' | 'packages';
  done: number;
  total: number;
}

/** One expert's package as the pane keeps it: the ZIP stays a Blob (hundreds of MB in all must not sit in arrays). */
export interface ReadyPackage {
  packageId: string;
  expertId: string;
  expertName: string;
  subject: string;
  grade: number;
  works: number;
  /** The ZIP's file name, for saving. */
  fileName: string;
  /** The protocol workbook's entry name inside the ZIP. */
  protocolName: string;
  data: Blob;
  coverLetter: string;
}

/** A work no expert could take, with the engine's Russian reason. */
export type UnassignedWork = PrepareResult['unassigned'][number];

export interface PreparedResult {
  packages: ReadyPackage[];
  /** How many experts the list gave, and the names of those who got no works. */
  experts: number;
  expertsWithoutWorks: string[];
  works: number;
  unassigned: UnassignedWork[];
  problems: Problem[];
  /** The coordinator's key workbook (.xlsx). */
  keyWorkbook: Blob;
  /** More than one archive: name the archive beside each path. */
  severalArchives: boolean;
}

/** idle, running (progress), done (result), failed (reason) or cancelled: one engine run's states. */
export type PreparationState = EngineRunState<PrepareProgress, PreparedResult>;

export interface Preparation {
  inputs: PrepareInputs;
  setInputs: (change: Partial<PrepareInputs>) => void;
  state: PreparationState;
  /** Prepares the packages from the source and the inputs (a run already going is cancelled first). */
  start: () => void;
  cancel: () => void;
  /** Back to the inputs, dropping a result (the inputs stay). */
  edit: () => void;
}
