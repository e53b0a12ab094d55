/**
 * «Итоги»: the school's figures next to the municipality's and the region's. The school's column is made of
 * formulas over «Работы» (it computes in any spreadsheet); the others are the merge's figures.
 */
import type ExcelJS from 'exceljs';
import { russianDate } from '../russianDate';
import { flagReason } from '../report/flagReasons';
import { russianNumber, russianPercent } from '../report/russianNumbers';
import type { StatisticsGroup } from '../statistics';
import { ATTENTION_TITLE, OUTCOME_WORDS, RETURNED_SHEETS, TOTALS_FIRST_ROW } from './layout';
import { cellStyle, DECIMAL, headerStyle, PERCENT, printSetup, protect } from './styles';
import type { ReturnSettings, SchoolReturn } from './types';
import { WORK_COLUMNS, worksRange } from './worksSheet';

interface Measure {
  label: string;
  /** The school's formula, given the cell of its «works» figure. */
  formula: (works: string) => string;
  value: (group: StatisticsGroup) => number | null;
  numFmt: string;
}


function measures(school: SchoolReturn): Measure[] {
  const range = (letter: string): string => worksRange(school, letter);
  const scored = `ISNUMBER(${range(WORK_COLUMNS.difference)})`;
  const share = (works: string, condition: string): string => `IF(${works}=0,"",SUMPRODUCT(${scored}*(${condition}))/${works})`;
  const outcome = (word: string) => `COUNTIF(${range(WORK_COLUMNS.outcome)},"${word}")`;
  const mark = school.hasScale ? 'Отметка' : 'Сумма баллов';
  return [
    { label: 'Работ перепроверено', formula: () => `COUNT(${range(WORK_COLUMNS.difference)})`, value: (g) => g.works, numFmt: '0' },
    { label: 'Работ с изменёнными баллами', formula: () => `SUMPRODUCT(${scored}*(${range(WORK_COLUMNS.changed)}>0))`, value: (g) => g.worksChanged, numFmt: '0' },
    {
      label: school.hasScale ? 'Доля объективно оценённых работ (отметка подтверждена)' : 'Доля объективно оценённых работ (сумма баллов подтверждена)',
      formula: (works) => share(works, `${range(WORK_COLUMNS.outcome)}="${OUTCOME_WORDS.confirmed}"`),
      value: (g) => g.objectiveShare,
      numFmt: PERCENT,
    },
    { label: 'Средний балл школы (S)', formula: (works) => `IF(${works}=0,"",SUMPRODUCT(${scored}*${range(WORK_COLUMNS.school)})/${works})`, value: (g) => g.schoolMean, numFmt: DECIMAL },
    { label: 'Средний балл эксперта (E)', formula: (works) => `IF(${works}=0,"",SUMPRODUCT(${scored}*${range(WORK_COLUMNS.expert)})/${works})`, value: (g) => g.expertMean, numFmt: DECIMAL },
    { label: `${mark}: понижена`, formula: () => outcome(OUTCOME_WORDS.lowered), value: (g) => g.marksLowered, numFmt: '0' },
    { label: `${mark}: подтверждена`, formula: () => outcome(OUTCOME_WORDS.confirmed), value: (g) => g.marksConfirmed, numFmt: '0' },
    { label: `${mark}: повышена`, formula: () => outcome(OUTCOME_WORDS.raised), value: (g) => g.marksRaised, numFmt: '0' },
  ];
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export async function addTotalsSheet(workbook: ExcelJS.Workbook, school: SchoolReturn, settings: ReturnSettings, title: string): Promise<void> {
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.totals);
  [46, 16, 16, 16].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  const { deadlines } = settings;
  const heading: Array<[string, Partial<ExcelJS.Font>]> = [
    ['Итоги перепроверки работ участников ВПР', { bold: true, size: 14 }],
    [`${school.school} (код ОО ${school.schoolCode}), ${school.municipality}`, { bold: true }],
    [`${school.subject}, ${school.grade} класс`, {}],
    [`Протоколы получены ${russianDate(deadlines.received)}; отчёт о причинах необъективного оценивания — не позднее ${russianDate(deadlines.reportDue)} (10 рабочих дней).`, {}],
  ];
  heading.forEach(([text, font], index) => {
    sheet.mergeCells(`A${index + 1}:D${index + 1}`);
    const cell = sheet.getCell(`A${index + 1}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(4).height = 30;
  const header = sheet.getRow(TOTALS_FIRST_ROW - 1);
  ['Показатель', 'Школа', 'Муниципалитет', 'Регион'].forEach((text, index) => {
    header.getCell(index + 1).value = text;
    header.getCell(index + 1).style = headerStyle();
  });
  const worksCell = `B${TOTALS_FIRST_ROW}`;
  measures(school).forEach((measure, index) => {
    const row = sheet.getRow(TOTALS_FIRST_ROW + index);
    row.getCell(1).value = measure.label;
    row.getCell(1).style = cellStyle();
    row.getCell(2).value = { formula: measure.formula(worksCell) };
    [school.municipalityGroup, school.regionGroup].forEach((group, column) => {
      const value = group ? measure.value(group) : null;
      row.getCell(3 + column).value = value ?? '—';
    });
    for (const column of [2, 3, 4]) row.getCell(column).style = cellStyle({ numFmt: measure.numFmt, alignment: { horizontal: 'center', vertical: 'top' } });
  });

  let at = TOTALS_FIRST_ROW + measures(school).length + 1;
  const paragraph = (text: string, font: Partial<ExcelJS.Font> = {}): void => {
    sheet.mergeCells(`A${at}:D${at}`);
    const cell = sheet.getCell(`A${at}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(at).height = Math.max(15, Math.ceil(text.length / 95) * 15);
    at += 1;
  };
  paragraph(ATTENTION_TITLE, { bold: true });
  if (school.flags.length === 0 || !school.schoolGroup) paragraph('Нет: ни одно из правил ниже не сработало.');
  else for (const flag of school.flags) paragraph(`• ${sentence(flagReason(flag, school.schoolGroup, settings.statisticsSettings))}.`);
  at += 1;
  paragraph('Что значат показатели', { bold: true });
  const s = settings.statisticsSettings;
  [
    'Работа перепроверена, если эксперт оценил все её задания. Баллы работы изменены, если хотя бы по одному заданию балл эксперта отличается от балла школы (X считается как 0).',
    school.hasScale
      ? 'Работа оценена объективно, если отметка по баллам эксперта совпадает с отметкой по баллам школы (по шкале перевода этого года).'
      : 'Работа оценена объективно, если сумма баллов эксперта совпадает с суммой баллов школы (шкалы перевода в отметки не было).',
    `Школа требует внимания, если выполнено хотя бы одно: доля объективно оценённых работ ниже ${russianPercent(s.objectiveShareTarget)}; ` +
      `согласие баллов школы и эксперта (QWK) ниже ${russianNumber(s.qwkMinimum, 2)} при ${s.minimumWorks} работах и более; ` +
      `стандартизированная разность средних (SMD) по модулю больше ${russianNumber(s.smdLimit, 2)} при ${s.minimumWorks} работах и более; ` +
      `школа в среднем ставила за работу на ${s.meanDifferenceLimit} балл больше эксперта или ещё больше.`,
    `Листы: «${RETURNED_SHEETS.works}» — каждая работа; «${RETURNED_SHEETS.protocol}» — каждое задание с кодом ошибки и пояснением эксперта; ` +
      `«${RETURNED_SHEETS.tasks}» — задания школы рядом с регионом; «${RETURNED_SHEETS.answers}» — заполните и направьте в муниципалитет.`,
    'Эксперты указаны кодами: их имена школе не сообщаются.',
  ].forEach((text) => paragraph(text));
  printSetup(sheet, title, RETURNED_SHEETS.totals);
  await protect(sheet);
}
