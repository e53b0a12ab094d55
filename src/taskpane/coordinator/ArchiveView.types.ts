import type { Bank, ProblemFacts, SchoolSummary } from '../../engine';

/** Where indexing has got to, as the pane shows it. `total` is shown when the indexer reports it. */
export interface ArchiveProgress {
  archive: string;
  done: number;
  total?: number;
}

/** The archive view's states, one at a time. `archives` are the names of the archives of the current run. */
export type IndexingState =
  | { status: 'idle' }
  | { status: 'indexing'; archives: string[]; progress: ArchiveProgress | null }
  /** `files` and `password`: what was read, for the preparation of the packages (which reads the archives again). */
  | { status: 'done'; archives: string[]; bank: Bank; schools: SchoolSummary[]; files: File[]; password: string }
  | { status: 'cancelled' }
  | { status: 'unreadable'; archives: string[]; archive: string; facts: ProblemFacts<'broken-archive'> | null }
  | { status: 'failed'; archives: string[]; reason: string };

export interface ArchiveIndexing {
  state: IndexingState;
  /** Indexes these archives (a run already going is cancelled first). */
  start: (files: File[], password: string) => void;
  /** Indexes the files of the last run again, e.g. with a password; `without` leaves one archive out. */
  restart: (password: string, without?: string) => void;
  cancel: () => void;
  reset: () => void;
}
