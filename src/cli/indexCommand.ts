import { basename } from 'node:path';
import { ArchiveUnreadableError, indexArchives, problemMessage, type Bank, type Problem } from '../engine';
import { parseArgs, UsageError } from './args';
import { pdfjsOpenCheck } from './pdfjsCheck';
import { formatBank } from './formatBank';
import { openUserFile } from './files';
import { startProgress } from './progress';

/** `recheck index ARCHIVE... [--password P] [--json]`: exit 0 when every archive was read, 1 when one was not. */
export async function runIndex(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['password'], ['json']);
  if (positional.length === 0) throw new UsageError('Укажите хотя бы один архив .zip.');
  const password = options.get('password');
  const json = options.has('json');

  const bank: Bank = { works: [], documents: [], problems: [] };
  let unreadable = 0;
  const progress = startProgress();
  for (const path of positional) {
    const name = basename(path);
    try {
      const file = await openUserFile(path);
      if (!file) throw new ArchiveUnreadableError(`файл ${path} не найден`, name);
      const archiveBank = await indexArchives([file], {
        password: typeof password === 'string' ? password : undefined,
        pdfOpenCheck: pdfjsOpenCheck,
        onProgress: ({ done }) => progress.update(`${name}: просмотрено файлов ${done}`),
      });
      bank.works.push(...archiveBank.works);
      bank.documents.push(...archiveBank.documents);
      bank.problems.push(...archiveBank.problems);
    } catch (error) {
      if (!(error instanceof ArchiveUnreadableError)) throw error;
      unreadable += 1;
      const problem: Problem = {
        archive: name,
        path: '',
        problem: 'broken-archive',
        message: problemMessage('broken-archive', { reason: error.reason }),
      };
      bank.problems.push(problem);
      progress.clear();
      process.stderr.write(`Архив ${name} не читается: ${problem.message}\n`);
    }
  }
  progress.clear();

  process.stdout.write(json ? `${JSON.stringify(toJson(bank))}\n` : formatBank(bank, positional.length));
  return unreadable > 0 ? 1 : 0;
}

/** The documented JSON shape, field by field, so internal additions never leak into scripts' input. */
function toJson(bank: Bank) {
  return {
    works: bank.works.map((w) => ({
      archive: w.archive, path: w.path, kind: w.kind, municipality: w.municipality, school: w.school,
      subject: w.subject, grade: w.grade, code: w.code, variant: w.variant, class: w.class, pages: w.pages, bytes: w.bytes,
    })),
    documents: bank.documents.map((d) => ({
      archive: d.archive, path: d.path, kind: d.kind, school: d.school, subject: d.subject, grade: d.grade,
    })),
    problems: bank.problems.map((p) => ({ archive: p.archive, path: p.path, problem: p.problem, message: p.message })),
  };
}
