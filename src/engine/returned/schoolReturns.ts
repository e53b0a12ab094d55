/**
 * The merged data cut per school and test (issue 9): each school's works with both scorings, its tasks beside
 * the region, its figures beside the municipality's and the region's, and the items of «Причины и меры».
 * Nothing of another school goes in; experts appear by their code from the key, never by name.
 */
import type { MergeComment, MergeRow } from '../merge/types';
import type { KeyFile } from '../prepare/keyWorkbook';
import { ERROR_CODES } from '../protocol/errorCodes';
import { scoreTotal } from '../scores';
import type { StatisticsGroup, StatisticsResult } from '../statistics';
import { markOf, type MarksScale } from '../statistics/marksScale';
import { testKey } from '../statistics/testKey';
import { answerItems } from './answerItems';
import type { ReturnedTaskSummary, ReturnedWork, SchoolReturn, WorkOutcome } from './types';

export interface SchoolReturnsInput {
  rows: readonly MergeRow[];
  comments: readonly MergeComment[];
  statistics: StatisticsResult;
  key: KeyFile;
  scales?: readonly MarksScale[];
}

function schoolKey(row: Pick<MergeRow, 'municipality' | 'school' | 'schoolCode' | 'subject' | 'grade'>): string {
  return [row.municipality, row.school, row.schoolCode, testKey(row.subject, row.grade)].join('\u0000');
}

function groupOf(statistics: StatisticsResult, level: StatisticsGroup['level'], row: MergeRow): StatisticsGroup | null {
  return (
    statistics.groups.find(
      (group) =>
        group.level === level &&
        testKey(group.subject, group.grade) === testKey(row.subject, row.grade) &&
        (level === 'region' || group.municipality === row.municipality) &&
        (level !== 'school' || (group.school === row.school && group.schoolCode === row.schoolCode)),
    ) ?? null
  );
}

/** Every school's return, ordered by municipality, school and test. */
export function schoolReturns(input: SchoolReturnsInput): SchoolReturn[] {
  const bySchool = new Map<string, MergeRow[]>();
  for (const row of input.rows) {
    const key = schoolKey(row);
    const rows = bySchool.get(key);
    if (rows) rows.push(row);
    else bySchool.set(key, [row]);
  }
  const expertCodes = new Map(input.key.packages.map((pkg) => [pkg.packageId, pkg.reviewer.id]));
  const returns = [...bySchool.values()].map((rows) => schoolReturn(rows, input, expertCodes));
  return returns.sort(
    (a, b) =>
      a.municipality.localeCompare(b.municipality, 'ru') || a.school.localeCompare(b.school, 'ru') || a.subject.localeCompare(b.subject, 'ru') || a.grade - b.grade,
  );
}

function schoolReturn(rows: MergeRow[], input: SchoolReturnsInput, expertCodes: Map<string, string>): SchoolReturn {
  const first = rows[0];
  const regionGroup = groupOf(input.statistics, 'region', first);
  // A scale the statistics turned down (its maximum does not fit) is not used here either.
  const scale = regionGroup?.marksConfirmed === null || regionGroup === null ? undefined : input.scales?.find((s) => testKey(s.subject, s.grade) === testKey(first.subject, first.grade));
  const works = returnedWorks(rows, expertCodes, scale);
  const packages = new Set(rows.map((row) => row.packageId));
  const comments = input.comments.filter((comment) => packages.has(comment.packageId) && testKey(comment.subject, comment.grade) === testKey(first.subject, first.grade));
  const schoolGroup = groupOf(input.statistics, 'school', first);
  const tasks = taskSummaries(works, input.statistics, first, comments);
  const partial: Omit<SchoolReturn, 'answerItems'> = {
    municipality: first.municipality,
    school: first.school,
    schoolCode: first.schoolCode,
    subject: first.subject,
    grade: first.grade,
    works,
    tasks,
    schoolGroup,
    municipalityGroup: groupOf(input.statistics, 'municipality', first),
    regionGroup,
    flags: schoolGroup?.flags ?? [],
    hasScale: scale !== undefined,
  };
  return { ...partial, answerItems: answerItems(partial) };
}

