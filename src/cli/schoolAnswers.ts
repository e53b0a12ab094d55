import { readSchoolAnswers, type Problem, type SchoolAnswers } from '../engine';
import { mergeInputs } from './mergeInputs';
import { nodeCodecs } from './nodeCodecs';

/**
 * `recheck merge --answers FILE|DIR|ZIP...`: the schools' returned workbooks, read for the summary's sheet
 * «Причины и меры» (which schools answered, the reasons and the measures). Without the option: none.
 */
export async function readAnswersOption(paths: readonly string[] | undefined, problems: Problem[]): Promise<SchoolAnswers[] | undefined> {
  if (!paths || paths.length === 0) return undefined;
  const { inputs, unopened } = await mergeInputs(paths);
  const { schools, problems: answerProblems } = await readSchoolAnswers(inputs, { codecs: nodeCodecs });
  problems.push(...answerProblems, ...unopened.map((file) => ({ archive: file.file, path: '', problem: 'returned-workbook-unreadable' as const, reason: 'unreadable' as const })));
  return schools;
}
