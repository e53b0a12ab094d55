import type { ArchiveCodecs } from '../archive';
import type { ProtocolProblem } from '../protocol';
import type { MergedRow } from '../statistics';
import type { AdjudicationSettings, WorkFinal } from '../adjudication';

/** What became of one returned file. Only `merged` and `incomplete` bring rows into the statistics. */
export type ProtocolState =
  | 'merged'
  | 'incomplete'
  | 'tampered'
  | 'foreign'
  | 'unknown-package'
  | 'wrong-version'
  | 'not-a-protocol'
  | 'encrypted-workbook'
  | 'broken-workbook'
  | 'duplicate';

/** One file the analyst gave: an `.xlsx` protocol, or a `.zip` of them (expanded here). */
export interface MergeInput {
  /** The path as given; entries of a ZIP become `<file>/<entry path>`. */
  file: string;
  data: Blob | Uint8Array;
  /** The file's modification time (ISO): decides between two different copies of a package without `completedAt`. */
  modified?: string;
}

export interface MergeOptions {
  /** Native CRC-32 and inflation for the ZIP reader (the CLI hands in Node's zlib). */
  codecs?: ArchiveCodecs;
  /** Told after each file (a ZIP entry counts as a file) is judged, with how many are done. */
  onProgress?: (done: number) => void;
  /** Issue 11: thresholds of a substantial discrepancy and the final-score rule (defaults: 2, 3, mean half up). */
  adjudication?: Partial<AdjudicationSettings>;
}

/** One file's state and why: the reason is in `problems` (empty for a clean `merged`). */
export interface MergedProtocol {
  file: string;
  state: ProtocolState;
  /** From the protocol's hidden sheet, when it could be read. */
  packageId: string | null;
  /** The reviewer's name from the key (the protocol's own when the key does not know the package). */
  expert: string | null;
  round: number | null;
  subject: string | null;
  grade: number | null;
  completedAt: string | null;
  /** Works and task rows of the protocol (0 when unread). */
  works: number;
  rows: number;
  problems: ProtocolProblem[];
}

/** One task of one work, joined with the key: the real school, municipality and expert; where it came from. */
export interface MergeRow extends MergedRow {
  packageId: string;
  round: number;
  /** The protocol file it was read from ({@link MergeInput.file}). */
  file: string;
  /** Its row on the `Протокол` sheet. */
  sheetRow: number;
  /** The code as typed (null: none; a code outside 1–7 is kept here and listed as a problem). */
  errorCode: number | null;
  explanation: string;
}

/** A comment of the Комментарии sheet, verbatim; `task` empty for the remarks on the test as a whole. */
export interface MergeComment {
  file: string;
  packageId: string;
  expert: string;
  subject: string;
  grade: number;
  task: string;
  variants: number[];
  hardest: boolean;
  reasons: string;
  opinion: string;
  difficulties: string;
}

export interface MergeResult {
  /** One per file, in the order given (ZIP entries in place of their archive). */
  protocols: MergedProtocol[];
  /** The rows of the `merged` and `incomplete` protocols (unscored rows too, with an empty expert score). */
  rows: MergeRow[];
  comments: MergeComment[];
  /** Issue 11: every work with its rounds, their discrepancy and the final expert score. */
  finals: WorkFinal[];
  /**
   * Issue 11: one row per work and task with the final expert score — what `computeStatistics` takes. The same as
   * `rows` when every work was scored once; `rows` keeps every round.
   */
  finalRows: MergeRow[];
}
