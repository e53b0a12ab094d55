import type { StatisticsResult } from '../statistics';
import { russianDate } from '../russianDate';
import { counted } from '../russianPlural';
import type { ReportBlock } from './blocks';
import type { ReportTest } from './reportTests';
import { russianNumber } from './russianNumbers';
import type { ReportMetadata } from './types';

export const WORKS = ['работа', 'работы', 'работ'] as const;
const TASK_ROWS = ['задание', 'задания', 'заданий'] as const;
const SCHOOLS = ['общеобразовательной организации', 'общеобразовательных организаций', 'общеобразовательных организаций'] as const;
const MUNICIPALITIES = ['муниципального образования', 'муниципальных образований', 'муниципальных образований'] as const;
const TESTS = ['проверочной работе', 'проверочным работам', 'проверочным работам'] as const;

/** «Основание и выборка»: the regulation, the dates, and how many schools, works, tests and experts. */
export function sampleSection(tests: readonly ReportTest[], statistics: StatisticsResult, metadata: ReportMetadata): ReportBlock[] {
  const works = tests.reduce((sum, test) => sum + test.region.works, 0);
  const tasks = tests.reduce((sum, test) => sum + test.region.tasks, 0);
  const schools = new Set(tests.flatMap((test) => test.schools.map((group) => `${group.municipality}\u0000${group.school}\u0000${group.schoolCode}`)));
  const municipalities = new Set(tests.flatMap((test) => test.municipalities.map((group) => group.municipality)));
  const experts = metadata.experts ?? new Set(statistics.groups.filter((group) => group.level === 'expert').map((group) => group.expert)).size;
  const subjects = tests.map((test) => test.name).join('; ');
  const dates =
    metadata.recheckFrom !== undefined && metadata.recheckTo !== undefined
      ? ` Перепроверка проведена с ${russianDate(metadata.recheckFrom)} по ${russianDate(metadata.recheckTo)}.`
      : '';
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '1. Основание и выборка' },
    {
      kind: 'paragraph',
      text:
        `Перепроверка проведена ${metadata.centre} в соответствии с Регламентом проведения региональной перепроверки работ участников ` +
        `всероссийских проверочных работ (${metadata.region}). Период проведения ВПР: ${sentence(metadata.testPeriod)}${dates}`,
    },
    {
      kind: 'paragraph',
      text:
        tests.length === 0
          ? 'Полностью оценённых работ нет: статистика не рассчитана.'
          : `Перепроверено ${counted(works, WORKS)} (${counted(tasks, TASK_ROWS)}) из ${counted(schools.size, SCHOOLS)} ` +
            `${counted(municipalities.size, MUNICIPALITIES)} по ${counted(tests.length, TESTS)}: ${subjects}. ` +
            `Число экспертов, участвовавших в перепроверке: ${experts}.`,
    },
  ];
  if (statistics.unscoredWorks.length > 0) {
    blocks.push({ kind: 'paragraph', text: `Не оценены по всем заданиям и в статистику не вошли: ${counted(statistics.unscoredWorks.length, WORKS)}.` });
  }
  if (tests.length === 0) return blocks;
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Проверочная работа', width: 4 },
      { header: 'Муниципальных образований', width: 2, numeric: true },
      { header: 'Школ', width: 1.5, numeric: true },
      { header: 'Работ', width: 1.5, numeric: true },
      { header: 'Заданий', width: 1.5, numeric: true },
    ],
    rows: tests.map((test) => ({
      cells: [
        test.name,
        russianNumber(test.municipalities.length),
        russianNumber(test.schools.length),
        russianNumber(test.region.works),
        russianNumber(test.region.tasks),
      ],
    })),
  });
  return blocks;
}

/** Text ending a sentence: a full stop unless it ends with one («2026 г.»). */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
