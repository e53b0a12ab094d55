/**
 * The rows of «Причины и меры» prepared for a school: each flag that fired, each task where the school's
 * scores changed more often than the region's, each error code the experts found in its works. The school
 * writes the reasons and the measures beside them.
 */
import { ERROR_CODES } from '../protocol/errorCodes';
import { FLAG_LABELS, flagReason } from '../report/flagReasons';
import { russianPercent } from '../report/russianNumbers';
import { DEFAULT_STATISTICS_SETTINGS, type StatisticsSettings } from '../statistics';
import type { AnswerItem, SchoolReturn } from './types';

/** A task is flagged for the school when its points changed in a larger share of the school's rows than of the region's. */
export function flaggedTask(task: SchoolReturn['tasks'][number]): boolean {
  return task.schoolChanged > 0 && (task.regionChanged === null || task.schoolChanged > task.regionChanged);
}

export function errorCodeText(code: number): string {
  return ERROR_CODES.find((entry) => entry.code === code)?.text ?? `код ${code} вне списка 1–7`;
}

export function answerItems(school: Omit<SchoolReturn, 'answerItems'>, settings: StatisticsSettings = DEFAULT_STATISTICS_SETTINGS): AnswerItem[] {
  const items: AnswerItem[] = [];
  if (school.schoolGroup) {
    for (const flag of school.flags) items.push({ topic: `Показатель: ${FLAG_LABELS[flag]}`, details: `Школа требует внимания: ${flagReason(flag, school.schoolGroup, settings)}.` });
  }
  for (const task of school.tasks.filter(flaggedTask)) {
    items.push({
      topic: `Задание ${task.task}`,
      details:
        `Баллы изменены в ${russianPercent(task.schoolChanged)} проверенных работ школы` +
        `${task.regionChanged === null ? '' : ` (в регионе — ${russianPercent(task.regionChanged)})`}; школа поставила больше эксперта в ${russianPercent(task.schoolHigher)}.`,
    });
  }
  const codes = new Map<number, number>();
  for (const task of school.tasks) for (const [code, count] of Object.entries(task.errorCodes)) codes.set(Number(code), (codes.get(Number(code)) ?? 0) + count);
  for (const [code, count] of [...codes].sort(([a], [b]) => a - b)) {
    items.push({ topic: `Код ошибки ${code}`, details: `${errorCodeText(code)} — случаев: ${count}.` });
  }
  return items;
}
