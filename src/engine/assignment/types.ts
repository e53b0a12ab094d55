import type { ReviewerKind } from '../protocol/types';

/** An expert from the coordinator's list. */
export interface Expert {
  /** Stable within one list: `Э01`, `Э02`… in list order (wider when there are more than 99 experts). */
  id: string;
  name: string;
  /** Normalised with normaliseSubject: lower case, trimmed, spaces collapsed. */
  subjects: string[];
  /** The grades the expert checks, ascending; null when the list does not limit them. */
  grades: number[] | null;
  school: string;
  municipality: string;
  /** The most works the expert takes; null when not limited. */
  capacity: number | null;
  /** The row of the list the expert came from (1-based, as the spreadsheet shows it). */
  row: number;
}

/** A work to hand out; `schoolKey` identifies the school (two schools of one name in two municipalities differ). */
export interface AssignableWork {
  id: string;
  schoolKey: string;
  school: string;
  municipality: string;
  subject: string;
  grade: number;
}

/**
 * `only-earlier-reviewers`: a later round, and every expert free to take the works already reviewed them in an
 * earlier round (a second opinion must come from someone else).
 */
export type UnassignedReason =
  | 'no-expert-for-subject'
  | 'only-conflicted-experts'
  | 'only-earlier-reviewers'
  | 'capacity'
  // Issue 11 (double re-check): a work chosen for two experts got its first but no second one.
  | 'no-second-expert'
  // Issue 11: a work whose two scores differ substantially found no third expert.
  | 'no-third-expert';

/** What the wording of an unassigned work mentions: the works' subject, grade and school. */
export interface UnassignedFacts {
  subject: string;
  grade: number;
  school: string;
  municipality: string;
}

/** A work no expert could take, why (`reason`), and the facts the wording needs. */
export interface UnassignedWork extends UnassignedFacts {
  workId: string;
  reason: UnassignedReason;
}

export type { ReviewerKind };

/** Who reviews works: an expert of the list, or (municipal cross-check) the commission of another school. */
export interface Reviewer {
  kind: ReviewerKind;
  /** An expert's id (`Э01`), or the Код ОО of the commission's school. */
  id: string;
  name: string;
  school: string;
  municipality: string;
}

/** One review of one work: a work may be reviewed again in a later round, each time by someone else. */
export interface Review {
  workId: string;
  /** 1 for the first re-check, 2 for a second opinion, 3… */
  round: number;
  reviewerId: string;
}

export interface Assignment {
  /** Every expert's id (also those given no works) → the ids of their works, a school's works together. */
  byExpert: Map<string, string[]>;
  /** The same hand-out as reviews of this round. */
  reviews: Review[];
  unassigned: UnassignedWork[];
}

export interface AssignOptions {
  seed: number;
  /** The round handed out (default 1). */
  round?: number;
  /** Reviews of earlier rounds: their reviewers are not given the same works again. */
  earlierReviews?: readonly Review[];
}
