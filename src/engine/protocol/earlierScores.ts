/**
 * Issue 11 (third check): the earlier experts' scores beside the third expert's column. They go after the grid
 * (from column K), outside its table and its checksum: the grid A–J and every reader of it stay as in format 2, and
 * the merge takes the earlier scores from the earlier protocols, never from here. Locked like every prefilled cell.
 */
import type ExcelJS from 'exceljs';
import { columnLetters, columnNumber } from '../columnLetters';
import { formatScore, type ScoreValue } from '../scores';
import { PROTOCOL_COLUMNS } from './layout';
import type { ProtocolSpec } from './types';

const FILL_EARLIER = 'FFEDE7F6';
const BORDER = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };

/** The sheet column letters of the earlier scores: K, L… after «Пояснение». */
export function earlierScoreLetters(count: number): string[] {
  const first = columnNumber(PROTOCOL_COLUMNS.explanation.letter) + 1;
  return Array.from({ length: count }, (_, index) => columnLetters(first + index));
}

/** «Балл 1-го эксперта», «Балл 2-го эксперта»: the headers the adjudication writes (no names: blind to who). */
export function earlierRoundHeader(round: number): string {
  return `Балл ${round}-го эксперта`;
}

export function addEarlierScores(sheet: ExcelJS.Worksheet, spec: ProtocolSpec, rows: readonly { row: number; earlier?: ScoreValue[] }[]): void {
  const headers = spec.earlierRounds ?? [];
  if (headers.length === 0) return;
  const letters = earlierScoreLetters(headers.length);
  const border = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
  letters.forEach((letter, index) => {
    sheet.getColumn(letter).width = 12;
    const cell = sheet.getCell(`${letter}1`);
    cell.value = headers[index];
    cell.style = {
      font: { bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL_EARLIER }, bgColor: { argb: FILL_EARLIER } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border,
      protection: { locked: true },
    };
  });
  const style: Partial<ExcelJS.Style> = {
    alignment: { horizontal: 'center', vertical: 'top' },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL_EARLIER }, bgColor: { argb: FILL_EARLIER } },
    border,
    protection: { locked: true },
  };
  for (const row of rows) {
    letters.forEach((letter, index) => {
      const cell = sheet.getCell(`${letter}${row.row}`);
      const score = row.earlier?.[index];
      cell.value = score === undefined ? null : score.kind === 'score' ? score.value : formatScore(score) || null;
      cell.style = style;
    });
  }
}
