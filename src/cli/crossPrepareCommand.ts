import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareCross, problemText, type CrossPrepareResult, type Language } from '../engine';
import { parseArgs, UsageError } from './args';
import { packageOptions, runPackaging, userFileOpener } from './packageOptions';
import { nodeCodecs } from './nodeCodecs';
import { pdfjsOpenCheck } from './pdfjsCheck';
import { pdfjsTextReader } from './pdfjsText';
import { cliTexts, languageOf, problemJson } from './texts';

export const CROSS_KEY_FILE_NAME = 'Ключ перекрёстной проверки.xlsx';

/**
 * `recheck cross prepare --works ARCHIVE... --out DIR [--forms FORM.xlsx...] [--counts COUNTS.csv] [--seed N]
 * [--deadline YYYY-MM-DD] [--password P] [--json] [--lang en]`: one package per checking school and test in
 * DIR/packages, cover letters in DIR/letters, the key in DIR.
 */
export async function runCrossPrepare(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['out', 'counts', 'seed', 'deadline', 'password', 'lang'], ['json'], ['works', 'forms', 'pair']);
  const { options, lists } = args;
  const language = languageOf(args);
  const { works, out, seed, deadline, password } = packageOptions(args, 'школ');
  const countsPath = options.get('counts');
  const pairs = (lists.get('pair') ?? []).map(parsePair);

  const { open, openAll, missing } = userFileOpener(language);
  const archives = await openAll(works);
  const forms = await openAll(lists.get('forms') ?? []);
  const counts = typeof countsPath === 'string' ? await open(countsPath) : null;
  if (missing.length > 0) {
    process.stderr.write(`${missing.join('\n')}\n`);
    return 1;
  }

  const result = await runPackaging(out, language, (writePackage, progress) =>
    prepareCross(
      {
        archives, forms, counts: counts ?? undefined, seed, password, deadline, pdfOpenCheck: pdfjsOpenCheck, pdfText: pdfjsTextReader, codecs: nodeCodecs, pairs,
        onProgress: (stage, done, total) => progress.update(stage === 'index' ? `Чтение архивов: ${done} файлов` : `Пакеты: ${done} из ${total}`),
      },
      writePackage,
    ),
  );
  if (!result) return 1;
  await writeFile(join(out, CROSS_KEY_FILE_NAME), result.keyWorkbook);

  if (options.has('json')) process.stdout.write(`${JSON.stringify(crossPrepareJson(result, language))}\n`);
  else process.stdout.write(formatCrossPrepared(result, out, language));
  return 0;
}

/** `--pair "ШКОЛА=>ПРОВЕРЯЮЩАЯ ШКОЛА"`: the coordinator's own pairing, for every test both schools write. */
function parsePair(text: string): { school: string; checker: string } {
  const [school, checker, ...rest] = text.split('=>').map((part) => part.trim());
  if (!school || !checker || rest.length > 0) throw new UsageError(`--pair — «ШКОЛА=>ПРОВЕРЯЮЩАЯ ШКОЛА», а не «${text}».`);
  return { school, checker };
}

export function crossPrepareJson(result: CrossPrepareResult, language: Language) {
  return {
    schools: result.plan.schools.map((s) => ({ school: s.school, cipher: s.cipher, subject: s.subject, grade: s.grade, checkedBy: s.checkedBy })),
    packages: result.packages.map((pkg) => ({
      checker: pkg.plan.checker,
      package: join('packages', pkg.fileName),
      files: pkg.plan.files.map((f) => ({ cipher: f.cipher, class: f.class, file: f.path, pages: f.pages, works: f.works })),
    })),
    problems: result.problems.map((p) => problemJson(p, language)),
  };
}

function formatCrossPrepared(result: CrossPrepareResult, out: string, language: Language): string {
  const en = language === 'en';
  const lines = [
    en ? `Schools: ${new Set(result.plan.schools.map((s) => s.school)).size}, classroom files: ${result.plan.classrooms.length}, packages: ${result.packages.length}.` : `Школ: ${new Set(result.plan.schools.map((s) => s.school)).size}, файлов классов: ${result.plan.classrooms.length}, пакетов: ${result.packages.length}.`,
    '',
    en ? 'Who checks whom:' : 'Кто кого проверяет:',
    ...result.plan.schools.map((s) => `  ${s.subject}, ${s.grade}: ${s.school} (${s.cipher}) → ${s.checkedBy ?? (en ? 'nobody' : 'некому')}`),
    '',
    en ? 'Packages:' : 'Пакеты:',
    ...result.packages.map((pkg) => `  packages/${pkg.fileName} → ${pkg.plan.checker} (${pkg.plan.files.length} ${en ? 'files' : 'файл.'})`),
  ];
  if (result.problems.length > 0) {
    lines.push('', cliTexts(language).problemsTitle(result.problems.length));
    for (const p of result.problems) lines.push(`  ${p.problem}: ${p.archive ? `${p.archive}: ` : ''}${p.path}${p.cell ? ` (${p.cell})` : ''}`, `    ${problemText(p, language)}`);
  }
  lines.push('', en ? `Key (keep it to yourself): ${join(out, CROSS_KEY_FILE_NAME)}` : `Ключ (хранить у себя): ${join(out, CROSS_KEY_FILE_NAME)}`, en ? `Cover letters: ${join(out, 'letters')}` : `Письма: ${join(out, 'letters')}`);
  return `${lines.join('\n')}\n`;
}
