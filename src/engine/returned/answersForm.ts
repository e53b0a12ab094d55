/**
 * «Причины и меры»: the form the school fills for its report to the municipality. Each prepared item (a flag,
 * a task, an error code) gets a row; the reasons, measures, responsible person and date are unlocked for typing,
 * as are a few spare rows for other findings.
 */
import type ExcelJS from 'exceljs';
import { russianDate } from '../russianDate';
import { ANSWER_COLUMNS, ANSWER_HEADER_ROW, RETURNED_SHEETS, SPARE_ANSWER_ROWS } from './layout';
import { cellStyle, FILL_INPUT, printSetup, protect, solid, validations, writeHeader } from './styles';
import type { ReturnSettings, SchoolReturn } from './types';

/** The sheet rows holding answers: the prepared items, then the spare rows. */
export function answerRows(school: SchoolReturn): { first: number; last: number } {
  const first = ANSWER_HEADER_ROW + 1;
  return { first, last: first + school.answerItems.length + SPARE_ANSWER_ROWS - 1 };
}

export async function addAnswersSheet(workbook: ExcelJS.Workbook, school: SchoolReturn, settings: ReturnSettings, title: string): Promise<void> {
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.answers, { views: [{ state: 'frozen', ySplit: ANSWER_HEADER_ROW }] });
  const columns = Object.values(ANSWER_COLUMNS);
  writeHeader(sheet, ANSWER_HEADER_ROW, columns);
  const lines = [
    'Причины необъективного оценивания и план мер',
    `${school.school} (код ОО ${school.schoolCode}), ${school.subject}, ${school.grade} класс. Заполните жёлтые ячейки: причины, выявленные школой, меры, ответственного и срок; ` +
      `в пустых строках внизу можно добавить свои пункты. Направьте книгу в муниципалитет (${school.municipality}): ` +
      `муниципалитет публикует отчёт не позднее ${russianDate(settings.deadlines.reportDue)}.`,
  ];
  lines.forEach((text, index) => {
    sheet.mergeCells(`A${index + 1}:G${index + 1}`);
    const cell = sheet.getCell(`A${index + 1}`);
    cell.value = text;
    cell.font = index === 0 ? { bold: true, size: 13 } : {};
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(2).height = 45;

  const locked = cellStyle({ protection: { locked: true } });
  const input = cellStyle({ fill: solid(FILL_INPUT), protection: { locked: false } });
  const dateInput = { ...input, numFmt: 'dd.mm.yyyy', alignment: { horizontal: 'center' as const, vertical: 'top' as const } };
  const { first, last } = answerRows(school);
  for (let r = first; r <= last; r += 1) {
    const item = school.answerItems[r - first];
    const row = sheet.getRow(r);
    row.getCell(1).value = r - first + 1;
    row.getCell(1).style = { ...locked, alignment: { horizontal: 'center', vertical: 'top' } };
    row.getCell(2).value = item?.topic ?? null;
    row.getCell(3).value = item?.details ?? null;
    row.getCell(2).style = item ? { ...locked, font: { bold: true } } : input;
    row.getCell(3).style = item ? locked : input;
    for (const column of [4, 5, 6]) row.getCell(column).style = input;
    row.getCell(7).style = dateInput;
    row.height = 60;
  }
  validations(sheet).add(`G${first}:G${last}`, {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    showInputMessage: true,
    promptTitle: 'Срок',
    prompt: 'Дата, к которой мера будет выполнена, например 30.09.2026.',
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Срок',
    error: 'Введите дату, например 30.09.2026.',
  });
  printSetup(sheet, title, RETURNED_SHEETS.answers, `${ANSWER_HEADER_ROW}:${ANSWER_HEADER_ROW}`);
  await protect(sheet);
}
