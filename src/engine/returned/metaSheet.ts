/** The returned workbook's hidden sheet: the add-in recognises the workbook by it, `recheck merge --answers` reads the answers' place from it. */
import type ExcelJS from 'exceljs';
import { answerRows } from './answersForm';
import { RETURNED_FORMAT_VERSION, RETURNED_MARKER, RETURNED_META_KEYS, RETURNED_SHEETS } from './layout';
import type { ReturnSettings, SchoolReturn } from './types';

export function addReturnedMetaSheet(workbook: ExcelJS.Workbook, school: SchoolReturn, settings: ReturnSettings): void {
  const sheet = workbook.addWorksheet(RETURNED_SHEETS.meta, { state: 'veryHidden' });
  const rows = answerRows(school);
  const entries: Array<[string, string | number]> = [
    [RETURNED_META_KEYS.format, RETURNED_MARKER],
    [RETURNED_META_KEYS.formatVersion, RETURNED_FORMAT_VERSION],
    [RETURNED_META_KEYS.municipality, school.municipality],
    [RETURNED_META_KEYS.school, school.school],
    [RETURNED_META_KEYS.schoolCode, school.schoolCode],
    [RETURNED_META_KEYS.subject, school.subject],
    [RETURNED_META_KEYS.grade, school.grade],
    [RETURNED_META_KEYS.received, settings.deadlines.received],
    [RETURNED_META_KEYS.reportDue, settings.deadlines.reportDue],
    [RETURNED_META_KEYS.createdAt, settings.createdAt],
    [RETURNED_META_KEYS.answersFirstRow, rows.first],
    [RETURNED_META_KEYS.answersLastRow, rows.last],
  ];
  entries.forEach(([key, value], index) => {
    sheet.getCell(`A${index + 1}`).value = key;
    const cell = sheet.getCell(`B${index + 1}`);
    cell.value = value;
    if (typeof value === 'string') cell.numFmt = '@';
  });
}
