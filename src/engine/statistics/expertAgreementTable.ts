import type { ExpertAgreement } from './expertAgreement';

type Cell = string | number | null;

/** The summary workbook's sheet of the experts' consistency (issue 11): name, table name, header, rows, highlight. */
export type ExpertAgreementTable = [sheetName: string, tableName: string, header: string[], rows: Cell[][], highlight: (index: number) => boolean];

export const EXPERT_AGREEMENT_SHEET = 'Согласованность экспертов';

/**
 * One row per test, per task of a test (expert–expert agreement on the doubly scored works) and per expert (works,
 * third checks caused, signed mean difference against the final score); flagged experts highlighted. The region's
 * own sheet: nothing of it goes to a school.
 */
export function expertAgreementTable(agreement: ExpertAgreement): ExpertAgreementTable {
  const header = [
    'Уровень', 'Предмет', 'Класс', '№ задания', 'Эксперт', 'Код эксперта', 'Работ', 'Проверено двумя экспертами', 'Третьих проверок',
    'Доля третьих проверок', 'Совпадение', 'Расхождение ≤ 1', 'QWK', 'SMD', 'Средняя разность с итоговым баллом', 'Флаг',
  ];
  const rows: Cell[][] = [];
  const flagged: boolean[] = [];
  for (const test of agreement.tests) {
    rows.push(['тест', test.subject, test.grade, null, null, null, test.works, test.works, test.thirdChecks, test.works > 0 ? test.thirdChecks / test.works : null,
      test.exact, test.adjacent, test.qwk, test.smd, null, null]);
    flagged.push(false);
    for (const task of test.tasks) {
      rows.push(['задание', test.subject, test.grade, task.task, null, null, task.works, task.works, null, null, task.exact, task.adjacent, task.qwk, task.smd, null, null]);
      flagged.push(false);
    }
  }
  for (const expert of agreement.experts) {
    rows.push(['эксперт', expert.subject, expert.grade, null, expert.expert, expert.expertId, expert.works, expert.doublyScored, expert.thirdChecks,
      expert.thirdShare, null, null, null, null, expert.meanDifference, expert.flagged ? `|разность| > ${String(agreement.settings.expertDifferenceLimit).replace('.', ',')}` : null]);
    flagged.push(expert.flagged);
  }
  return [EXPERT_AGREEMENT_SHEET, 'Soglasovannost', header, rows, (index) => flagged[index]];
}
