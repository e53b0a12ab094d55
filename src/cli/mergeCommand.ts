import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  buildReportDocx, computeStatistics, expertAgreement, mergeProtocols, readKeyWorkbook, readMarksScales, reportComments, type MarksScale, type Problem,
} from '../engine';
import { ADJUDICATION_FLAGS, ADJUDICATION_VALUED, adjudicationSettingsOf } from './adjudicationOptions';
import { parseArgs, UsageError } from './args';
import { openUserFile, UserFileError } from './files';
import { formatMerge } from './formatMerge';
import { buildSummaryWorkbook } from './summaryWorkbook';
import { mergeInputs } from './mergeInputs';
import { readAnswersOption } from './schoolAnswers';
import { mergeJson } from './mergeJson';
import { expertsJson, finalsJson } from './doubleCheckJson';
import { doubleCheckText } from './doubleCheckText';
import { mergeTexts } from './mergeTexts';
import { nodeCodecs } from './nodeCodecs';
import { startProgress } from './progress';
import { languageOf } from './texts';

/**
 * `recheck merge PROTOCOL.xlsx|DIR|ZIP... --key KEY.xlsx [--scales FILE] [--out SUMMARY.xlsx] [--report REPORT.docx] [--region R]
 * [--centre C] [--period P] [--json] [--lang en]`: exit 0 when merged (file problems are part of the result),
 * 1 when the key cannot be read, 2 for a usage error.
 */
export async function runMerge(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['key', 'scales', 'report', 'out', 'region', 'centre', 'period', 'lang', ...ADJUDICATION_VALUED], ['json', ...ADJUDICATION_FLAGS], ['answers']);
  const adjudication = adjudicationSettingsOf(args);
  const { positional, options } = args;
  const language = languageOf(args);
  if (positional.length === 0) throw new UsageError('Укажите протоколы: файлы .xlsx, папки или архивы .zip.');
  const keyPath = options.get('key');
  if (typeof keyPath !== 'string') throw new UsageError('Укажите ключ координатора: --key КЛЮЧ.xlsx.');
  const string = (name: string): string | undefined => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  if (args.lists.has('answers') && !string('out')) throw new UsageError('--answers добавляет лист в сводную книгу: укажите и --out СВОД.xlsx.');

  const keyBytes = await readFile(keyPath).catch(() => null);
  const keyRead = keyBytes ? await readKeyWorkbook(new Uint8Array(keyBytes)) : null;
  if (!keyRead?.ok) {
    process.stderr.write(`${keyPath} — не ключ перепроверки Recheck или не читается${keyRead && !keyRead.ok && 'reason' in keyRead && keyRead.reason ? ` (${keyRead.reason})` : ''}.\n`);
    return 1;
  }

  const problems: Problem[] = [];
  const scales = await readScales(string('scales'), problems);
  const { inputs, unopened } = await mergeInputs(positional);
  const progress = startProgress();
  const merged = await mergeProtocols(inputs, keyRead.key, {
    codecs: nodeCodecs,
    adjudication,
    onProgress: (done) => progress.update(`прочитано файлов: ${done}`),
  });
  progress.clear();
  const protocols = [...merged.protocols, ...unopened];
  // Issue 11: against the school, the final expert score of each work; every round stays in merged.rows.
  const statistics = computeStatistics(merged.finalRows, { scales });
  const experts = expertAgreement(merged.finals);
  problems.push(...statistics.problems);

  const report = {
    metadata: { region: string('region') ?? '—', centre: string('centre') ?? '—', testPeriod: string('period') ?? '—', date: new Date().toISOString().slice(0, 10) },
    comments: reportComments(merged.comments),
    experts,
    adjudication,
  };
  const reportPath = string('report');
  if (reportPath) await writeFile(reportPath, await buildReportDocx({ ...report, statistics }));

  const outPath = string('out');
  // Issue 9: the schools' filled «Причины и меры» (--answers) go into a sheet of their own.
  const answers = outPath ? await readAnswersOption(args.lists.get('answers'), problems) : undefined;
  if (outPath) await writeFile(outPath, await buildSummaryWorkbook({ ...merged, protocols, statistics, report, language, experts, answers }));

  if (options.has('json')) process.stdout.write(`${JSON.stringify({ ...mergeJson(protocols, merged.rows.length, statistics, problems, language), experts: expertsJson(experts), finals: finalsJson(merged.finals) })}\n`);
  else process.stdout.write(`${formatMerge(protocols, merged.rows.length, statistics, problems, language)}${doubleCheckText(merged.finals, language)}${reportPath ? `${mergeTexts(language).reportLine(reportPath)}\n` : ''}${outPath ? `${mergeTexts(language).summaryLine(outPath)}\n` : ''}`);
  return 0;
}

/** The marks scales, if a file is given; a file that cannot be read is a problem of the result, not a failure. */
export async function readScales(path: string | undefined, problems: Problem[]): Promise<MarksScale[]> {
  if (!path) return [];
  try {
    const file = await openUserFile(path);
    const reading = await readMarksScales(new Uint8Array(await file.data.arrayBuffer()), file.name);
    problems.push(...reading.problems);
    return reading.scales;
  } catch (error) {
    if (!(error instanceof UserFileError)) throw error;
    problems.push({ archive: basename(path), path: '', ...error.facts });
    return [];
  }
}
