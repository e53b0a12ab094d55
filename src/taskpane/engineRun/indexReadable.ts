import { indexArchives, summariseBank, type Bank, type PdfOpenCheck, type Problem, type ProblemFacts } from '../../engine';
import type { ArchiveProgress, IndexRequest, IndexResult } from './engineApi';
import { throttled } from './throttle';

/** Why the indexer could not open an archive, when that is what it rejected with (matched by the error's stable name). */
function unopenedArchive(error: unknown): ProblemFacts<'broken-archive'> | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name, facts } = error as { name?: unknown; facts?: ProblemFacts<'broken-archive'> };
  if (name !== 'ArchiveUnreadableError') return null;
  return facts ?? { problem: 'broken-archive', reason: 'read-error' };
}

/** The problem the CLI reports for an archive it cannot open, so both faces say the same. */
export function brokenArchiveProblem(archive: string, facts: ProblemFacts<'broken-archive'>): Problem {
  return { archive, path: '', ...facts };
}

/**
 * Indexes the chosen archives one by one into one bank, as the CLI does: an archive that cannot be opened at all
 * is a `broken-archive` problem and the others are still indexed. One archive at a time loses nothing: the
 * engine looks for duplicates within an archive, never across archives.
 */
export async function indexReadable(
  request: IndexRequest,
  signal: AbortSignal,
  onProgress: (progress: ArchiveProgress) => void,
  pdfOpenCheck?: PdfOpenCheck,
): Promise<IndexResult> {
  const bank: Bank = { works: [], documents: [], problems: [] };
  const unreadable: string[] = [];
  // An archive's first and last reports always cross: the line names the archive being read and ends full.
  let archive: string | null = null;
  const report = throttled(onProgress, (progress: ArchiveProgress & { total: number }) => {
    const first = progress.archive !== archive;
    archive = progress.archive;
    return first || progress.done >= progress.total;
  });
  for (const file of request.files) {
    try {
      const part = await indexArchives([{ name: file.name, data: file }], { password: request.password || undefined, signal, onProgress: report, pdfOpenCheck });
      bank.works.push(...part.works);
      bank.documents.push(...part.documents);
      bank.problems.push(...part.problems);
    } catch (error) {
      const unopened = unopenedArchive(error);
      if (!unopened || signal.aborted) throw error;
      unreadable.push(file.name);
      bank.problems.push(brokenArchiveProblem(file.name, unopened));
    }
  }
  signal.throwIfAborted();
  return { bank, schools: summariseBank(bank), unreadable };
}
