import { basename } from 'node:path';
import { ArchiveUnreadableError, indexArchives, problemText, type Bank, type Language, type Problem } from '../engine';
import { parseArgs, UsageError } from './args';
import { pdfjsOpenCheck } from './pdfjsCheck';
import { formatBank } from './formatBank';
import { nodeCodecs } from './nodeCodecs';
import { openUserFile, UserFileError } from './files';
import { startProgress } from './progress';
import { cliTexts, languageOf, problemJson } from './texts';

/** `recheck index ARCHIVE... [--password P] [--json] [--lang en]`: exit 0 when every archive was read, 1 when one was not. */
export async function runIndex(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['password', 'lang'], ['json']);
  const { positional, options } = args;
  const language = languageOf(args);
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
      const archiveBank = await indexArchives([file], {
        password: typeof password === 'string' ? password : undefined,
        codecs: nodeCodecs,
        pdfOpenCheck: pdfjsOpenCheck,
        onProgress: ({ done }) => progress.update(`${name}: просмотрено файлов ${done}`),
      });
      bank.works.push(...archiveBank.works);
      bank.documents.push(...archiveBank.documents);
      bank.problems.push(...archiveBank.problems);
    } catch (error) {
      // A file that is not there is not a damaged archive: the sender has nothing to resend.
      if (!(error instanceof UserFileError) && !(error instanceof ArchiveUnreadableError)) throw error;
      const problem: Problem = { archive: name, path: '', ...error.facts };
      unreadable += 1;
      bank.problems.push(problem);
      progress.clear();
      const message = problemText(problem, language);
      process.stderr.write(`${error instanceof UserFileError ? `${path}: ${message}` : cliTexts(language).archiveUnreadable(name, message)}\n`);
    }
  }
  progress.clear();

  if (json) writeJson(bank, language);
  else process.stdout.write(formatBank(bank, positional.length, language));
  return unreadable > 0 ? 1 : 0;
}

/** Items written per chunk: a bank of tens of thousands of works is never one string of tens of megabytes. */
const JSON_CHUNK = 1000;

/** The documented JSON shape, field by field, so internal additions never leak into scripts' input; one line. */
function writeJson(bank: Bank, language: Language): void {
  const list = <T>(name: string, items: T[], pick: (item: T) => object, first: boolean) => {
    process.stdout.write(`${first ? '{' : ','}${JSON.stringify(name)}:[`);
    for (let i = 0; i < items.length; i += JSON_CHUNK) {
      process.stdout.write(`${i > 0 ? ',' : ''}${items.slice(i, i + JSON_CHUNK).map((item) => JSON.stringify(pick(item))).join(',')}`);
    }
    process.stdout.write(']');
  };
  list('works', bank.works, (w) => ({
    archive: w.archive, path: w.path, kind: w.kind, municipality: w.municipality, school: w.school,
    subject: w.subject, grade: w.grade, code: w.code, variant: w.variant, class: w.class, pages: w.pages, bytes: w.bytes,
  }), true);
  list('documents', bank.documents, (d) => ({
    archive: d.archive, path: d.path, kind: d.kind, school: d.school, subject: d.subject, grade: d.grade,
  }), false);
  list('problems', bank.problems, (p) => problemJson(p, language), false);
  process.stdout.write('}\n');
}
