/**
 * Cell values as plain data, and the protocol's own values parsed from them. Shared by the workbook reader
 * (ExcelJS values) and the add-in (Office.js values) so both judge a cell the same way.
 */
import { isNoAnswerMark, type ScoreValue } from '../scores';
import { canonicalText } from './canonical';
import type { CellInput, InvalidErrorCode, InvalidScore } from './types';

/** Any ExcelJS cell value (formula, rich text, hyperlink, error, date…) as a plain value. */
export function plainCellValue(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return object.richText.map((run) => (run && typeof run === 'object' ? String((run as { text?: unknown }).text ?? '') : '')).join('');
    }
    if ('formula' in object || 'sharedFormula' in object) return plainCellValue(object.result);
    if ('error' in object) return String(object.error);
    if ('text' in object) return plainCellValue(object.text);
  }
  return String(value);
}

const INTEGER_TEXT = /^[+-]?\d+([.,]0*)?$/;
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

function numberFromText(text: string): number | undefined {
  return NUMBER_TEXT.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** A score cell: a number (any, the rules judge the range), X/Х (no answer), empty, or text that is no score. */
export function parseScoreCell(value: CellInput): ScoreValue | InvalidScore {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'score', value } : { kind: 'invalid', text: String(value) };
  const text = canonicalText(value);
  if (text === '') return { kind: 'empty' };
  if (isNoAnswerMark(text)) return { kind: 'no-answer' };
  const number = numberFromText(text);
  return number === undefined ? { kind: 'invalid', text } : { kind: 'score', value: number };
}

/** An error-code cell: empty, a number as typed, or text that is not a number. */
export function parseErrorCodeCell(value: CellInput): number | null | InvalidErrorCode {
  if (typeof value === 'number') return Number.isFinite(value) ? value : { invalid: String(value) };
  const text = canonicalText(value);
  if (text === '') return null;
  if (INTEGER_TEXT.test(text)) return Number(text.replace(',', '.'));
  return { invalid: text };
}

/** A numeric prefilled cell (variant, maximum): its number, or NaN when it no longer holds one. */
export function parseNumberCell(value: CellInput): number {
  if (typeof value === 'number') return value;
  const number = numberFromText(canonicalText(value));
  return number === undefined ? Number.NaN : number;
}
