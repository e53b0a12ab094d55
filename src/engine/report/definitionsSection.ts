import type { StatisticsSettings } from '../statistics';
import type { ReportBlock } from './blocks';
import { MEASURE_DEFINITIONS, type DefinitionScope } from './measureDefinitions';
import { NOT_ENOUGH_DATA, russianNumber, russianPercent } from './russianNumbers';

const SCOPE_TITLES: Readonly<Record<DefinitionScope, string>> = {
  term: 'Основные понятия',
  group: 'Показатели по проверочной работе на каждом уровне',
  task: 'Показатели по заданию',
  flag: 'Признаки необъективного оценивания школы',
};

/** «Приложение 1. Определения показателей»: every definition of MEASURE_DEFINITIONS, and the thresholds this report used. */
export function definitionsSection(settings: StatisticsSettings): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: 'Приложение 1. Определения показателей' }];
  for (const scope of Object.keys(SCOPE_TITLES) as DefinitionScope[]) {
    blocks.push({ kind: 'heading', level: 2, text: SCOPE_TITLES[scope] });
    for (const entry of MEASURE_DEFINITIONS.filter((definition) => definition.scope === scope))
      blocks.push({ kind: 'paragraph', text: [{ text: `${entry.label}`, bold: true }, { text: ` — ${entry.definition}` }] });
  }
  blocks.push(
    {
      kind: 'paragraph',
      text:
        `Пороги, применённые в этой справке: целевое значение доли объективно оценённых работ — ${russianPercent(settings.objectiveShareTarget)}; ` +
        `QWK — не ниже ${russianNumber(settings.qwkMinimum, 2)}; |SMD| — не больше ${russianNumber(settings.smdLimit, 2)}; ` +
        `средняя разность — меньше ${russianNumber(settings.meanDifferenceLimit, settings.meanDifferenceLimit % 1 === 0 ? 0 : 2)} балла; ` +
        `QWK, коэффициент корреляции и признаки по QWK и SMD — при числе работ не меньше ${settings.minimumWorks}.`,
    },
    {
      kind: 'paragraph',
      text: `«${NOT_ENOUGH_DATA}» в таблицах означает, что показатель для группы не рассчитывается по правилам выше; число вместо него вводило бы в заблуждение.`,
    },
  );
  return blocks;
}
