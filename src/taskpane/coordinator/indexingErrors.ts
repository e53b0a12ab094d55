/**
 * Reading the indexer's rejections. An archive that cannot be opened at all rejects the whole run with an
 * error named `ArchiveUnreadableError` (matched by name: errors are compared by their stable name, not class).
 */

export interface UnreadableArchive {
  archive: string;
  reason: string | null;
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
  const reason = field(error, 'reason');
  const archive = typeof named === 'string' && named ? named : (archives.find((name) => !reported.has(name)) ?? archives.at(-1) ?? '');
  return { archive, reason: typeof reason === 'string' && reason ? reason : null };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
