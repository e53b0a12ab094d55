import type { StatisticsSettings } from '../statistics';
import { counted } from '../russianPlural';
import type { ReportBlock } from './blocks';
import { flagReason } from './flagReasons';
import type { ReportTest } from './reportTests';

const SCHOOLS = ['школе', 'школам', 'школам'] as const;

/** «Школы с признаками необъективного оценивания»: each flagged school by name, test and every reason. */
export function flaggedSchools(tests: readonly ReportTest[], settings: StatisticsSettings): ReportBlock[] {
  const flagged = tests.flatMap((test) => test.schools.filter((group) => group.flags.length > 0).map((group) => ({ test, group })));
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: '5. Школы с признаками необъективного оценивания' }];
  if (flagged.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Школ с признаками необъективного оценивания не выявлено.' });
    return blocks;
  }
  const schools = new Set(flagged.map(({ group }) => `${group.municipality}\u0000${group.school}`)).size;
  blocks.push({
    kind: 'paragraph',
    text:
      `Признаки необъективного оценивания выявлены по ${counted(schools, SCHOOLS)} (случаев: ${flagged.length}). ` +
      'Школа отмечается по проверочной работе, если сработало хотя бы одно правило из приложения 1.',
  });
  for (const { test, group } of flagged) {
    const reasons = group.flags.map((flag) => flagReason(flag, group, settings));
    blocks.push({
      kind: 'bullet',
      text: [
        { text: group.school ?? '', bold: true },
        { text: ` (${group.municipality ?? ''}), ${test.name}, ${counted(group.works, ['работа', 'работы', 'работ'])}: ${reasons.join('; ')}.` },
      ],
    });
  }
  return blocks;
}
