import type { StatisticsGroup, StatisticsLevel, StatisticsResult, TaskStatistics } from '../statistics';
import { testKey, testName } from '../statistics/testKey';

/** One test (subject + grade) of the statistics with its groups, in the statistics' order. */
export interface ReportTest {
  key: string;
  /** «русский язык, 6 класс». */
  name: string;
  subject: string;
  grade: number;
  region: StatisticsGroup;
  municipalities: StatisticsGroup[];
  schools: StatisticsGroup[];
  tasks: TaskStatistics[];
}

/** The tests of the statistics; expert groups are left out on purpose: experts stay anonymous in the report. */
export function reportTests(statistics: StatisticsResult): ReportTest[] {
  const tests: ReportTest[] = [];
  const byKey = new Map<string, ReportTest>();
  const levels: Partial<Record<StatisticsLevel, keyof ReportTest>> = { municipality: 'municipalities', school: 'schools' };
  for (const group of statistics.groups) {
    const key = testKey(group.subject, group.grade);
    if (group.level === 'region') {
      const test: ReportTest = {
        key,
        name: testName(group.subject, group.grade),
        subject: group.subject,
        grade: group.grade,
        region: group,
        municipalities: [],
        schools: [],
        tasks: [],
      };
      tests.push(test);
      byKey.set(key, test);
      continue;
    }
    const field = levels[group.level];
    const test = byKey.get(key);
    if (field !== undefined && test !== undefined) (test[field] as StatisticsGroup[]).push(group);
  }
  for (const task of statistics.tasks) byKey.get(testKey(task.subject, task.grade))?.tasks.push(task);
  return tests;
}

/** Works graded objectively in a group: its share times its works (the share is a count over the works). */
export function objectiveWorks(group: StatisticsGroup): number | null {
  return group.objectiveShare === null ? null : Math.round(group.objectiveShare * group.works);
}