/** The school's works in the order their rows came; a task given twice (a second round) counts once, as in the statistics. */
function returnedWorks(rows: readonly MergeRow[], expertCodes: Map<string, string>, scale: MarksScale | undefined): ReturnedWork[] {
  const byWork = new Map<string, MergeRow[]>();
  for (const row of rows) {
    const list = byWork.get(row.workCode);
    if (!list) byWork.set(row.workCode, [row]);
    else if (!list.some((other) => other.task === row.task)) list.push(row);
  }
  return [...byWork.values()].map((taskRows) => {
    const tasks = taskRows.map((row) => ({
      task: row.task,
      max: row.max,
      schoolScore: row.schoolScore,
      expertScore: row.expertScore,
      errorCode: row.errorCode,
      explanation: row.explanation,
    }));
    const scored = tasks.every((task) => task.expertScore.kind !== 'empty' && task.schoolScore.kind !== 'empty');
    const schoolTotal = tasks.reduce((sum, task) => sum + scoreTotal(task.schoolScore), 0);
    const expertTotal = scored ? tasks.reduce((sum, task) => sum + scoreTotal(task.expertScore), 0) : null;
    const schoolMark = scale && scored ? markOf(schoolTotal, scale) : null;
    const expertMark = scale && expertTotal !== null ? markOf(expertTotal, scale) : null;
    return {
      workCode: taskRows[0].workCode,
      variant: taskRows[0].variant,
      expertCode: expertCodes.get(taskRows[0].packageId) ?? '',
      tasks,
      schoolTotal,
      expertTotal,
      tasksChanged: scored ? tasks.filter((task) => scoreTotal(task.schoolScore) !== scoreTotal(task.expertScore)).length : 0,
      schoolMark,
      expertMark,
      outcome: outcomeOf(schoolTotal, expertTotal, schoolMark, expertMark),
    };
  });
}

function outcomeOf(schoolTotal: number, expertTotal: number | null, schoolMark: number | null, expertMark: number | null): WorkOutcome {
  if (expertTotal === null) return 'unscored';
  const [school, expert] = schoolMark !== null && expertMark !== null ? [schoolMark, expertMark] : [schoolTotal, expertTotal];
  return expert < school ? 'lowered' : expert > school ? 'raised' : 'confirmed';
}

/** The school's tasks (scored works only) in the order they first appear, beside the region's share of differences. */
function taskSummaries(works: readonly ReturnedWork[], statistics: StatisticsResult, place: MergeRow, comments: readonly MergeComment[]): ReturnedTaskSummary[] {
  const summaries = new Map<string, ReturnedTaskSummary & { changed: number; higher: number }>();
  for (const work of works) {
    if (work.expertTotal === null) continue;
    for (const task of work.tasks) {
      let entry = summaries.get(task.task);
      if (!entry) {
        entry = { task: task.task, max: task.max, rows: 0, schoolChanged: 0, regionChanged: null, schoolHigher: 0, errorCodes: {}, hardest: 0, reasons: [], changed: 0, higher: 0 };
        summaries.set(task.task, entry);
      }
      const school = scoreTotal(task.schoolScore);
      const expert = scoreTotal(task.expertScore);
      entry.rows += 1;
      entry.max = Math.max(entry.max, task.max);
      if (school !== expert) entry.changed += 1;
      if (school > expert) entry.higher += 1;
      if (task.errorCode !== null && ERROR_CODES.some((code) => code.code === task.errorCode)) entry.errorCodes[task.errorCode] = (entry.errorCodes[task.errorCode] ?? 0) + 1;
    }
  }
  const test = testKey(place.subject, place.grade);
  const regionTasks = statistics.tasks.filter((task) => testKey(task.subject, task.grade) === test);
  return [...summaries.values()].map(({ changed, higher, ...entry }) => {
    const region = regionTasks.filter((task) => task.task === entry.task);
    const regionRows = region.reduce((sum, task) => sum + task.rows, 0);
    const regionExact = region.reduce((sum, task) => sum + task.exact * task.rows, 0);
    return {
      ...entry,
      schoolChanged: changed / entry.rows,
      schoolHigher: higher / entry.rows,
      regionChanged: regionRows > 0 ? 1 - regionExact / regionRows : null,
      hardest: Math.max(0, ...region.map((task) => task.hardest)),
      reasons: [...new Set(comments.filter((comment) => comment.task === entry.task && comment.reasons !== '').map((comment) => comment.reasons))],
    };
  });
}
