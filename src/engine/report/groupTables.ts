import type { StatisticsGroup } from '../statistics';
import type { ReportBlock, TableColumn, TableRowBlock } from './blocks';
import { FLAG_LABELS } from './flagReasons';
import type { ReportTest } from './reportTests';
import { measureText, NOT_ENOUGH_DATA, russianNumber, russianPercent, russianSigned } from './russianNumbers';

const MEASURE_COLUMNS: readonly TableColumn[] = [
  { header: 'Работ', width: 1, numeric: true },
  { header: 'Изменено работ', width: 1.2, numeric: true },
  { header: 'Доля объективно оценённых', width: 1.5, numeric: true },
  { header: 'Средний балл школы (S)', width: 1.3, numeric: true },
  { header: 'Средний балл эксперта (E)', width: 1.3, numeric: true },
  { header: 'Средняя разность S\u00a0−\u00a0E', width: 1.3, numeric: true },
  { header: 'SMD', width: 1.3, numeric: true },
  { header: 'QWK', width: 1.3, numeric: true },
];

function measureCells(group: StatisticsGroup): string[] {
  return [
    russianNumber(group.works),
    russianNumber(group.worksChanged),
    measureText(group.objectiveShare, russianPercent),
    measureText(group.schoolMean, (value) => russianNumber(value, 2)),
    measureText(group.expertMean, (value) => russianNumber(value, 2)),
    measureText(group.meanDifference, (value) => russianSigned(value)),
    measureText(group.smd, (value) => russianSigned(value)),
    measureText(group.qwk, (value) => russianNumber(value, 2)),
  ];
}

const NULL_NOTE =
  `«${NOT_ENOUGH_DATA}» — показатель не рассчитывается: меньше 10 работ (QWK), нет разброса сумм баллов, нет полностью оценённых работ. ` +
  'SMD со знаком «−» и положительная средняя разность означают, что школа ставила больше баллов, чем эксперт.';

/** «Результаты по муниципальным образованиям»: one table per test, the region's row last. */
export function municipalityTables(tests: readonly ReportTest[]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '3. Результаты по муниципальным образованиям' }];
  for (const test of tests) {
    const rows: TableRowBlock[] = test.municipalities.map((group) => ({ cells: [group.municipality ?? '', ...measureCells(group)] }));
    rows.push({ kind: 'total', cells: ['Всего по региону', ...measureCells(test.region)] });
    blocks.push(
      { kind: 'heading', level: 2, text: capitalised(test.name) },
      { kind: 'table', columns: [{ header: 'Муниципальное образование', width: 3.5 }, ...MEASURE_COLUMNS], rows },
    );
  }
  blocks.push({ kind: 'note', text: NULL_NOTE });
  return blocks;
}

/** «Результаты по школам»: one table per test, schools under their municipality, flagged ones marked. */
export function schoolTables(tests: readonly ReportTest[]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '4. Результаты по школам' }];
  for (const test of tests) {
    const rows: TableRowBlock[] = [];
    let municipality: string | null = null;
    for (const group of test.schools) {
      if (group.municipality !== municipality) {
        municipality = group.municipality;
        rows.push({ kind: 'group', cells: [municipality ?? ''] });
      }
      rows.push({
        kind: group.flags.length > 0 ? 'flagged' : undefined,
        cells: [group.school ?? '', ...measureCells(group), group.flags.map((flag) => FLAG_LABELS[flag]).join(', ') || '—'],
      });
    }
    blocks.push(
      { kind: 'heading', level: 2, text: capitalised(test.name) },
      {
        kind: 'table',
        columns: [{ header: 'Школа', width: 4 }, ...MEASURE_COLUMNS, { header: 'Признаки', width: 1.6 }],
        rows,
      },
    );
  }
  blocks.push({ kind: 'note', text: `Школы с признаками необъективного оценивания выделены полужирным. ${NULL_NOTE}` });
  return blocks;
}

export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}
