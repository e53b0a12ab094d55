/**
 * Issue 11: «Приложение 2. Согласованность экспертов» — expert–expert agreement on the works two experts scored
 * independently, the rule of the final score, and each expert's consistency. Experts appear by their code in the
 * key (`Э01`), never by name, like everywhere in the report; the report goes to the ministry, never to a school.
 */
import type { AdjudicationSettings } from '../adjudication/settings';
import { DEFAULT_ADJUDICATION_SETTINGS } from '../adjudication/settings';
import type { ExpertAgreement, PairAgreement } from '../statistics';
import type { ReportBlock, TableColumn, TableRowBlock } from './blocks';
import { measureText, russianNumber, russianPercent, russianSigned } from './russianNumbers';

const AGREEMENT_COLUMNS: readonly TableColumn[] = [
  { header: 'Работ', width: 1, numeric: true },
  { header: 'Совпадение сумм', width: 1.3, numeric: true },
  { header: 'Расхождение ≤ 1', width: 1.3, numeric: true },
  { header: 'QWK', width: 1.1, numeric: true },
  { header: 'SMD', width: 1.1, numeric: true },
];

function agreementCells(measures: PairAgreement): string[] {
  return [
    russianNumber(measures.works),
    measureText(measures.exact, russianPercent),
    measureText(measures.adjacent, russianPercent),
    measureText(measures.qwk, (value) => russianNumber(value, 2)),
    measureText(measures.smd, (value) => russianSigned(value)),
  ];
}

/** The final-score rule as the report states it. */
export function finalRuleText(settings: Pick<AdjudicationSettings, 'finalRule' | 'taskDifference' | 'totalDifference'>): string {
  const two =
    settings.finalRule === 'first'
      ? 'балл первого эксперта (первый эксперт — основной)'
      : 'по каждому заданию среднее двух баллов, округлённое до целого «половина вверх» (1,5 → 2), итог — сумма этих баллов';
  return (
    `Существенное расхождение — по какому-либо заданию баллы двух экспертов различаются на ${settings.taskDifference} и более, ` +
    `или суммы — на ${settings.totalDifference} и более; такая работа направляется третьему эксперту, который видит оба балла. ` +
    `Итоговый балл эксперта: балл третьего эксперта, если он проверял работу; иначе — ${two}. ` +
    'Сравнение со школой во всех таблицах справки ведётся по итоговому баллу.'
  );
}

export function expertConsistencySection(agreement: ExpertAgreement | undefined, settings: Partial<AdjudicationSettings> = {}): ReportBlock[] {
  if (!agreement || (agreement.tests.length === 0 && !agreement.experts.some((expert) => expert.doublyScored > 0))) return [];
  const rules = { ...DEFAULT_ADJUDICATION_SETTINGS, ...settings };
  const blocks: ReportBlock[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: 'Приложение 2. Согласованность экспертов' },
    {
      kind: 'paragraph',
      text:
        'Часть работ независимо проверили два эксперта, не видя баллов друг друга. Показатели согласованности считаются по этим работам так же, ' +
        'как сравнение школы с экспертом: баллы первого эксперта — на месте баллов школы, второго — на месте баллов эксперта.',
    },
    { kind: 'paragraph', text: finalRuleText(rules) },
  ];
  for (const test of agreement.tests) {
    const rows: TableRowBlock[] = [
      { kind: 'total', cells: ['Сумма баллов', ...agreementCells(test)] },
      ...test.tasks.map((task) => ({ cells: [`Задание ${task.task}`, ...agreementCells(task)] })),
    ];
    blocks.push(
      { kind: 'heading', level: 2, text: `${test.subject[0]?.toUpperCase() ?? ''}${test.subject.slice(1)}, ${test.grade} класс` },
      { kind: 'table', columns: [{ header: '', width: 2.2 }, ...AGREEMENT_COLUMNS], rows },
      { kind: 'paragraph', text: `Направлено на третью проверку: ${russianNumber(test.thirdChecks)} из ${russianNumber(test.works)} работ.` },
    );
  }
  const experts = agreement.experts.filter((expert) => expert.doublyScored > 0);
  if (experts.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Эксперты' },
      {
        kind: 'table',
        columns: [
          { header: 'Эксперт (код)', width: 1.2 },
          { header: 'Проверочная работа', width: 2.2 },
          { header: 'Работ', width: 0.9, numeric: true },
          { header: 'Проверено двумя экспертами', width: 1.4, numeric: true },
          { header: 'Доля направленных на третью проверку', width: 1.6, numeric: true },
          { header: 'Средняя разность с итоговым баллом', width: 1.6, numeric: true },
        ],
        rows: experts.map((expert) => ({
          kind: expert.flagged ? 'flagged' : undefined,
          cells: [
            expert.expertId, `${expert.subject}, ${expert.grade} класс`, russianNumber(expert.works), russianNumber(expert.doublyScored),
            measureText(expert.thirdShare, russianPercent), measureText(expert.meanDifference, (value) => russianSigned(value)),
          ],
        })),
      },
      {
        kind: 'note',
        text:
          'Средняя разность — среднее (балл эксперта − итоговый балл) по его работам, проверенным двумя экспертами: «+» — эксперт оценивает мягче итога, ' +
          `«−» — строже. Выделены эксперты, у которых она по модулю больше ${russianNumber(agreement.settings.expertDifferenceLimit, 1)} балла.`,
      },
    );
  }
  return blocks;
}
