/** The cover letter to a municipality: what is enclosed, what to do, and by when (the production calendar's date). */
import { russianDate } from '../russianDate';
import type { ReturnDeadlines } from '../calendar';
import type { SummarySchool } from './municipalSummary';

export const SUMMARY_FILE = 'Сводка по муниципалитету.xlsx';
export const LETTER_FILE = 'Сопроводительное письмо.txt';

export function coverLetter(municipality: string, schools: readonly SummarySchool[], deadlines: ReturnDeadlines): string {
  const flagged = schools.filter(({ school }) => school.flags.length > 0);
  const lines = [
    `${municipality}`,
    '',
    'О направлении протоколов перепроверки работ участников ВПР',
    '',
    `Направляем протоколы перепроверки работ участников ВПР по школам муниципалитета (${schools.length}) и сводку по муниципалитету («${SUMMARY_FILE}»).`,
    'В книге каждой школы: итоги школы рядом с муниципалитетом и регионом, каждая работа и каждое задание с кодом ошибки и пояснением эксперта, ' +
      'лист «Причины и меры», который школа заполняет и возвращает в муниципалитет. Книги открываются в Excel и LibreOffice без надстроек.',
    '',
    `Срок: отчёт о причинах необъективного оценивания (при наличии) разместить на официальном сайте не позднее ${russianDate(deadlines.reportDue)} — ` +
      `10 рабочих дней после получения протоколов (${russianDate(deadlines.received)}), по производственному календарю.`,
  ];
  if (deadlines.recheckDue) {
    lines.push(`Перепроверка завершается не позднее ${russianDate(deadlines.recheckDue)} (60 календарных дней после окончания периода проведения ВПР).`);
  }
  lines.push('');
  if (flagged.length > 0) {
    lines.push('Требуют внимания:');
    for (const { school } of flagged) lines.push(`- ${school.school}, ${school.subject}, ${school.grade} класс`);
  } else {
    lines.push('Школ, требующих внимания по итогам перепроверки, нет.');
  }
  lines.push('', 'Файлы:');
  for (const { file } of schools) lines.push(`- ${file}`);
  return `${lines.join('\r\n')}\r\n`;
}
