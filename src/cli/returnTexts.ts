/** The frame of `recheck return`'s text summary in Russian (default) and English; problems are worded by the engine. */
import { russianDate, type Language } from '../engine';

export interface ReturnTexts {
  municipalityLine: (municipality: string, schools: number, reportDue: string) => string;
  schoolLine: (school: string, subject: string, grade: number, works: number, changed: number, path: string) => string;
  nothingMerged: string;
  problemsTitle: string;
}

const ru: ReturnTexts = {
  municipalityLine: (municipality, schools, reportDue) => `${municipality}: школ ${schools}, отчёт о причинах — не позднее ${russianDate(reportDue)}`,
  schoolLine: (school, subject, grade, works, changed, path) => `${school}, ${subject}, ${grade} класс: работ ${works}, изменено ${changed} — ${path}`,
  nothingMerged: 'Нет сведённых протоколов: книги школам не записаны.',
  problemsTitle: 'Проблемы:',
};

const en: ReturnTexts = {
  // Dates as ISO 8601 (YYYY-MM-DD): unambiguous in any locale.
  municipalityLine: (municipality, schools, reportDue) => `${municipality}: ${schools} schools, report on the causes due by ${reportDue.slice(0, 10)}`,
  schoolLine: (school, subject, grade, works, changed, path) => `${school}, ${subject}, grade ${grade}: works ${works}, changed ${changed} — ${path}`,
  nothingMerged: 'No protocols merged: no school workbooks written.',
  problemsTitle: 'Problems:',
};

export function returnTexts(language: Language): ReturnTexts {
  return language === 'en' ? en : ru;
}
