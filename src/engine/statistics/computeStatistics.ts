import { makeProblem, type Problem } from '../problems';
import { groupWorks } from './groupWorks';
import type { MarksScale } from './marksScale';
import { measured, notEnoughData, type Measure } from './measure';
import { DEFAULT_STATISTICS_SETTINGS, type StatisticsSettings } from './settings';
import { standardisingDeviation } from './smd';
import { statisticsGroup, type GroupPlace, type StatisticsGroup, type TestContext } from './statisticsGroup';
import { taskStatistics, type TaskStatistics } from './taskStatistics';
import { testKey, testName } from './testKey';
import type { MergedRow, ScoredWork, UnscoredWork } from './types';

export interface StatisticsOptions {
  /** Marks scales, one per test (subject + grade); a test without one has no marks figures. */
  scales?: readonly MarksScale[];
  settings?: Partial<StatisticsSettings>;
}

export interface StatisticsResult {
  /** Per test: the region, then its municipalities, schools and experts (each sorted by name). */
  groups: StatisticsGroup[];
  tasks: TaskStatistics[];
  /** Works with a task left unscored: not counted anywhere. */
  unscoredWorks: UnscoredWork[];
  /** `scale-maximum-mismatch` (the scale is then not used) and `duplicate-task-row`. */
  problems: Problem[];
}

/**
 * The statistics of section 2 over merged rows: for each test (subject + grade) and each level (region,
 * municipality, school, expert) every measure, the per-task table and the flags of the schools. Pure: the same
 * rows, scales and settings give the same result.
 */
export function computeStatistics(rows: readonly MergedRow[], options: StatisticsOptions = {}): StatisticsResult {
  const settings: StatisticsSettings = { ...DEFAULT_STATISTICS_SETTINGS, ...options.settings };
  const { works, unscoredWorks, duplicateRows } = groupWorks(rows);
  const problems: Problem[] = duplicateRows.map((row) =>
    makeProblem('', '', 'duplicate-task-row', { participant: row.workCode, task: row.task, test: testName(row.subject, row.grade), value: row.schoolCode }),
  );

  const scales = new Map<string, MarksScale>();
  for (const scale of options.scales ?? []) {
    const key = testKey(scale.subject, scale.grade);
    if (!scales.has(key)) scales.set(key, scale);
  }

  const groups: StatisticsGroup[] = [];
  for (const testWorks of byTest(works)) {
    const { subject, grade } = testWorks[0];
    const scale = scaleForTest(scales.get(testKey(subject, grade)), testWorks, problems);
    const context: TestContext = { scale, regionDeviation: standardisingDeviation(testWorks), settings };
    const place = (level: GroupPlace['level'], fields: Partial<GroupPlace> = {}): GroupPlace => ({
      level,
      municipality: null,
      school: null,
      schoolCode: null,
      expert: null,
      subject,
      grade,
      ...fields,
    });
    groups.push(statisticsGroup(place('region'), testWorks, context));
    for (const [, group] of sortedGroups(testWorks, (work) => [work.municipality]))
      groups.push(statisticsGroup(place('municipality', { municipality: group[0].municipality }), group, context));
    for (const [, group] of sortedGroups(testWorks, (work) => [work.municipality, work.school, work.schoolCode])) {
      const { municipality, school, schoolCode } = group[0];
      groups.push(statisticsGroup(place('school', { municipality, school, schoolCode }), group, context));
    }
    for (const [, group] of sortedGroups(testWorks, (work) => [work.expert]))
      groups.push(statisticsGroup(place('expert', { expert: group[0].expert }), group, context));
  }
  return { groups, tasks: taskStatistics(works), unscoredWorks, problems };
}

/** The scale of a test, if it fits: its maximum must equal the sum of task maxima of every variant. */
function scaleForTest(scale: MarksScale | undefined, testWorks: readonly ScoredWork[], problems: Problem[]): Measure<MarksScale> {
  if (scale === undefined) return notEnoughData('no-scale');
  const variantMaxima = new Map<number, number>();
  for (const work of testWorks) variantMaxima.set(work.variant, Math.max(variantMaxima.get(work.variant) ?? 0, work.max));
  const misfits = [...variantMaxima].filter(([, max]) => max !== scale.max).sort(([a], [b]) => a - b);
  if (misfits.length === 0) return measured(scale);
  const problem = makeProblem(scale.source?.file ?? '', '', 'scale-maximum-mismatch', {
    test: testName(testWorks[0].subject, testWorks[0].grade),
    max: scale.max,
    value: misfits.map(([variant, max]) => `${max} (вариант ${variant})`).join(', '),
  });
  problems.push(scale.source?.cell === undefined ? problem : { ...problem, cell: scale.source.cell });
  return notEnoughData('scale-mismatch');
}

/** Works by test, tests sorted by subject then grade. */
function byTest(works: readonly ScoredWork[]): ScoredWork[][] {
  return sortedGroups(works, (work) => [work.subject, String(work.grade).padStart(2, '0')], (work) => testKey(work.subject, work.grade)).map(
    ([, group]) => group,
  );
}

/** Works grouped by a key, groups sorted by the key's parts in Russian collation (`keyOf` decides identity). */
function sortedGroups(
  works: readonly ScoredWork[],
  partsOf: (work: ScoredWork) => string[],
  keyOf: (work: ScoredWork) => string = (work) => partsOf(work).join('\u0000'),
): [string[], ScoredWork[]][] {
  const groups = new Map<string, [string[], ScoredWork[]]>();
  for (const work of works) {
    const key = keyOf(work);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [partsOf(work), [work]]);
    else group[1].push(work);
  }
  return [...groups.values()].sort(([a], [b]) => compareParts(a, b));
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const order = a[index].localeCompare(b[index], 'ru');
    if (order !== 0) return order;
  }
  return 0;
}
