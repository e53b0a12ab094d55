import type { ProblemFacts } from '../problems';
import type { ScoreValue, Task } from '../scores';

/**
 * The protocol workbook's format as written now. 2: the hidden sheet carries the review's round and the kind of
 * reviewer. Format 1 (before rounds) is still read, as round 1 by an expert; a reader refuses any other.
 */
export const PROTOCOL_FORMAT_VERSION = 2;
export const READABLE_PROTOCOL_VERSIONS = [1, 2] as const;
export type ProtocolFormatVersion = (typeof READABLE_PROTOCOL_VERSIONS)[number];

/** Who reviews a work: an expert, or (municipal cross-check) the commission of another school. */
export type ReviewerKind = 'expert' | 'commission';

/** One task of a work as the school scored it. */
export interface ProtocolTask {
  task: string;
  max: number;
  schoolScore: ScoreValue;
  /**
   * Issue 11 (third check): the earlier experts' scores of the task, one per `ProtocolSpec.earlierRounds`, shown
   * read-only beside the third expert's column. Not part of the prefilled data the checksum covers.
   */
  earlier?: ScoreValue[];
}

/** One work handed to the expert. Codes only: no school or pupil names ever reach a protocol. */
export interface ProtocolWork {
  /** The depersonalised Код ОО, e.g. 'ОО-07'. */
  schoolCode: string;
  /** The participant code, e.g. '0402' (text: leading zeros are kept). */
  workCode: string;
  variant: number;
  tasks: ProtocolTask[];
}

export interface ProtocolSpec {
  packageId: string;
  /** Which review of the works: 1 (default), 2 for a second opinion… */
  round?: number;
  /** Default `expert`. */
  reviewer?: ReviewerKind;
  /** The expert's name as it goes into the footer of the printed copy. */
  expert: string;
  subject: string;
  grade: number;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601 date, shown to the expert; not covered by the checksum. */
  deadline?: string;
  works: ProtocolWork[];
  /** Tasks of each variant, for the Комментарии sheet; variants missing here are taken from the works. */
  variantTasks: Record<number, Task[]>;
  /**
   * Issue 11 (third check): the headers of the earlier experts' read-only columns after «Пояснение»
   * (`Балл 1-го эксперта`, …); each task's `earlier` holds their scores. Absent: the protocol as always.
   */
  earlierRounds?: string[];
}

/** What identifies a protocol, covered by the checksum and the signature together with the prefilled rows. */
export interface ProtocolIdentity {
  formatVersion: number;
  packageId: string;
  expert: string;
  subject: string;
  grade: number;
  createdAt: string;
}

/** A cell value as a spreadsheet holds it, whoever read it (ExcelJS, Office.js). */
export type CellInput = string | number | boolean | null | undefined;

/**
 * The prefilled (locked) values of a protocol row, as cell values or typed: what the checksum covers.
 * `ProtocolRow` is one; so is what the builder writes; so are raw cells read back.
 */
export interface PrefilledRow {
  schoolCode: CellInput;
  workCode: CellInput;
  variant: CellInput;
  task: CellInput;
  max: CellInput;
  schoolScore: CellInput | ScoreValue;
}

/** The prefilled data a checksum and a signature are computed over. */
export interface PrefilledData {
  identity: ProtocolIdentity;
  rows: readonly PrefilledRow[];
}

export type InvalidScore = { kind: 'invalid'; text: string };
export type InvalidErrorCode = { invalid: string };

/** One row of the `Протокол` sheet as read back. */
export interface ProtocolRow {
  /** The sheet row (1 is the header). */
  row: number;
  schoolCode: string;
  workCode: string;
  variant: number;
  task: string;
  max: number;
  schoolScore: ScoreValue;
  expertScore: ScoreValue | InvalidScore;
  /** null: empty; a number as typed (the rules check it is 1–7); `{ invalid }`: text that is not a number. */
  errorCode: number | null | InvalidErrorCode;
  explanation: string;
  /** The locked cells exactly as read (before typing), for the checksum and for "was / now" messages. */
  prefilled: PrefilledRow;
}

/** What the hidden sheet says of the review a protocol belongs to, whoever reads it. */
export interface ProtocolReviewMeta {
  formatVersion: ProtocolFormatVersion;
  packageId: string;
  /** Which review of the works: 1 for the first, 2 for a second opinion… (1 for a format-1 protocol). */
  round: number;
  /** Who reviews: an expert, or a school's commission in the municipal cross-check (an expert in format 1). */
  reviewer: ReviewerKind;
  expert: string;
  subject: string;
  createdAt: string;
}

export interface ProtocolMeta extends ProtocolReviewMeta {
  grade: number;
  deadline?: string;
  completedAt?: string;
  checksum: string;
  signature: string;
}

/** One row of the `Комментарии` sheet: a task of one or more variants with the expert's comments. */
export interface ProtocolTaskComment {
  row: number;
  variants: number[];
  task: string;
  /** Marked «+»: among the tasks hardest for pupils. */
  hardest: boolean;
  reasons: string;
  opinion: string;
  difficulties: string;
}

export interface ProtocolComments {
  tasks: ProtocolTaskComment[];
  /** The expert's opinion of the test (КИМ) and its criteria, as a whole. */
  generalOpinion: string;
  /** Difficulties met while checking, as a whole. */
  generalDifficulties: string;
}

export interface ReadProtocol {
  meta: ProtocolMeta;
  rows: ProtocolRow[];
  comments: ProtocolComments;
  /** The prefilled rows as the coordinator wrote them (kept on the hidden sheet), with their sheet rows. */
  originals: Array<PrefilledRow & { row: number }>;
}

export type ReadFailure = 'not-a-protocol' | 'wrong-version' | 'broken-workbook';

export type ReadProtocolResult =
  | { ok: true; protocol: ReadProtocol }
  | { ok: false; failure: ProblemFacts<ReadFailure> };

/** Where in a protocol a problem is. */
export interface ProtocolPlace {
  /** `Протокол!G12`; empty for a problem of the whole workbook. */
  cell: string;
  /** `<Код ОО>/<Код работы>`, e.g. `ОО-07/0402`; empty for a problem of the whole workbook. */
  work: string;
  task: string;
  /** The sheet row, when the problem is in one. */
  row?: number;
}

/** A problem of a protocol: its place and its code with details (`problemText` words it). */
export type ProtocolProblem = ProtocolPlace & ProblemFacts;

export interface ProtocolCheck {
  /** No problems: the protocol can be merged. */
  complete: boolean;
  /** False when the file is not a readable protocol of this format (broken, foreign, other version). */
  readable: boolean;
  works: number;
  rows: number;
  problems: ProtocolProblem[];
}

export interface ErrorCode {
  code: number;
  text: string;
  needsExplanation: boolean;
}
