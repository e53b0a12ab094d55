import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveUnreadableError, preparePackages, problemText, unassignedText, type Language } from '../engine';
import { openUserFile, UserFileError } from './files';
import { parseArgs, UsageError } from './args';
import { nodeCodecs } from './nodeCodecs';
import { pdfjsOpenCheck } from './pdfjsCheck';
import { startProgress } from './progress';
import { cliTexts, languageOf, problemJson } from './texts';


export const KEY_FILE_NAME = 'Ключ перепроверки.xlsx';

/**
 * `recheck prepare --works ARCHIVE... [--password P] [--sheets XLSX...] --experts FILE --out DIR [--seed N]
 * [--deadline YYYY-MM-DD] [--copies 1|2] [--share 0…1] [--json] [--lang en]`: packages in DIR/packages, cover letters in DIR/letters, the key in DIR.
 */
export async function runPrepare(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['password', 'experts', 'out', 'seed', 'deadline', 'lang', 'copies', 'share'], ['json'], ['works', 'sheets']);
  const { positional, options, lists } = args;
  const language = languageOf(args);
  if (positional.length > 0) throw new UsageError(`Лишние аргументы: ${positional.join(' ')}. Архивы указываются после --works.`);
  const works = lists.get('works') ?? [];
  if (works.length === 0) throw new UsageError('Укажите архивы работ: --works АРХИВ.zip...');
  const expertsPath = options.get('experts');
  if (typeof expertsPath !== 'string') throw new UsageError('Укажите список экспертов: --experts ФАЙЛ.xlsx (или .csv).');
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('Укажите папку для пакетов: --out ПАПКА.');
  const seedText = options.get('seed');
  const seed = typeof seedText === 'string' ? Number(seedText) : 1;
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed — целое число.');
  const deadline = options.get('deadline');
  if (deadline !== undefined && (typeof deadline !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(deadline))) {
    throw new UsageError('--deadline — дата в виде ГГГГ-ММ-ДД.');
  }
  const { copies, share } = copiesOf(options);
  const password = options.get('password');
  const json = options.has('json');

  const missing: string[] = [];
  const open = (path: string) =>
    openUserFile(path).catch((error: unknown) => {
      if (!(error instanceof UserFileError)) throw error;
      missing.push(`${path}: ${problemText(error.facts, language)}`);
      return null;
    });
  const archives = (await Promise.all(works.map(open))).filter((f) => f !== null);
  const sheets = (await Promise.all((lists.get('sheets') ?? []).map(open))).filter((f) => f !== null);
  const experts = await open(expertsPath);
  if (missing.length > 0 || !experts) {
    process.stderr.write(`${missing.join('\n')}\n`);
    return 1;
  }

  await mkdir(join(out, 'packages'), { recursive: true });
  await mkdir(join(out, 'letters'), { recursive: true });
  const progress = startProgress();
  let result;
  try {
    result = await preparePackages(
      {
        archives, extraSheets: sheets, experts, seed, copies, share,
        password: typeof password === 'string' ? password : undefined,
        deadline: typeof deadline === 'string' ? deadline : undefined,
        pdfOpenCheck: pdfjsOpenCheck,
        codecs: nodeCodecs,
        onProgress: ({ stage, done, total }) =>
          progress.update(stage === 'index' ? `Чтение архивов: ${done} файлов` : stage === 'sheets' ? `Протоколы школ: ${done} из ${total}` : `Пакеты: ${done} из ${total}`),
      },
      async (pkg) => {
        await writeFile(join(out, 'packages', pkg.fileName), new Uint8Array(await pkg.data.arrayBuffer()));
        await writeFile(join(out, 'letters', pkg.fileName.replace(/\.zip$/, '.txt')), pkg.coverLetter);
      },
    );
  } catch (error) {
    progress.clear();
    if (!(error instanceof ArchiveUnreadableError)) throw error;
    process.stderr.write(`${cliTexts(language).archiveUnreadable(error.archive, problemText(error.facts, language))}\n`);
    return 1;
  }
  progress.clear();
  await writeFile(join(out, KEY_FILE_NAME), result.keyWorkbook);

  if (json) {
    process.stdout.write(`${JSON.stringify({
      experts: result.packages.map((p) => ({ name: p.name, works: p.works, package: join('packages', p.package), round: p.round })),
      unassigned: result.unassigned.map((u) => ({ archive: u.archive, path: u.path, reason: u.reason, message: unassignedText(u, language) })),
      problems: result.problems.map((p) => problemJson(p, language)),
    })}\n`);
  } else {
    process.stdout.write(formatPrepared(result, out, language));
  }
  return 0;
}

function formatPrepared(result: Awaited<ReturnType<typeof preparePackages>>, out: string, language: Language): string {
  const text = cliTexts(language);
  const lines = [
    text.prepareTotals(result.bank.works.length, result.experts.length, result.packages.length),
    '',
    text.packagesTitle,
    ...result.packages.map((p) => `  ${text.packageLine(p.name, p.subject, p.grade, p.works, `packages/${p.package}`)}`),
  ];
  if (result.unassigned.length > 0) {
    lines.push('', text.unassignedTitle(result.unassigned.length));
    for (const u of result.unassigned) lines.push(`  ${u.archive}: ${u.path}`, `    ${unassignedText(u, language)}`);
  }
  if (result.problems.length > 0) {
    lines.push('', text.problemsTitle(result.problems.length));
    for (const p of result.problems) lines.push(`  ${p.problem}: ${p.archive ? `${p.archive}: ` : ''}${p.path}${p.cell ? ` (${p.cell})` : ''}`, `    ${problemText(p, language)}`);
  }
  lines.push('', text.keyLine(join(out, KEY_FILE_NAME)), text.lettersLine(join(out, 'letters')));
  return `${lines.join('\n')}\n`;
}

/** Issue 11: `--copies 2` scores the works twice (rounds 1 and 2), `--share` the share of them (default all). */
function copiesOf(options: Map<string, string | true>): { copies: 1 | 2; share?: number } {
  const copiesText = options.get('copies');
  const copies = copiesText === undefined ? 1 : Number(copiesText);
  if (copies !== 1 && copies !== 2) throw new UsageError('--copies — 1 или 2 (сколько экспертов проверяют каждую работу).');
  const shareText = options.get('share');
  if (shareText === undefined) return { copies };
  const share = typeof shareText === 'string' ? Number(shareText.replace(',', '.')) : NaN;
  if (!(share >= 0 && share <= 1)) throw new UsageError('--share — доля работ от 0 до 1 (например, 0.2).');
  if (copies !== 2) throw new UsageError('--share задаёт долю работ для двух экспертов: укажите и --copies 2.');
  return { copies, share };
}
