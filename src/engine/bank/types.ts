import type { Problem } from '../problems';

/** `work`: one PDF per pupil (regional re-check); `classroom`: one PDF per classroom (municipal cross-check). */
export type WorkKind = 'work' | 'classroom';

export interface Work {
  archive: string;
  path: string;
  kind: WorkKind;
  municipality: string;
  school: string;
  subject: string;
  grade: number;
  /** Participant code as typed (digits, leading zeros kept); null for a classroom scan. */
  code: string | null;
  /** Variant number; null for a classroom scan. */
  variant: number | null;
  /** Class as `<grade><letter>`, e.g. `6А`; null for a pupil's work. */
  class: string | null;
  pages: number;
  bytes: number;
}

export type DocumentKind = 'score-sheet' | 'variant' | 'criteria' | 'cover-letter' | 'document';

export interface SchoolDocument {
  archive: string;
  path: string;
  kind: DocumentKind;
  municipality: string;
  school: string;
  subject: string;
  grade: number;
}

export interface Bank {
  works: Work[];
  documents: SchoolDocument[];
  problems: Problem[];
}
