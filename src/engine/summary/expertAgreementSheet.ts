import type { ExpertAgreement } from '../statistics';
import { sizedColumns } from './columns';
import type { SummaryCell, SummaryFormat, SummarySheet } from './types';

export const EXPERT_AGREEMENT_SHEET = 'Согласованность экспертов';

const SPEC: ReadonlyArray<readonly [string, SummaryFormat]> = [
  ['Уровень', 'text'], ['Предмет', 'text'], ['Класс', 'integer'], ['№ задания', 'text'], ['Эксперт', 'text'], ['Код эксперта', 'text'],
  ['Работ', 'integer'], ['Проверено двумя экспертами', 'integer'], ['Третьих проверок', 'integer'], ['Доля третьих проверок', 'percent'],
  ['Совпадение', 'percent'], ['Расхождение ≤ 1', 'percent'], ['QWK', 'decimal'], ['SMD', 'decimal'], ['Средняя разность с итоговым баллом', 'decimal'],
  ['Флаг', 'text'],
];

/**
 * The experts' consistency (issue 11): a row per test and per task of a test (expert–expert agreement on the works
 * scored twice) and per expert (works, third checks caused, signed mean difference against the final score); flagged
 * experts highlighted. The region's own sheet: nothing of it goes to a school.
 */
export function expertAgreementSheet(agreement: ExpertAgreement): SummarySheet {
  const rows: SummaryCell[][] = [];
  for (const test of agreement.tests) {
    rows.push(['тест', test.subject, test.grade, null, null, null, test.works, test.works, test.thirdChecks, test.works > 0 ? test.thirdChecks / test.works : null,
      test.exact, test.adjacent, test.qwk, test.smd, null, null]);
    for (const task of test.tasks) {
      rows.push(['задание', test.subject, test.grade, task.task, null, null, task.works, task.works, null, null, task.exact, task.adjacent, task.qwk, task.smd, null, null]);
    }
  }
  const limit = String(agreement.settings.expertDifferenceLimit).replace('.', ',');
  for (const expert of agreement.experts) {
    rows.push(['эксперт', expert.subject, expert.grade, null, expert.expert, expert.expertId, expert.works, expert.doublyScored, expert.thirdChecks,
      expert.thirdShare, null, null, null, null, expert.meanDifference, expert.flagged ? `|разность| > ${limit}` : null]);
  }
  return { name: EXPERT_AGREEMENT_SHEET, table: 'Soglasovannost', columns: sizedColumns(SPEC, rows), rows, highlightColumn: SPEC.length - 1 };
}
