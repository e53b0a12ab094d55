import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveUnreadableError, problemText, type Language } from '../engine';
import { UsageError, type ParsedArgs } from './args';
import { openUserFile, UserFileError } from './files';
import { startProgress } from './progress';
import { cliTexts } from './texts';

type Progress = ReturnType<typeof startProgress>;

/** The options every package-building command shares (`prepare`, `cross prepare`), checked alike. */
export interface PackageOptions {
  works: string[];
  out: string;
  seed: number;
  deadline?: string;
  password?: string;
}

export function packageOptions({ positional, options, lists }: ParsedArgs, worksWord: string): PackageOptions {
  if (positional.length > 0) throw new UsageError(`Лишние аргументы: ${positional.join(' ')}. Архивы указываются после --works.`);
  const works = lists.get('works') ?? [];
  if (works.length === 0) throw new UsageError(`Укажите архивы ${worksWord}: --works АРХИВ.zip...`);
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('Укажите папку для пакетов: --out ПАПКА.');
  const seedText = options.get('seed');
  const seed = typeof seedText === 'string' ? Number(seedText) : 1;
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed — целое число.');
  const deadline = options.get('deadline');
  if (deadline !== undefined && (typeof deadline !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(deadline))) {
    throw new UsageError('--deadline — дата в виде ГГГГ-ММ-ДД.');
  }
  const password = options.get('password');
  return { works, out, seed, deadline: typeof deadline === 'string' ? deadline : undefined, password: typeof password === 'string' ? password : undefined };
}

/** Opens the user's files; one that cannot be opened is listed in `missing` (worded) and gives null. */
export function userFileOpener(language: Language) {
  const missing: string[] = [];
  const open = (path: string) =>
    openUserFile(path).catch((error: unknown) => {
      if (!(error instanceof UserFileError)) throw error;
      missing.push(`${path}: ${problemText(error.facts, language)}`);
      return null;
    });
  const openAll = async (paths: readonly string[]) => (await Promise.all(paths.map(open))).filter((file) => file !== null);
  return { open, openAll, missing };
}

/** A package as both commands write it: the ZIP in `packages/`, its cover letter beside it in `letters/`. */
export interface WrittenPackage {
  fileName: string;
  data: Blob;
  coverLetter: string;
}

/**
 * Runs a packaging command's engine work with the folders made, a progress line, and the packages written as they
 * come; a top-level archive that cannot be read is said on stderr and gives null (exit 1).
 */
export async function runPackaging<T>(
  out: string,
  language: Language,
  run: (writePackage: (pkg: WrittenPackage) => Promise<void>, progress: Progress) => Promise<T>,
): Promise<T | null> {
  await mkdir(join(out, 'packages'), { recursive: true });
  await mkdir(join(out, 'letters'), { recursive: true });
  const progress = startProgress();
  const writePackage = async (pkg: WrittenPackage) => {
    await writeFile(join(out, 'packages', pkg.fileName), new Uint8Array(await pkg.data.arrayBuffer()));
    await writeFile(join(out, 'letters', pkg.fileName.replace(/\.zip$/, '.txt')), pkg.coverLetter);
  };
  try {
    return await run(writePackage, progress);
  } catch (error) {
    if (!(error instanceof ArchiveUnreadableError)) throw error;
    progress.clear();
    process.stderr.write(`${cliTexts(language).archiveUnreadable(error.archive, problemText(error.facts, language))}\n`);
    return null;
  } finally {
    progress.clear();
  }
}
