/**
 * The data of the summary's native charts (issue 8, section 3), one block of values per chart: shares of works
 * changed and graded objectively by municipality and by school (sorted), mean school and expert points per task,
 * error codes, marks lowered / confirmed / raised. Pure: the pane writes the blocks and draws charts over them.
 */
import { ERROR_CODES } from '../protocol/errorCodes';
import type { StatisticsGroup, StatisticsResult, TaskStatistics } from '../statistics';
import type { SummaryChart } from './types';

const testLabel = (subject: string, grade: number): string => `${subject}, ${grade} кл.`;

function placeLabel(group: StatisticsGroup, withTest: boolean): string {
  const place = group.level === 'school' ? `${group.school ?? ''} (${group.municipality ?? ''})` : (group.municipality ?? '');
  return withTest ? `${place}, ${testLabel(group.subject, group.grade)}` : place;
}

/**
 * Changed and objective shares of one level, sorted so that the lowest objective share is drawn at the top of the
 * bar chart (Excel draws the first category at the bottom).
 */
function sharesChart(groups: readonly StatisticsGroup[], level: 'municipality' | 'school', withTest: boolean): SummaryChart {
  const rows = groups
    .filter((group) => group.level === level && group.works > 0)
    .map((group): [string, number, number] => [placeLabel(group, withTest), group.worksChanged / group.works, group.objectiveShare ?? 0])
    .sort((a, b) => b[2] - a[2] || a[1] - b[1] || a[0].localeCompare(b[0], 'ru'));
  const byWhat = level === 'municipality' ? 'муниципалитетам' : 'школам';
  return {
    name: level === 'municipality' ? 'RecheckSharesByMunicipality' : 'RecheckSharesBySchool',
    title: `Доля изменённых и объективно оценённых работ по ${byWhat}`,
    kind: 'bar',
    header: [level === 'municipality' ? 'Муниципалитет' : 'Школа', 'Изменено работ', 'Объективно оценено'],
    rows,
    percent: true,
  };
}

/** Means of school and expert points per task of a test, over its variants (weighted by rows). */
function meansChart(tasks: readonly TaskStatistics[], withTest: boolean): SummaryChart {
  const byTask = new Map<string, { label: string; rows: number; school: number; expert: number }>();
  for (const task of tasks) {
    const label = withTest ? `${testLabel(task.subject, task.grade)} №${task.task}` : `№${task.task}`;
    const entry = byTask.get(label) ?? { label, rows: 0, school: 0, expert: 0 };
    entry.rows += task.rows;
    entry.school += task.schoolMean * task.rows;
    entry.expert += task.expertMean * task.rows;
    byTask.set(label, entry);
  }
  return {
    name: 'RecheckMeansByTask',
    title: 'Средний балл школы и эксперта по заданиям',
    kind: 'column',
    header: ['Задание', 'Средний балл ОО', 'Средний балл эксперта'],
    rows: [...byTask.values()].map((entry): [string, number, number] => [entry.label, entry.rows ? entry.school / entry.rows : 0, entry.rows ? entry.expert / entry.rows : 0]),
    percent: false,
  };
}

function errorCodesChart(groups: readonly StatisticsGroup[]): SummaryChart {
  const region = groups.filter((group) => group.level === 'region');
  return {
    name: 'RecheckErrorCodes',
    title: 'Коды ошибок',
    kind: 'column',
    header: ['Код ошибки', 'Число'],
    rows: ERROR_CODES.map((entry): [string, number] => [
      `Код ${entry.code}`,
      region.reduce((sum, group) => sum + ((group.errorCodes as Record<string, number>)[String(entry.code)] ?? 0), 0),
    ]),
    percent: false,
  };
}

/** Marks by municipality; null without a marks scale (no group has marks). */
function marksChart(groups: readonly StatisticsGroup[], withTest: boolean): SummaryChart | null {
  const rows = groups
    .filter((group) => group.level === 'municipality' && group.marksConfirmed !== null)
    .map((group): [string, number, number, number] => [placeLabel(group, withTest), group.marksLowered ?? 0, group.marksConfirmed ?? 0, group.marksRaised ?? 0]);
  if (rows.length === 0) return null;
  return {
    name: 'RecheckMarks',
    title: 'Отметки после перепроверки: понижены, подтверждены, повышены',
    kind: 'stackedBar',
    header: ['Муниципалитет', 'Понижена', 'Подтверждена', 'Повышена'],
    rows,
    percent: false,
  };
}

/** The charts in the order they are drawn; the marks chart only when a marks scale was given. */
export function summaryCharts(statistics: StatisticsResult): SummaryChart[] {
  const tests = new Set(statistics.groups.map((group) => `${group.subject}\u0000${group.grade}`));
  const withTest = tests.size > 1;
  const marks = marksChart(statistics.groups, withTest);
  return [
    sharesChart(statistics.groups, 'municipality', withTest),
    sharesChart(statistics.groups, 'school', withTest),
    meansChart(statistics.tasks, withTest),
    errorCodesChart(statistics.groups),
    ...(marks ? [marks] : []),
  ];
}
