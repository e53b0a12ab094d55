/** «Задания»: per task, the school's share of changed scores against the region's; hardest tasks and the experts' reasons. */
import type ExcelJS from 'exceljs';
import { RETURNED_SHEETS } from './layout';
import { cellStyle, expressionRule, FILL_LOWERED, PERCENT, printSetup, protect, writeHeader } from './styles';
import type { SchoolReturn } from './types';

export async function addTasksSheet(workbook: ExcelJS.Workbook, school: SchoolReturn, title: string): Promise<void> {
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.tasks, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeHeader(sheet, 1, [
    { header: '№ задания', width: 10 },
    { header: 'Макс. балл', width: 9 },
    { header: 'Работ', width: 8 },
    { header: 'Баллы изменены: школа', width: 12 },
    { header: 'Баллы изменены: регион', width: 12 },
    { header: 'Школа поставила больше эксперта', width: 13 },
    { header: 'Коды ошибок (код — случаев)', width: 18 },
    { header: 'Эксперты отметили как трудное (+)', width: 12 },
    { header: 'Возможные причины затруднений (комментарии экспертов)', width: 60 },
  ]);
  school.tasks.forEach((task, index) => {
    const row = sheet.getRow(index + 2);
    const codes = Object.entries(task.errorCodes).map(([code, count]) => `${code} — ${count}`).join('; ');
    row.values = [task.task, task.max, task.rows, task.schoolChanged, task.regionChanged, task.schoolHigher, codes || null, task.hardest || null, task.reasons.join('\n') || null];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.style = cellStyle({ numFmt: column === 1 ? '@' : column >= 4 && column <= 6 ? PERCENT : 'General', alignment: { horizontal: column === 9 ? 'left' : 'center', vertical: 'top', wrapText: true } });
    });
  });
  const last = Math.max(2, school.tasks.length + 1);
  sheet.autoFilter = `A1:I${last}`;
  sheet.addConditionalFormatting({ ref: `D2:D${last}`, rules: [expressionRule(1, 'AND($D2>0,OR($E2="",$D2>$E2))', FILL_LOWERED)] });
  printSetup(sheet, title, RETURNED_SHEETS.tasks, '1:1');
  await protect(sheet);
}
