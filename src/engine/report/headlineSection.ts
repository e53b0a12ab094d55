import type { StatisticsSettings } from '../statistics';
import { counted } from '../russianPlural';
import type { ReportBlock, TableColumn, TableRowBlock } from './blocks';
import { objectiveWorks, type ReportTest } from './reportTests';
import { measureText, NOT_ENOUGH_DATA, russianNumber, russianPercent, russianSigned } from './russianNumbers';
import { WORKS } from './sampleSection';

/** «Объективность оценивания»: the share of objectively graded works in the region against the target, and by test. */
export function headlineSection(tests: readonly ReportTest[], settings: StatisticsSettings): ReportBlock[] {
  let objective = 0;
  let works = 0;
  for (const test of tests) {
    const count = objectiveWorks(test.region);
    if (count === null) continue;
    objective += count;
    works += test.region.works;
  }
  const target = russianPercent(settings.objectiveShareTarget);
  const headline: ReportBlock =
    works === 0
      ? { kind: 'paragraph', text: [{ text: `Доля объективно оценённых работ: ${NOT_ENOUGH_DATA} (нет полностью оценённых работ).`, bold: true }] }
      : {
          kind: 'paragraph',
          text: [
            { text: `Доля объективно оценённых работ по региону — ${russianPercent(objective / works)}`, bold: true },
            {
              text:
                ` (${objective} из ${counted(works, WORKS)}) при целевом значении ${target}: ` +
                (objective / works < settings.objectiveShareTarget ? 'ниже целевого значения.' : 'целевое значение достигнуто.'),
            },
          ],
        };
  const withScale = tests.filter((test) => test.region.marksConfirmed !== null).map((test) => test.name);
  const basis =
    'Работа считается оценённой объективно, если отметка по сумме баллов эксперта совпадает с отметкой по сумме баллов школы ' +
    '(для проверочных работ со шкалой перевода баллов в отметки), а без шкалы — если совпадают суммы баллов. ' +
    (withScale.length === 0 ? 'Шкалы перевода баллов в отметки не заданы: доля считается по совпадению сумм баллов.' : `Шкалы заданы для: ${withScale.join('; ')}.`);
  // Marks columns only when some test has a scale: without one they would read «недостаточно данных» throughout.
  const marks = withScale.length > 0;
  const columns: TableColumn[] = [
    { header: 'Проверочная работа', width: 3.2 },
    { header: 'Работ', width: 1.2, numeric: true },
    { header: 'Изменено работ', width: 1.4, numeric: true },
    { header: 'Доля объективно оценённых', width: 1.7, numeric: true },
    ...(marks
      ? [
          { header: 'Отметка понижена', width: 1.9, numeric: true },
          { header: 'Отметка подтверждена', width: 1.9, numeric: true },
          { header: 'Отметка повышена', width: 1.9, numeric: true },
        ]
      : []),
    { header: 'Средняя разность S\u00a0−\u00a0E', width: 1.6, numeric: true },
  ];
  const rows: TableRowBlock[] = tests.map(({ name, region }) => ({
    kind: region.objectiveShare !== null && region.objectiveShare < settings.objectiveShareTarget ? 'flagged' : undefined,
    cells: [
      name,
      russianNumber(region.works),
      russianNumber(region.worksChanged),
      measureText(region.objectiveShare, russianPercent),
      ...(marks
        ? [measureText(region.marksLowered, russianNumber), measureText(region.marksConfirmed, russianNumber), measureText(region.marksRaised, russianNumber)]
        : []),
      measureText(region.meanDifference, (value) => russianSigned(value)),
    ],
  }));
  return [
    { kind: 'heading', level: 1, text: '2. Объективность оценивания' },
    headline,
    { kind: 'paragraph', text: basis },
    { kind: 'table', columns, rows },
    { kind: 'note', text: 'Строки проверочных работ с долей объективно оценённых работ ниже целевого значения выделены полужирным.' },
  ];
}
