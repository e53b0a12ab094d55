import { testKey, testName } from '../statistics/testKey';
import { counted } from '../russianPlural';
import { withoutExpertNames } from './anonymise';
import type { ReportBlock } from './blocks';
import { capitalised } from './groupTables';
import type { ReportTest } from './reportTests';
import type { ExpertComment } from './types';

interface TaskComments {
  task: string;
  /** Distinct texts with how many experts wrote each. */
  quotes: Map<string, number>;
}

const TASK_ORDER = new Intl.Collator('ru', { numeric: true });

/**
 * «Комментарии экспертов»: their words verbatim, grouped by test and task, never signed: a name in a comment
 * (the expert's own or a colleague's) is replaced. Identical remarks appear once, with how many experts made them.
 */
export function commentsSection(comments: readonly ExpertComment[], tests: readonly ReportTest[], experts: readonly string[]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '8. Комментарии экспертов' }];
  const byTest = new Map<string, { name: string; subject: string; grade: number; tasks: Map<string, TaskComments> }>();
  for (const comment of comments) {
    const text = comment.text.trim();
    if (text === '') continue;
    const key = testKey(comment.subject, comment.grade);
    let test = byTest.get(key);
    if (test === undefined) {
      test = { name: testName(comment.subject, comment.grade), subject: comment.subject, grade: comment.grade, tasks: new Map() };
      byTest.set(key, test);
    }
    const taskName = comment.task.trim();
    let task = test.tasks.get(taskName);
    if (task === undefined) {
      task = { task: taskName, quotes: new Map() };
      test.tasks.set(taskName, task);
    }
    const quote = withoutExpertNames(text, experts);
    task.quotes.set(quote, (task.quotes.get(quote) ?? 0) + 1);
  }
  if (byTest.size === 0) {
    blocks.push({ kind: 'paragraph', text: 'Эксперты не оставили комментариев.' });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: 'Приводятся дословно, без указания авторов; по заданиям — в порядке номеров, общие замечания — в начале.' });
  const order = new Map(tests.map((test, index) => [test.key, index]));
  const ordered = [...byTest].sort(([a, testA], [b, testB]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || testA.name.localeCompare(testB.name, 'ru'));
  for (const [, test] of ordered) {
    blocks.push({ kind: 'heading', level: 2, text: capitalised(test.name) });
    const tasks = [...test.tasks.values()].sort((a, b) => (a.task === '' ? -1 : b.task === '' ? 1 : TASK_ORDER.compare(a.task, b.task)));
    for (const task of tasks) {
      blocks.push({ kind: 'paragraph', text: [{ text: task.task === '' ? 'Общие замечания' : `Задание ${task.task}`, bold: true }] });
      for (const [quote, count] of task.quotes) blocks.push({ kind: 'quote', text: count > 1 ? `${quote} (одинаковый комментарий у ${counted(count, ['эксперта', 'экспертов', 'экспертов'])})` : quote });
    }
  }
  return blocks;
}
