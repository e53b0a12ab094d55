/** «Работы»: one row per work — totals by the school and the expert, the difference (a formula), marks, outcome. */
import type ExcelJS from 'exceljs';
import { OUTCOME_WORDS, RETURNED_SHEETS } from './layout';
import { cellStyle, expressionRule, FILL_LOWERED, FILL_RAISED, printSetup, protect, SIGNED, writeHeader } from './styles';
import type { SchoolReturn } from './types';

/** Column letters the totals sheet's formulas read. */
export const WORK_COLUMNS = Object.freeze({ school: 'C', expert: 'D', difference: 'E', changed: 'F', outcome: 'I' });

export function worksRange(school: SchoolReturn, letter: string): string {
  return `'${RETURNED_SHEETS.works}'!$${letter}$2:$${letter}$${Math.max(2, school.works.length + 1)}`;
}

export async function addWorksSheet(workbook: ExcelJS.Workbook, school: SchoolReturn, title: string): Promise<void> {
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.works, { views: [{ state: 'frozen', ySplit: 1 }] });
  const by = school.hasScale ? 'отметка' : 'сумма баллов';
  writeHeader(sheet, 1, [
    { header: 'Код работы', width: 12 },
    { header: 'Вариант', width: 9 },
    { header: 'Балл ОО (S)', width: 10 },
    { header: 'Балл эксперта (E)', width: 11 },
    { header: 'Разность E − S', width: 11 },
    { header: 'Изменено заданий', width: 11 },
    { header: 'Отметка ОО', width: 10 },
    { header: 'Отметка эксперта', width: 10 },
    { header: `Итог: ${by}`, width: 20 },
    { header: 'Эксперт (код)', width: 10 },
  ]);
  school.works.forEach((work, index) => {
    const row = sheet.getRow(index + 2);
    const r = index + 2;
    row.values = [
      work.workCode,
      work.variant,
      work.schoolTotal,
      work.expertTotal,
      { formula: `IF(OR(C${r}="",D${r}=""),"",D${r}-C${r})` },
      work.tasksChanged,
      work.schoolMark,
      work.expertMark,
      OUTCOME_WORDS[work.outcome],
      work.expertCode,
    ];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.style = cellStyle({ alignment: { horizontal: 'center', vertical: 'top' }, numFmt: column === 1 || column === 10 ? '@' : column === 5 ? SIGNED : 'General' });
    });
  });
  const last = school.works.length + 1;
  sheet.autoFilter = `A1:J${last}`;
  sheet.addConditionalFormatting({
    ref: `A2:J${last}`,
    rules: [expressionRule(1, `$I2="${OUTCOME_WORDS.lowered}"`, FILL_LOWERED), expressionRule(2, `$I2="${OUTCOME_WORDS.raised}"`, FILL_RAISED)],
  });
  printSetup(sheet, title, RETURNED_SHEETS.works, '1:1');
  await protect(sheet);
}
