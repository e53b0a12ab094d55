/**
 * Reading the indexer's rejections. An archive that cannot be opened at all rejects the whole run with an
 * error named `ArchiveUnreadableError` (matched by name: errors are compared by their stable name, not class).
 */
import type { ProblemFacts } from '../../engine';

export interface UnreadableArchive {
  archive: string;
  /** The `broken-archive` problem with its reason code, when the error carried one. */
  facts: ProblemFacts<'broken-archive'> | null;
}

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/**
 * Which archive could not be read, and why. The error names it when it can (`archive`); otherwise it is the
 * first archive, in the order given, of which no file was reported: a top-level archive fails before any of
 * its files is looked at.
 */
export function unreadableArchive(error: unknown, archives: readonly string[], reported: ReadonlySet<string>): UnreadableArchive | null {
  if (field(error, 'name') !== 'ArchiveUnreadableError') return null;
  const named = field(error, 'archive');
  const archive = typeof named === 'string' && named ? named : (archives.find((name) => !reported.has(name)) ?? archives.at(-1) ?? '');
  return { archive, facts: brokenArchiveFacts(error) };
}

/** The `broken-archive` problem an `ArchiveUnreadableError` carries (its `failure`: reason code and detail). */
export function brokenArchiveFacts(error: unknown): ProblemFacts<'broken-archive'> | null {
  if (field(error, 'name') !== 'ArchiveUnreadableError') return null;
  const failure = field(error, 'failure');
  const reason = field(failure, 'reason');
  const detail = field(failure, 'detail');
  if (typeof reason !== 'string' || !reason) return null;
  return { problem: 'broken-archive', reason, ...(typeof detail === 'string' ? { detail } : {}) } as ProblemFacts<'broken-archive'>;
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
