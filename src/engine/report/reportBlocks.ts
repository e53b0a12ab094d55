import { DEFAULT_STATISTICS_SETTINGS, type StatisticsSettings } from '../statistics';
import { russianDate } from '../russianDate';
import type { ReportBlock } from './blocks';
import { chartsSection } from './chartsSection';
import { commentsSection } from './commentsSection';
import { definitionsSection } from './definitionsSection';
import { errorCodesSection } from './errorCodesSection';
import { expertConsistencySection } from './expertConsistencySection';
import { flaggedSchools } from './flaggedSchools';
import { municipalityTables, schoolTables } from './groupTables';
import { hardestTasks } from './hardestTasks';
import { headlineSection } from './headlineSection';
import { reportTests } from './reportTests';
import { sampleSection } from './sampleSection';
import type { ReportInput } from './types';

export const REPORT_TITLE = 'Справка о результатах региональной перепроверки работ участников всероссийских проверочных работ';

/**
 * The report (справка) as content blocks, in the order it is read: title, basis and sample, the headline share
 * against the target, tables by municipality and school, the flagged schools and why, typical errors, hard tasks,
 * the experts' comments, charts, and the definitions. Schools by their real names; experts never named.
 */
export function reportBlocks(input: ReportInput): ReportBlock[] {
  const { statistics, metadata } = input;
  const settings: StatisticsSettings = { ...DEFAULT_STATISTICS_SETTINGS, ...metadata.settings };
  const tests = reportTests(statistics);
  const experts = [
    ...statistics.groups.filter((group) => group.level === 'expert').map((group) => group.expert ?? ''),
    ...(input.comments ?? []).map((comment) => comment.expert),
  ];
  return [
    { kind: 'title', text: REPORT_TITLE },
    { kind: 'subtitle', text: `${metadata.region}, ${metadata.testPeriod}` },
    { kind: 'subtitle', text: `${metadata.centre}, ${russianDate(metadata.date)}` },
    ...sampleSection(tests, statistics, metadata),
    ...headlineSection(tests, settings),
    { kind: 'section', orientation: 'landscape' },
    ...municipalityTables(tests),
    ...schoolTables(tests),
    { kind: 'section', orientation: 'portrait' },
    ...flaggedSchools(tests, settings),
    ...errorCodesSection(tests),
    ...hardestTasks(tests),
    ...commentsSection(input.comments ?? [], tests, experts),
    ...chartsSection(input.charts ?? []),
    ...definitionsSection(settings),
    ...expertConsistencySection(input.experts, input.adjudication),
  ];
}
