/** A returned workbook read back with ExcelJS: which school and test it is, and what the school wrote in «Причины и меры». */
import ExcelJS from 'exceljs';
import { plainCellValue } from '../protocol/cellValues';
import type { CellInput } from '../protocol/types';
import { RETURNED_SHEETS } from './layout';
import { hasReturnedMarker, readReturnedMeta, schoolAnswers, type ReturnedMeta, type SchoolAnswer } from './returnedMeta';

export type ReturnedReading =
  | { ok: true; meta: ReturnedMeta; answers: SchoolAnswer[] }
  | { ok: false; reason: 'unreadable' | 'not-returned' | 'no-answers-sheet' };

function block(sheet: ExcelJS.Worksheet, firstRow: number, lastRow: number, columns: number): CellInput[][] {
  const rows: CellInput[][] = [];
  for (let r = firstRow; r <= lastRow; r += 1) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, index) => plainCellValue(row.getCell(index + 1).value)));
  }
  return rows;
}

export async function readReturnedWorkbook(bytes: Uint8Array): Promise<ReturnedReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const metaSheet = workbook.worksheets.find((sheet) => hasReturnedMarker(plainCellValue(sheet.getCell('A1').value), plainCellValue(sheet.getCell('B1').value)));
  const meta = metaSheet ? readReturnedMeta(block(metaSheet, 1, 40, 2)) : null;
  if (!meta) return { ok: false, reason: 'not-returned' };
  const answersSheet = workbook.getWorksheet(RETURNED_SHEETS.answers);
  if (!answersSheet) return { ok: false, reason: 'no-answers-sheet' };
  return { ok: true, meta, answers: schoolAnswers(block(answersSheet, meta.answersFirstRow, meta.answersLastRow, 7), meta) };
}
