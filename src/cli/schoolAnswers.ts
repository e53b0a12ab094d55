import { appendAnswersSheet, readSchoolAnswers, type Problem, type StatisticsResult } from '../engine';
import { mergeInputs } from './mergeInputs';
import { nodeCodecs } from './nodeCodecs';

/**
 * `recheck merge --answers FILE|DIR|ZIP...`: the schools' returned workbooks, their «Причины и меры» added to the
 * summary workbook as a sheet of its own (which schools answered, the reasons and the measures). Without the
 * option the summary is left as it is.
 */
export async function withSchoolAnswers(summary: Uint8Array, paths: readonly string[] | undefined, statistics: StatisticsResult, problems: Problem[]): Promise<Uint8Array> {
  if (!paths || paths.length === 0) return summary;
  const { inputs, unopened } = await mergeInputs(paths);
  const { schools, problems: answerProblems } = await readSchoolAnswers(inputs, { codecs: nodeCodecs });
  problems.push(...answerProblems, ...unopened.map((file) => ({ archive: file.file, path: '', problem: 'returned-workbook-unreadable' as const, reason: 'unreadable' as const })));
  return appendAnswersSheet(summary, schools, statistics);
}
