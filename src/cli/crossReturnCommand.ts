import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { computeStatistics, problemText, readKeyWorkbook, returnCross, type CrossReturnResult, type Language, type Problem } from '../engine';
import { parseArgs, UsageError } from './args';
import { mergeInputs } from './mergeInputs';
import { nodeCodecs } from './nodeCodecs';
import { cliTexts, languageOf, problemJson } from './texts';

/**
 * `recheck cross return PROTOCOL.xlsx|DIR|ZIP... --key KEY.xlsx --forms FORM.xlsx|DIR... --out DIR [--json] [--lang en]`:
 * the filled forms in DIR (the originals are never changed). Exit 0 when read (problems are part of the
 * result), 1 when the key cannot be read, 2 for a usage error.
 */
export async function runCrossReturn(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['key', 'out', 'lang'], ['json'], ['forms']);
  const { positional, options, lists } = args;
  const language = languageOf(args);
  if (positional.length === 0) throw new UsageError('Укажите протоколы проверки: файлы .xlsx, папки или архивы .zip.');
  const keyPath = options.get('key');
  if (typeof keyPath !== 'string') throw new UsageError('Укажите ключ координатора: --key КЛЮЧ.xlsx.');
  const formPaths = lists.get('forms') ?? [];
  if (formPaths.length === 0) throw new UsageError('Укажите формы школ: --forms ФОРМА.xlsx|ПАПКА...');
  const out = options.get('out');
  if (typeof out !== 'string') throw new UsageError('Укажите папку для заполненных форм: --out ПАПКА.');

  const keyBytes = await readFile(keyPath).catch(() => null);
  const keyRead = keyBytes ? await readKeyWorkbook(new Uint8Array(keyBytes)) : null;
  if (!keyRead?.ok) {
    process.stderr.write(`${keyPath} — не ключ Recheck или не читается.\n`);
    return 1;
  }
  const protocols = await mergeInputs(positional);
  const forms = await mergeInputs(formPaths);
  const result = await returnCross({
    protocols: protocols.inputs,
    key: keyRead.key,
    forms: forms.inputs.filter((input) => /\.(xlsx|xlsm)$/i.test(input.file)),
    codecs: nodeCodecs,
  });
  for (const failed of [...protocols.unopened, ...forms.unopened]) {
    for (const problem of failed.problems) result.problems.push({ archive: '', path: failed.file, ...problem } as Problem);
  }

  await mkdir(out, { recursive: true });
  const names = new Set<string>();
  const written: string[] = [];
  for (const form of result.forms) {
    const base = basename(form.source);
    let name = base;
    for (let copy = 2; names.has(name); copy += 1) name = base.replace(/(\.\w+)$/, ` (${copy})$1`);
    names.add(name);
    await writeFile(join(out, name), form.bytes);
    written.push(name);
  }

  if (options.has('json')) process.stdout.write(`${JSON.stringify(crossReturnJson(result, written, language))}\n`);
  else process.stdout.write(formatReturn(result, written, out, language));
  return 0;
}

export function crossReturnJson(result: CrossReturnResult, written: readonly string[], language: Language) {
  return {
    protocols: result.protocols.map((p) => ({ file: p.file, state: p.state, package: p.packageId, checker: p.checker, works: p.works })),
    forms: result.forms.map((form, index) => ({ school: form.school, file: written[index], source: form.source, filled: form.filled, cells: form.cells, overwritten: form.overwritten })),
    problems: result.problems.map((p) => problemJson(p, language)),
    // Where the school had scored its works itself: the merge's measures per school, the checking school as the expert.
    comparison: computeStatistics(result.comparison).groups.filter((g) => g.level === 'school').map((g) => ({
      school: g.school, subject: g.subject, grade: g.grade, checkedBy: result.comparison.find((row) => row.school === g.school)?.expert ?? null, works: g.works, worksChanged: g.worksChanged,
      schoolMean: g.schoolMean, checkedMean: g.expertMean, meanDifference: g.meanDifference, exactTotals: g.exactTotals, objectiveShare: g.objectiveShare,
    })),
  };
}

function formatReturn(result: CrossReturnResult, written: readonly string[], out: string, language: Language): string {
  const en = language === 'en';
  const lines = [
    en ? 'Check protocols:' : 'Протоколы проверки:',
    ...result.protocols.map((p) => `  ${p.state}: ${p.file}${p.works ? ` (${p.works})` : ''}`),
    '',
    en ? 'Filled forms:' : 'Заполненные формы:',
    ...result.forms.map((form, index) => `  ${join(out, written[index])}: ${form.school} — ${form.filled}${form.overwritten.length ? (en ? `, overwritten cells: ${form.overwritten.length}` : `, перезаписано ячеек: ${form.overwritten.length}`) : ''}`),
  ];
  if (result.problems.length > 0) {
    lines.push('', cliTexts(language).problemsTitle(result.problems.length));
    for (const p of result.problems) lines.push(`  ${p.problem}: ${p.path}${p.cell ? ` (${p.cell})` : ''}`, `    ${problemText(p, language)}`);
  }
  return `${lines.join('\n')}\n`;
}
