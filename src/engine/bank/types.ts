import type { Problem } from '../problems';

/** `work`: one PDF per pupil (regional re-check); `classroom`: one PDF per classroom (municipal cross-check). */
export type WorkKind = 'work' | 'classroom';

interface WorkBase {
  archive: string;
  path: string;
  municipality: string;
  school: string;
  subject: string;
  grade: number;
  pages: number;
  bytes: number;
}

/** One pupil's work (regional re-check): its participant code and variant come from the file name. */
export interface PupilWork extends WorkBase {
  kind: 'work';
  /** Participant code as typed (digits, leading zeros kept). */
  code: string;
  variant: number;
  class: null;
}

/** One classroom's works in one file (municipal cross-check): no participant codes, the class instead. */
export interface ClassroomWork extends WorkBase {
  kind: 'classroom';
  code: null;
  variant: null;
  /** Class as `<grade><letter>`, e.g. `6А`. */
  class: string;
}

/** A scan in the bank; `kind` tells which, so a pupil's work always has its code and variant. */
export type Work = PupilWork | ClassroomWork;

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
