import type { TaskStatistics } from '../statistics';
import type { ReportBlock, TableColumn } from './blocks';
import { capitalised } from './groupTables';
import type { ReportTest } from './reportTests';
import { russianNumber, russianPercent } from './russianNumbers';

/** How many tasks each list shows per test. */
const LISTED_TASKS = 10;

const TASK_COLUMNS: readonly TableColumn[] = [
  { header: 'Вариант', width: 1, numeric: true },
  { header: 'Задание', width: 1.2 },
  { header: 'Макс. балл', width: 1, numeric: true },
  { header: 'Строк', width: 1, numeric: true },
  { header: 'Средний балл школы', width: 1.4, numeric: true },
  { header: 'Средний балл эксперта', width: 1.4, numeric: true },
  { header: 'Совпадение баллов', width: 1.4, numeric: true },
  { header: 'Школа поставила больше', width: 1.5, numeric: true },
];

function taskCells(task: TaskStatistics): string[] {
  return [
    String(task.variant),
    task.task,
    russianNumber(task.max),
    russianNumber(task.rows),
    russianNumber(task.schoolMean, 2),
    russianNumber(task.expertMean, 2),
    russianPercent(task.exact),
    russianPercent(task.schoolHigher),
  ];
}

/** Expert points as a share of the maximum: the lower, the harder the task went for the pupils. */
function expertSuccess(task: TaskStatistics): number {
  return task.max === 0 ? 1 : task.expertMean / task.max;
}

/**
 * «Трудные задания»: per test, the tasks the experts marked hardest (+), most marks first; and the tasks where the
 * school's and the expert's points differ most often.
 */
export function hardestTasks(tests: readonly ReportTest[]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '7. Трудные задания и задания с наибольшими расхождениями' }];
  for (const test of tests) {
    blocks.push({ kind: 'heading', level: 2, text: capitalised(test.name) });
    const hardest = test.tasks
      .filter((task) => task.hardest > 0)
      .sort((a, b) => b.hardest - a.hardest || expertSuccess(a) - expertSuccess(b))
      .slice(0, LISTED_TASKS);
    if (hardest.length === 0) blocks.push({ kind: 'paragraph', text: 'Эксперты не отметили заданий, наиболее трудных для обучающихся.' });
    else {
      blocks.push(
        { kind: 'paragraph', text: 'Задания, отмеченные экспертами как наиболее трудные для обучающихся (+):' },
        {
          kind: 'table',
          columns: [...TASK_COLUMNS.slice(0, 2), { header: 'Отметили экспертов', width: 1.2, numeric: true }, ...TASK_COLUMNS.slice(2)],
          rows: hardest.map((task) => {
            const cells = taskCells(task);
            return { cells: [...cells.slice(0, 2), russianNumber(task.hardest), ...cells.slice(2)] };
          }),
        },
      );
    }
    const differing = test.tasks
      .filter((task) => task.exact < 1)
      .sort((a, b) => a.exact - b.exact || b.schoolHigher - a.schoolHigher)
      .slice(0, LISTED_TASKS);
    if (differing.length === 0) blocks.push({ kind: 'paragraph', text: 'Баллы школ и экспертов совпали по всем заданиям.' });
    else
      blocks.push(
        { kind: 'paragraph', text: 'Задания с наибольшей долей расхождений баллов школы и эксперта:' },
        { kind: 'table', columns: TASK_COLUMNS, rows: differing.map((task) => ({ cells: taskCells(task) })) },
      );
  }
  return blocks;
}
