/** The frame of `recheck merge`'s text summary in Russian (default) and English; problems are worded by the engine. */
import { counted, FLAG_LABELS, STATE_LABELS, type FlagName, type Language, type ProtocolState } from '../engine';

export interface MergeTexts {
  totals: (files: number, kept: number, works: number, rows: number) => string;
  states: Record<ProtocolState, string>;
  filesTitle: string;
  fileLine: (file: string, state: string, pkg: string | null, expert: string | null) => string;
  more: (count: number) => string;
  testsTitle: string;
  testLine: (subject: string, grade: number, works: number, changed: number, objective: string, target: string) => string;
  unscored: (count: number) => string;
  flaggedTitle: (count: number) => string;
  flaggedLine: (school: string, municipality: string, subject: string, grade: number, flags: FlagName[]) => string;
  problemsTitle: (count: number) => string;
  reportLine: (path: string) => string;
  summaryLine: (path: string) => string;
}

const percent = (share: number | null, language: Language): string =>
  share === null ? '—' : `${(share * 100).toFixed(1).replace('.', language === 'ru' ? ',' : '.')} %`;

export { percent };

const ru: MergeTexts = {
  totals: (files, kept, works, rows) =>
    `Файлов: ${files}, сведено протоколов: ${kept}. ${counted(works, ['работа', 'работы', 'работ'])} в статистике, ${counted(rows, ['строка', 'строки', 'строк'])} сведено.`,
  states: STATE_LABELS.ru,
  filesTitle: 'Файлы:',
  fileLine: (file, state, pkg, expert) => `${file} — ${state}${pkg ? ` (пакет ${pkg}${expert ? `, ${expert}` : ''})` : ''}`,
  more: (count) => `… и ещё ${count}`,
  testsTitle: 'По тестам:',
  testLine: (subject, grade, works, changed, objective, target) =>
    `${subject}, ${grade} класс: работ ${works}, изменено ${changed}, объективно оценено ${objective} (цель ${target})`,
  unscored: (count) => `Не оценены полностью и в статистику не вошли: ${counted(count, ['работа', 'работы', 'работ'])}.`,
  flaggedTitle: (count) => `Школы, требующие внимания (${count}):`,
  flaggedLine: (school, municipality, subject, grade, flags) =>
    `${school} (${municipality}), ${subject}, ${grade} класс: ${flags.map((flag) => FLAG_LABELS[flag]).join(', ')}`,
  problemsTitle: (count) => `Проблемы данных (${count}):`,
  reportLine: (path) => `Справка: ${path}`,
  summaryLine: (path) => `Сводная книга: ${path}`,
};

const en: MergeTexts = {
  totals: (files, kept, works, rows) => `Files: ${files}, protocols merged: ${kept}. Works in the statistics: ${works}, rows merged: ${rows}.`,
  states: STATE_LABELS.en,
  filesTitle: 'Files:',
  fileLine: (file, state, pkg, expert) => `${file} — ${state}${pkg ? ` (package ${pkg}${expert ? `, ${expert}` : ''})` : ''}`,
  more: (count) => `… and ${count} more`,
  testsTitle: 'By test:',
  testLine: (subject, grade, works, changed, objective, target) =>
    `${subject}, grade ${grade}: works ${works}, changed ${changed}, objectively graded ${objective} (target ${target})`,
  unscored: (count) => `Works not fully scored, left out of the statistics: ${count}.`,
  flaggedTitle: (count) => `Schools needing attention (${count}):`,
  flaggedLine: (school, municipality, subject, grade, flags) => `${school} (${municipality}), ${subject}, grade ${grade}: ${flags.join(', ')}`,
  problemsTitle: (count) => `Data problems (${count}):`,
  reportLine: (path) => `Report: ${path}`,
  summaryLine: (path) => `Summary workbook: ${path}`,
};

export function mergeTexts(language: Language): MergeTexts {
  return language === 'en' ? en : ru;
}
