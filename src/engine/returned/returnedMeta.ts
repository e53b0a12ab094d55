/**
 * Reading a returned workbook's hidden sheet and its answers from plain cell values, the same way for the engine
 * (ExcelJS) and the add-in (Office.js): what the add-in and `recheck merge --answers` recognise.
 */
import type { CellInput } from '../protocol/types';
import { RETURNED_MARKER, RETURNED_META_KEYS } from './layout';
import { answerRowsOf, isAnswered, type AnswerRow } from './returnedView';

function text(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function hasReturnedMarker(a1: CellInput, b1: CellInput): boolean {
  return text(a1) === RETURNED_META_KEYS.format && text(b1) === RETURNED_MARKER;
}

export interface ReturnedMeta {
  municipality: string;
  school: string;
  schoolCode: string;
  subject: string;
  grade: number;
  received: string;
  reportDue: string;
  answersFirstRow: number;
  answersLastRow: number;
}

/** The hidden sheet's key/value block (columns A and B from row 1), or null when it is not a returned workbook. */
export function readReturnedMeta(values: readonly (readonly CellInput[])[]): ReturnedMeta | null {
  const byKey = new Map<string, CellInput>();
  for (const line of values) if (text(line[0]) !== '' && !byKey.has(text(line[0]))) byKey.set(text(line[0]), line[1] ?? null);
  if (text(byKey.get(RETURNED_META_KEYS.format) ?? null) !== RETURNED_MARKER) return null;
  const get = (key: string): string => text(byKey.get(key) ?? null);
  const first = Number(get(RETURNED_META_KEYS.answersFirstRow));
  const last = Number(get(RETURNED_META_KEYS.answersLastRow));
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first) return null;
  return {
    municipality: get(RETURNED_META_KEYS.municipality),
    school: get(RETURNED_META_KEYS.school),
    schoolCode: get(RETURNED_META_KEYS.schoolCode),
    subject: get(RETURNED_META_KEYS.subject),
    grade: Number(get(RETURNED_META_KEYS.grade)) || 0,
    received: get(RETURNED_META_KEYS.received),
    reportDue: get(RETURNED_META_KEYS.reportDue),
    answersFirstRow: first,
    answersLastRow: last,
  };
}

/** The rows of «Причины и меры» (columns A–G from `meta.answersFirstRow`) the school wrote something in. */
export function schoolAnswers(rows: readonly (readonly CellInput[])[], meta: Pick<ReturnedMeta, 'answersFirstRow'>): AnswerRow[] {
  return answerRowsOf(rows, meta.answersFirstRow).filter(isAnswered);
}

/** One filled row of «Причины и меры». */
export type SchoolAnswer = AnswerRow;
