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

export type UnassignedReason = 'no-expert-for-subject' | 'only-conflicted-experts' | 'capacity';

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

export interface Assignment {
  /** Every expert's id (also those given no works) → the ids of their works, a school's works together. */
  byExpert: Map<string, string[]>;
  unassigned: UnassignedWork[];
}

export interface AssignOptions {
  seed: number;
}
