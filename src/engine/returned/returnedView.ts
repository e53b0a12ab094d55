/**
 * What the school's pane shows of an open returned workbook, from plain cell values (Office.js or ExcelJS):
 * the totals beside the municipality and the region, why the school needs attention, and the rows of
 * «Причины и меры». The school's own figures are counted here from «Работы» (static values), so they show even
 * where a host has not computed the sheet's formulas yet.
 */
import type { CellInput } from '../protocol/types';
import { ATTENTION_TITLE, OUTCOME_WORDS, TOTALS_FIRST_ROW, TOTALS_MEASURE_COUNT } from './layout';

function text(value: CellInput | undefined): string {
  return value === null || value === undefined ? '' : String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

function numberOf(value: CellInput | undefined): number | null {
  if (typeof value === 'number') return value;
  const parsed = Number(text(value).replace(',', '.'));
  return text(value) !== '' && Number.isFinite(parsed) ? parsed : null;
}

export interface ReturnedTotalsLine {
  label: string;
  school: number | null;
  municipality: number | null;
  region: number | null;
  /** A share 0…1 (shown as percent). */
  share: boolean;
}

export interface ReturnedTotals {
  lines: ReturnedTotalsLine[];
  /** The lines of «Требует ли школа внимания» (a single «Нет…» when no rule fired). */
  attention: string[];
}

/** The school's figures from «Работы» (rows from row 2, columns A–J), in the order of the totals table. */
function schoolFigures(works: readonly (readonly CellInput[])[]): Array<number | null> {
  const scored = works.filter((row) => numberOf(row[2]) !== null && numberOf(row[3]) !== null);
  const count = scored.length;
  const outcome = (word: string) => scored.filter((row) => text(row[8]) === word).length;
  const mean = (column: number) => (count === 0 ? null : scored.reduce((sum, row) => sum + (numberOf(row[column]) ?? 0), 0) / count);
  return [
    count,
    scored.filter((row) => (numberOf(row[5]) ?? 0) > 0).length,
    count === 0 ? null : outcome(OUTCOME_WORDS.confirmed) / count,
    mean(2),
    mean(3),
    outcome(OUTCOME_WORDS.lowered),
    outcome(OUTCOME_WORDS.confirmed),
    outcome(OUTCOME_WORDS.raised),
  ];
}

/** `totals`: «Итоги» from A1 (columns A–D); `works`: «Работы» from row 2. */
export function returnedTotals(totals: readonly (readonly CellInput[])[], works: readonly (readonly CellInput[])[]): ReturnedTotals {
  const school = schoolFigures(works);
  const lines: ReturnedTotalsLine[] = [];
  for (let index = 0; index < TOTALS_MEASURE_COUNT; index += 1) {
    const row = totals[TOTALS_FIRST_ROW - 1 + index] ?? [];
    lines.push({ label: text(row[0]), school: school[index] ?? null, municipality: numberOf(row[2]), region: numberOf(row[3]), share: index === 2 });
  }
  const attention: string[] = [];
  const start = totals.findIndex((row) => text(row[0]) === ATTENTION_TITLE);
  if (start >= 0) for (let index = start + 1; index < totals.length && text(totals[index][0]) !== ''; index += 1) attention.push(text(totals[index][0]).replace(/^•\s*/, ''));
  return { lines, attention };
}

/** A row of «Причины и меры» as the pane edits it. */
export interface AnswerRow {
  row: number;
  topic: string;
  details: string;
  reasons: string;
  measures: string;
  responsible: string;
  /** ISO date when a date was typed, else the text as typed. */
  due: string;
}

/** A date cell: ISO text from ExcelJS, or Excel's serial day number from Office.js. */
function dateText(value: CellInput | undefined): string {
  if (typeof value === 'number' && value > 1 && value < 2958466) return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  return text(value);
}

/** Every answer row (columns A–G from `firstRow`), filled or not. */
export function answerRowsOf(rows: readonly (readonly CellInput[])[], firstRow: number): AnswerRow[] {
  return rows.map((line, index) => ({
    row: firstRow + index,
    topic: text(line[1]),
    details: text(line[2]),
    reasons: text(line[3]),
    measures: text(line[4]),
    responsible: text(line[5]),
    due: dateText(line[6]),
  }));
}

export function isAnswered(answer: AnswerRow): boolean {
  return answer.reasons !== '' || answer.measures !== '' || answer.responsible !== '' || answer.due !== '';
}

/** An ISO date as Excel's serial day number (what Office.js writes into a date cell). */
export function excelSerialDate(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return Math.round((Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
