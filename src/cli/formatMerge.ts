import { DEFAULT_STATISTICS_SETTINGS, problemText, type Language, type MergedProtocol, type Problem, type StatisticsResult } from '../engine';
import { mergeTexts, percent } from './mergeTexts';

/** Problems shown per file in the text summary; `--json` has them all. */
const PROBLEMS_PER_FILE = 5;

/** `recheck merge`'s readable summary: totals, each file's state with its reasons, the tests and the flagged schools. */
export function formatMerge(protocols: readonly MergedProtocol[], rows: number, statistics: StatisticsResult, problems: readonly Problem[], language: Language): string {
  const text = mergeTexts(language);
  const regions = statistics.groups.filter((g) => g.level === 'region');
  const kept = protocols.filter((p) => p.state === 'merged' || p.state === 'incomplete').length;
  const lines = [text.totals(protocols.length, kept, regions.reduce((sum, g) => sum + g.works, 0), rows), '', text.filesTitle];
  for (const protocol of protocols) {
    lines.push(`  ${text.fileLine(protocol.file, text.states[protocol.state], protocol.packageId, protocol.expert)}`);
    for (const problem of protocol.problems.slice(0, PROBLEMS_PER_FILE)) lines.push(`      ${problem.cell ? `${problem.cell}: ` : ''}${problemText(problem, language)}`);
    if (protocol.problems.length > PROBLEMS_PER_FILE) lines.push(`      ${text.more(protocol.problems.length - PROBLEMS_PER_FILE)}`);
  }
  if (regions.length > 0) {
    lines.push('', text.testsTitle);
    const target = percent(DEFAULT_STATISTICS_SETTINGS.objectiveShareTarget, language);
    for (const g of regions) lines.push(`  ${text.testLine(g.subject, g.grade, g.works, g.worksChanged, percent(g.objectiveShare, language), target)}`);
  }
  if (statistics.unscoredWorks.length > 0) lines.push('', text.unscored(statistics.unscoredWorks.length));
  const flagged = statistics.groups.filter((g) => g.level === 'school' && g.flags.length > 0);
  if (flagged.length > 0) {
    lines.push('', text.flaggedTitle(flagged.length));
    for (const g of flagged) lines.push(`  ${text.flaggedLine(g.school ?? '', g.municipality ?? '', g.subject, g.grade, g.flags)}`);
  }
  if (problems.length > 0) {
    lines.push('', text.problemsTitle(problems.length));
    for (const problem of problems) lines.push(`  ${problemText(problem, language)}`);
  }
  return `${lines.join('\n')}\n`;
}
