/**
 * The municipality's summary workbook: its schools side by side, the ones that need attention first, as Excel
 * tables (filters, sorting, ready for a pivot table or a chart); and the dates of the return. No expert names.
 */
import ExcelJS from 'exceljs';
import { FLAG_LABELS, flagReason } from '../report/flagReasons';
import { russianDate } from '../russianDate';
import type { ReturnDeadlines } from '../calendar';
import type { StatisticsSettings } from '../statistics';
import { DECIMAL, PERCENT, printSetup } from './styles';
import type { SchoolReturn } from './types';

export interface SummarySchool {
  school: SchoolReturn;
  /** The school's workbook, as named in the municipality's folder. */
  file: string;
}

/** Flagged first, then by school and test. */
export function summaryOrder(a: SchoolReturn, b: SchoolReturn): number {
  return (
    Number(b.flags.length > 0) - Number(a.flags.length > 0) ||
    a.school.localeCompare(b.school, 'ru') ||
    a.subject.localeCompare(b.subject, 'ru') ||
    a.grade - b.grade
  );
}

const SCHOOL_HEADERS = [
  'Школа', 'Код ОО', 'Предмет', 'Класс', 'Работ', 'Изменено работ', 'Доля объективно оценённых', 'Средний балл ОО', 'Средний балл эксперта',
  'Средняя разность S − E', 'Отметка понижена', 'Отметка подтверждена', 'Отметка повышена', 'Требует внимания', 'Почему', 'Файл школы',
];
const NUMBER_FORMATS: Record<number, string> = { 7: PERCENT, 8: DECIMAL, 9: DECIMAL, 10: DECIMAL };

export async function buildMunicipalSummary(
  municipality: string,
  schools: readonly SummarySchool[],
  deadlines: ReturnDeadlines,
  settings: StatisticsSettings,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Recheck';
  workbook.title = `Перепроверка ВПР: ${municipality}`;
  const ordered = [...schools].sort((a, b) => summaryOrder(a.school, b.school));
  const sheet = workbook.addWorksheet('Школы', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addTable({
    name: 'Schools',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: SCHOOL_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: ordered.map(({ school, file }) => {
      const g = school.schoolGroup;
      return [
        school.school, school.schoolCode, school.subject, school.grade, g?.works ?? 0, g?.worksChanged ?? 0, g?.objectiveShare ?? null, g?.schoolMean ?? null,
        g?.expertMean ?? null, g?.meanDifference ?? null, g?.marksLowered ?? null, g?.marksConfirmed ?? null, g?.marksRaised ?? null,
        school.flags.length > 0 ? 'да' : 'нет',
        g && school.flags.length > 0 ? school.flags.map((flag) => `${FLAG_LABELS[flag]}: ${flagReason(flag, g, settings)}`).join('; ') : null,
        file,
      ];
    }),
  });
  SCHOOL_HEADERS.forEach((header, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = index === 0 ? 36 : index === 14 ? 60 : index === 15 ? 40 : Math.max(10, Math.min(16, header.length));
    if (NUMBER_FORMATS[index + 1]) column.numFmt = NUMBER_FORMATS[index + 1];
  });
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  ordered.forEach(({ school }, index) => {
    if (school.flags.length > 0) sheet.getRow(index + 2).font = { bold: true, color: { argb: 'FF9C0006' } };
  });
  printSetup(sheet, municipality, 'Перепроверка ВПР: школы', '1:1');

  const dates = workbook.addWorksheet('Сроки');
  dates.addTable({
    name: 'Deadlines',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: [{ name: 'Что' }, { name: 'Дата' }, { name: 'Примечание' }],
    rows: [
      ['Протоколы перепроверки получены', russianDate(deadlines.received), null],
      ['Отчёт о причинах необъективного оценивания на сайте — не позднее', russianDate(deadlines.reportDue), '10 рабочих дней после получения, по производственному календарю'],
      ['Перепроверка — не позднее', deadlines.recheckDue ? russianDate(deadlines.recheckDue) : '—', deadlines.recheckDue ? `60 календарных дней после окончания периода ВПР (${russianDate(deadlines.testPeriodEnd ?? '')})${deadlines.recheckLate ? '; протоколы возвращены позже этого срока' : ''}` : 'период проведения ВПР не указан'],
    ],
  });
  [62, 14, 70].forEach((width, index) => (dates.getColumn(index + 1).width = width));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
