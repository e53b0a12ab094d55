import type { FlagName, StatisticsGroup, StatisticsSettings } from '../statistics';
import { russianNumber, russianPercent, russianSigned } from './russianNumbers';

/** Short names of the flags for a table column. */
export const FLAG_LABELS: Readonly<Record<FlagName, string>> = Object.freeze({
  objectiveShare: 'доля объективных',
  qwk: 'QWK',
  smd: 'SMD',
  meanDifference: 'средняя разность',
});

/** Why a flag fired, in plain words with the school's figure and the threshold it crossed. */
export function flagReason(flag: FlagName, group: StatisticsGroup, settings: StatisticsSettings): string {
  switch (flag) {
    case 'objectiveShare':
      return `доля объективно оценённых работ ${russianPercent(group.objectiveShare ?? 0)} ниже целевого значения ${russianPercent(settings.objectiveShareTarget)}`;
    case 'qwk':
      return (
        `баллы школы слабо согласуются с баллами эксперта: квадратично взвешенная каппа (QWK) ${russianNumber(group.qwk ?? 0, 2)} ` +
        `ниже ${russianNumber(settings.qwkMinimum, 2)}`
      );
    case 'smd': {
      const smd = group.smd ?? 0;
      return (
        `суммы баллов школы систематически ${smd < 0 ? 'выше' : 'ниже'} баллов эксперта: стандартизированная разность средних ` +
        `(SMD) ${russianSigned(smd)}, по модулю больше ${russianNumber(settings.smdLimit, 2)}`
      );
    }
    case 'meanDifference':
      return (
        `школа в среднем ставила за работу на ${russianNumber(group.meanDifference ?? 0, 2)} балла больше, чем эксперт ` +
        `(порог — ${russianNumber(settings.meanDifferenceLimit, settings.meanDifferenceLimit % 1 === 0 ? 0 : 2)} балл${settings.meanDifferenceLimit === 1 ? '' : 'а'})`
      );
  }
}
