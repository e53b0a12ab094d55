/**
 * «Протокол»: every task of every work — both scores, the difference (a formula), the error code with its full
 * text, the expert's explanation and code. A bold row per work with its totals; the task rows under it form an
 * outline group (collapse with the margin's «−»); filters on.
 */
import type ExcelJS from 'exceljs';
import { formatScore, type ScoreValue } from '../scores';
import { errorCodeText } from './answerItems';
import { RETURNED_SHEETS } from './layout';
import { cellStyle, expressionRule, FILL_CHANGED, FILL_WORK, printSetup, protect, SIGNED, solid, writeHeader } from './styles';
import type { SchoolReturn } from './types';

function scoreCell(score: ScoreValue): number | string | null {
  return score.kind === 'score' ? score.value : score.kind === 'no-answer' ? formatScore(score) : null;
}

/** Expert points minus school points; X is 0; empty while either is empty. */
function differenceFormula(row: number): string {
  return `IF(OR(E${row}="",F${row}=""),"",IF(ISNUMBER(F${row}),F${row},0)-IF(ISNUMBER(E${row}),E${row},0))`;
}

export const PROTOCOL_HEADERS = [
  'Код работы', 'Вариант', '№ задания', 'Макс. балл', 'Балл ОО', 'Балл эксперта', 'Расхождение', 'Код ошибки', 'Ошибка (текст кода)', 'Пояснение эксперта', 'Эксперт (код)',
] as const;

export async function addProtocolSheet(workbook: ExcelJS.Workbook, school: SchoolReturn, title: string): Promise<void> {
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.protocol, {
    views: [{ state: 'frozen', ySplit: 1 }],
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false } } as ExcelJS.WorksheetProperties,
  });
  const widths = [12, 9, 10, 9, 9, 11, 12, 10, 48, 40, 10];
  writeHeader(sheet, 1, PROTOCOL_HEADERS.map((header, index) => ({ header, width: widths[index] })));
  const centred = cellStyle({ alignment: { horizontal: 'center', vertical: 'top' } });
  const text = cellStyle({ numFmt: '@', alignment: { horizontal: 'center', vertical: 'top' } });
  const wrapped = cellStyle();
  const difference = cellStyle({ numFmt: SIGNED, alignment: { horizontal: 'center', vertical: 'top' } });
  const workStyle = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => ({ ...style, font: { bold: true }, fill: solid(FILL_WORK) });

  let r = 2;
  const taskRows: number[] = [];
  for (const work of school.works) {
    const head = sheet.getRow(r);
    head.values = [work.workCode, work.variant, 'Итого', work.tasks.reduce((sum, task) => sum + task.max, 0), work.schoolTotal, work.expertTotal, { formula: differenceFormula(r) }, null, null, null, work.expertCode];
    [text, centred, centred, centred, centred, centred, difference, centred, wrapped, wrapped, text].forEach((style, index) => (head.getCell(index + 1).style = workStyle(style)));
    r += 1;
    for (const task of work.tasks) {
      const row = sheet.getRow(r);
      row.values = [
        work.workCode, work.variant, task.task, task.max, scoreCell(task.schoolScore), scoreCell(task.expertScore), { formula: differenceFormula(r) },
        task.errorCode, task.errorCode === null ? null : errorCodeText(task.errorCode), task.explanation || null, work.expertCode,
      ];
      [text, centred, text, centred, centred, centred, difference, centred, wrapped, wrapped, text].forEach((style, index) => (row.getCell(index + 1).style = style));
      row.outlineLevel = 1;
      taskRows.push(r);
      r += 1;
    }
  }
  const last = Math.max(2, r - 1);
  sheet.autoFilter = `A1:K${last}`;
  sheet.addConditionalFormatting({ ref: `A2:K${last}`, rules: [expressionRule(1, 'AND($C2<>"Итого",ISNUMBER($G2),$G2<>0)', FILL_CHANGED)] });
  printSetup(sheet, title, RETURNED_SHEETS.protocol, '1:1');
  await protect(sheet);
}
