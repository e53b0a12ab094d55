import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  buildAdjudicationPackages, buildKeyWorkbook, mergeProtocols, planAdjudication, problemText, readKeyWorkbook, unassignedText,
  type AdjudicatedWork, type ArchiveInput, type Language, type Problem,
} from '../engine';
import { ADJUDICATION_VALUED, adjudicationSettingsOf } from './adjudicationOptions';
import { parseArgs, UsageError } from './args';
import { discrepancyJson } from './doubleCheckJson';
import { openUserFile, UserFileError } from './files';
import { mergeInputs } from './mergeInputs';
import { nodeCodecs } from './nodeCodecs';
import { KEY_FILE_NAME } from './prepareCommand';
import { startProgress } from './progress';
import { languageOf, problemJson } from './texts';

/**
 * `recheck adjudicate PROTOCOL.xlsx|DIR|ZIP... --key KEY.xlsx --out DIR [--packages DIR] [--seed N] [--deadline YYYY-MM-DD]
 * [--task-difference N] [--total-difference N] [--json] [--lang en]` (issue 11): the returned protocols merged, the works
 * whose two experts differ substantially sent to a third expert — round-3 packages in DIR/packages, letters in
 * DIR/letters, the key with the round-3 reviews in DIR. The scans come from the earlier packages (`--packages`, by
 * default the `packages` folder beside the key). Exit 0 when done, 1 when the key cannot be read, 2 for a usage error.
 */
export async function runAdjudicate(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['key', 'out', 'packages', 'seed', 'deadline', 'lang', ...ADJUDICATION_VALUED], ['json']);
  const { positional, options } = args;
  const language = languageOf(args);
  const string = (name: string): string | undefined => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  if (positional.length === 0) throw new UsageError('Укажите протоколы: файлы .xlsx, папки или архивы .zip.');
  const keyPath = string('key');
  if (keyPath === undefined) throw new UsageError('Укажите ключ координатора: --key КЛЮЧ.xlsx.');
  const out = string('out');
  if (out === undefined) throw new UsageError('Укажите папку для пакетов третьей проверки: --out ПАПКА.');
  const seedText = string('seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new UsageError('--seed — целое число.');
  const deadline = string('deadline');
  if (deadline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) throw new UsageError('--deadline — дата в виде ГГГГ-ММ-ДД.');
  const settings = adjudicationSettingsOf(args);

  const keyBytes = await readFile(keyPath).catch(() => null);
  const keyRead = keyBytes ? await readKeyWorkbook(new Uint8Array(keyBytes)) : null;
  if (!keyRead?.ok) {
    process.stderr.write(`${keyPath} — не ключ перепроверки Recheck или не читается.\n`);
    return 1;
  }
  const key = keyRead.key;

  const progress = startProgress();
  const { inputs, unopened } = await mergeInputs(positional);
  const merged = await mergeProtocols(inputs, key, { codecs: nodeCodecs, adjudication: settings, onProgress: (done) => progress.update(`прочитано файлов: ${done}`) });
  const plan = planAdjudication({ key, finals: merged.finals, seed, deadline });

  const problems: Problem[] = [];
  const earlier = await earlierPackages(string('packages') ?? join(dirname(keyPath), 'packages'), plan.packages.length > 0 ? key.packages.map((pkg) => pkg.fileName) : [], problems);
  await mkdir(join(out, 'packages'), { recursive: true });
  await mkdir(join(out, 'letters'), { recursive: true });
  problems.push(...(await buildAdjudicationPackages(plan, async (pkg) => {
    progress.update(`пакет ${pkg.fileName}`);
    await writeFile(join(out, 'packages', pkg.fileName), new Uint8Array(await pkg.data.arrayBuffer()));
    await writeFile(join(out, 'letters', pkg.fileName.replace(/\.zip$/, '.txt')), pkg.coverLetter);
  }, { earlierPackages: earlier, secret: key.secret, codecs: nodeCodecs })));
  await writeFile(join(out, KEY_FILE_NAME), await buildKeyWorkbook(plan.key));
  progress.clear();

  const protocols = [...merged.protocols, ...unopened];
  if (options.has('json')) {
    process.stdout.write(`${JSON.stringify({
      works: plan.works.map((work) => workJson(work, language)),
      protocols: protocols.map((p) => ({ file: p.file, package: p.packageId, expert: p.expert, round: p.round, state: p.state })),
      problems: problems.map((problem) => problemJson(problem, language)),
    })}\n`);
  } else {
    process.stdout.write(formatAdjudication(plan.works, protocols.length, problems, out, language));
  }
  return 0;
}

/** The earlier packages the key names, from `folder`; one that is not there is left out (its scans are then listed missing). */
async function earlierPackages(folder: string, fileNames: readonly string[], problems: Problem[]): Promise<ArchiveInput[]> {
  const inputs: ArchiveInput[] = [];
  for (const fileName of new Set(fileNames)) {
    if (!fileName) continue;
    try {
      const file = await openUserFile(join(folder, fileName));
      inputs.push({ name: fileName, data: file.data });
    } catch (error) {
      if (!(error instanceof UserFileError)) throw error;
      if (error.failure !== 'missing') problems.push({ archive: fileName, path: '', ...error.facts });
    }
  }
  return inputs;
}

function workJson(entry: AdjudicatedWork, language: Language) {
  const { work } = entry;
  return {
    schoolCode: work.schoolCode, workCode: work.workCode, subject: work.subject, grade: work.grade,
    rounds: work.rounds.filter((round) => round.round < 3).map((round) => ({ expert: round.expert, total: round.total })),
    discrepancy: discrepancyJson(work.discrepancy),
    thirdExpert: entry.thirdExpert?.name ?? null,
    package: entry.packageId,
    reason: entry.reason,
    message: entry.reason === null ? null : unassignedText({ reason: entry.reason, subject: work.subject, grade: work.grade, school: work.school, municipality: work.municipality }, language),
  };
}

function formatAdjudication(works: readonly AdjudicatedWork[], files: number, problems: readonly Problem[], out: string, language: Language): string {
  const en = language === 'en';
  const sent = works.filter((work) => work.packageId !== null);
  const lines = [
    en
      ? `Files: ${files}. Works for a third check: ${works.length}, sent to a third expert: ${sent.length}.`
      : `Файлов: ${files}. Работ с существенным расхождением: ${works.length}, направлено третьему эксперту: ${sent.length}.`,
  ];
  for (const entry of works) {
    const { work } = entry;
    const totals = work.rounds.filter((round) => round.round < 3).map((round) => round.total).join(' / ');
    lines.push(`  ${work.schoolCode}/${work.workCode} (${work.subject}, ${work.grade}): ${totals} → ${entry.thirdExpert ? `${entry.thirdExpert.name}, ${entry.packageId}` : en ? 'no third expert' : 'нет третьего эксперта'}`);
    if (entry.reason) lines.push(`    ${unassignedText({ reason: entry.reason, subject: work.subject, grade: work.grade, school: work.school, municipality: work.municipality }, language)}`);
  }
  if (problems.length > 0) {
    lines.push('', en ? `Problems: ${problems.length}` : `Проблемы: ${problems.length}`);
    for (const problem of problems) lines.push(`  ${problem.archive}: ${problem.path}`, `    ${problemText(problem, language)}`);
  }
  lines.push('', en ? `Packages: ${join(out, 'packages')}; key with round 3: ${join(out, KEY_FILE_NAME)}` : `Пакеты: ${join(out, 'packages')}; ключ с третьим туром: ${join(out, KEY_FILE_NAME)}`);
  return `${lines.join('\n')}\n`;
}
