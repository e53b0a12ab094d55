import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  computeStatistics, isIsoDate, mergeProtocols, municipalityZip, problemText, readKeyWorkbook, returnProtocols, type Language, type Problem, type ReturnResult,
} from '../engine';
import { parseArgs, UsageError } from './args';
import { readScales } from './mergeCommand';
import { mergeInputs } from './mergeInputs';
import { nodeCodecs } from './nodeCodecs';
import { startProgress } from './progress';
import { returnTexts } from './returnTexts';
import { languageOf, problemJson } from './texts';

/** Today in the computer's own time zone, as an ISO date. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function dateOption(value: string | true | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UsageError(`--${name}: нужна дата ГГГГ-ММ-ДД.`);
  return value;
}

/**
 * `recheck return PROTOCOL.xlsx|DIR|ZIP... --key KEY.xlsx [--scales S] --out DIR [--received YYYY-MM-DD]
 * [--period-end YYYY-MM-DD] [--zip] [--json] [--lang en]`: the protocols merged again, then per municipality
 * `DIR/<municipality>/` with a workbook per school and test, the summary and the cover letter (`--zip`: also
 * `DIR/<municipality>.zip`). Exit 0 when written, 1 when the key cannot be read, 2 for a usage error.
 */
export async function runReturn(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['key', 'scales', 'out', 'received', 'period-end', 'lang'], ['json', 'zip']);
  const { positional, options } = args;
  const language = languageOf(args);
  if (positional.length === 0) throw new UsageError('Укажите протоколы экспертов: файлы .xlsx, папки или архивы .zip.');
  const keyPath = options.get('key');
  if (typeof keyPath !== 'string') throw new UsageError('Укажите ключ координатора: --key КЛЮЧ.xlsx.');
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('Укажите папку для протоколов школ: --out ПАПКА.');
  const received = dateOption(options.get('received'), 'received') ?? today();
  const periodEnd = dateOption(options.get('period-end'), 'period-end') ?? null;

  const keyBytes = await readFile(keyPath).catch(() => null);
  const keyRead = keyBytes ? await readKeyWorkbook(new Uint8Array(keyBytes)) : null;
  if (!keyRead?.ok) {
    process.stderr.write(`${keyPath} — не ключ перепроверки Recheck или не читается.\n`);
    return 1;
  }
  const problems: Problem[] = [];
  const scalesPath = options.get('scales');
  const scales = await readScales(typeof scalesPath === 'string' ? scalesPath : undefined, problems);
  const { inputs, unopened } = await mergeInputs(positional);
  const progress = startProgress();
  const merged = await mergeProtocols(inputs, keyRead.key, { codecs: nodeCodecs, onProgress: (done) => progress.update(`прочитано протоколов: ${done}`) });
  const statistics = computeStatistics(merged.rows, { scales });
  problems.push(...statistics.problems);
  const result = await returnProtocols(
    { merged: { ...merged, protocols: [...merged.protocols, ...unopened] }, statistics, key: keyRead.key, scales, received, testPeriodEnd: periodEnd, createdAt: new Date().toISOString() },
    { onProgress: (done, total) => progress.update(`книг школ: ${done} из ${total}`) },
  );
  progress.clear();
  problems.push(...result.problems);

  const written = new Map<string, string>();
  for (const municipality of result.municipalities) {
    const folder = join(out, municipality.folder);
    await mkdir(folder, { recursive: true });
    for (const file of municipality.files) {
      const path = join(folder, file.name);
      await writeFile(path, file.data);
      written.set(`${municipality.folder}/${file.name}`, path);
    }
    if (options.has('zip')) await writeFile(join(out, `${municipality.folder}.zip`), municipalityZip(municipality));
  }
  const pathOf = (folder: string, name: string): string => written.get(`${folder}/${name}`) ?? name;

  if (options.has('json')) process.stdout.write(`${JSON.stringify(returnJson(result, problems, pathOf, language))}\n`);
  else process.stdout.write(formatReturn(result, problems, pathOf, language));
  return 0;
}

/** The documented `recheck return --json` object (issue 9). */
export function returnJson(result: ReturnResult, problems: readonly Problem[], pathOf: (folder: string, name: string) => string, language: Language) {
  return {
    municipalities: result.municipalities.map((m) => ({
      municipality: m.municipality,
      deadline: m.deadlines.reportDue,
      recheckDeadline: m.deadlines.recheckDue,
      schools: m.schools.map((s) => ({ school: s.school, schoolCode: s.schoolCode, subject: s.subject, grade: s.grade, file: pathOf(m.folder, s.file), works: s.works, worksChanged: s.worksChanged, flagged: s.flagged })),
    })),
    problems: problems.map((problem) => problemJson(problem, language)),
  };
}

function formatReturn(result: ReturnResult, problems: readonly Problem[], pathOf: (folder: string, name: string) => string, language: Language): string {
  const text = returnTexts(language);
  const lines: string[] = [];
  for (const m of result.municipalities) {
    lines.push(text.municipalityLine(m.municipality, m.schools.length, m.deadlines.reportDue));
    for (const s of m.schools) lines.push(`  ${s.flagged ? '! ' : '  '}${text.schoolLine(s.school, s.subject, s.grade, s.works, s.worksChanged, pathOf(m.folder, s.file))}`);
  }
  if (result.municipalities.length === 0) lines.push(text.nothingMerged);
  if (problems.length > 0) {
    lines.push('', text.problemsTitle);
    for (const problem of problems) lines.push(`- ${problem.archive ? `${problem.archive}: ` : ''}${problemText(problem, language)}`);
  }
  return `${lines.join('\n')}\n`;
}
