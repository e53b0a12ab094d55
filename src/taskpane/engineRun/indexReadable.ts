import { indexArchives, problemMessage, summariseBank, type Problem } from '../../engine';
import type { ArchiveProgress, IndexRequest, IndexResult } from './engineApi';
import { throttled } from './throttle';

/** The archive a rejection of the indexer names as unopenable (matched by the error's stable name), or null. */
function unopenedArchive(error: unknown): { archive: string; reason: string } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name, archive, reason } = error as Record<string, unknown>;
  if (name !== 'ArchiveUnreadableError' || typeof archive !== 'string' || !archive) return null;
  return { archive, reason: typeof reason === 'string' ? reason : '' };
}

/** The problem the CLI reports for an archive it cannot open, so both faces say the same. */
export function brokenArchiveProblem(archive: string, reason: string): Problem {
  return { archive, path: '', problem: 'broken-archive', message: problemMessage('broken-archive', { reason: reason || undefined }) };
}

/**
 * Indexes the chosen archives into one bank (duplicates are found across all of them). An archive that cannot
 * be opened at all is a `broken-archive` problem and the others are indexed without it: the indexer rejects
 * when it reaches such an archive, before reading any of its files, and the run starts again without it.
 */
export async function indexReadable(
  request: IndexRequest,
  signal: AbortSignal,
  onProgress: (progress: ArchiveProgress) => void,
): Promise<IndexResult> {
  let files = request.files;
  const unreadable: string[] = [];
  const broken: Problem[] = [];
  const report = throttled(onProgress);
  for (;;) {
    try {
      const bank = await indexArchives(
        files.map((file) => ({ name: file.name, data: file })),
        { password: request.password || undefined, signal, onProgress: report },
      );
      signal.throwIfAborted();
      const whole = { ...bank, problems: [...broken, ...bank.problems] };
      return { bank: whole, schools: summariseBank(whole), unreadable };
    } catch (error) {
      const unopened = unopenedArchive(error);
      const at = unopened ? files.findIndex((file) => file.name === unopened.archive) : -1;
      if (!unopened || at < 0 || signal.aborted) throw error;
      unreadable.push(unopened.archive);
      broken.push(brokenArchiveProblem(unopened.archive, unopened.reason));
      files = files.filter((_, index) => index !== at);
    }
  }
}
