/**
 * The per-row rules of a protocol (section 6 of the coordinator's issue), the same ones the sheet shows by
 * validation and conditional formatting: a score for every task, within 0…max or X; a code 1–7 exactly where
 * the school's and the expert's points differ; an explanation for codes 6 and 7.
 */
import type { ProblemFacts } from '../problems';
import { formatScore, scoresDiffer, type ScoreValue } from '../scores';
import { isErrorCode, needsExplanation } from './errorCodes';
import { protocolCell, type ProtocolColumnKey } from './layout';
import type { ProtocolProblem, ProtocolRow } from './types';

export function workLabel(schoolCode: string, workCode: string): string {
  return `${schoolCode}/${workCode}`;
}

export function rowProblem(
  row: Pick<ProtocolRow, 'row' | 'schoolCode' | 'workCode' | 'task'>,
  column: ProtocolColumnKey | null,
  facts: ProblemFacts,
): ProtocolProblem {
  return {
    cell: column ? protocolCell(column, row.row) : '',
    work: workLabel(row.schoolCode, row.workCode),
    task: row.task,
    ...facts,
    row: row.row,
  };
}

function maxText(max: number): number | undefined {
  return Number.isFinite(max) ? max : undefined;
}

/** The per-row rules alone, for the add-in to re-check changed rows live. */
export function checkProtocolRows(rows: readonly ProtocolRow[]): ProtocolProblem[] {
  const problems: ProtocolProblem[] = [];
  for (const row of rows) problems.push(...checkRow(row));
  return problems;
}

function checkRow(row: ProtocolRow): ProtocolProblem[] {
  const problems: ProtocolProblem[] = [];
  const max = maxText(row.max);
  const expert = row.expertScore;
  let judged: ScoreValue | undefined;

  if (expert.kind === 'empty') {
    problems.push(rowProblem(row, 'expertScore', { problem: 'missing-expert-score', max }));
  } else if (expert.kind === 'invalid') {
    problems.push(rowProblem(row, 'expertScore', { problem: 'invalid-expert-score', value: expert.text, max }));
  } else if (expert.kind === 'score' && !(Number.isInteger(expert.value) && expert.value >= 0 && (max === undefined || expert.value <= max))) {
    problems.push(rowProblem(row, 'expertScore', { problem: 'score-out-of-range', value: formatScore(expert), max }));
  } else {
    judged = expert;
  }

  const code = row.errorCode;
  let validCode: number | null = null;
  if (code !== null && typeof code === 'object') {
    problems.push(rowProblem(row, 'errorCode', { problem: 'invalid-error-code', value: code.invalid }));
  } else if (typeof code === 'number' && !(Number.isInteger(code) && isErrorCode(code))) {
    problems.push(rowProblem(row, 'errorCode', { problem: 'invalid-error-code', value: String(code) }));
  } else {
    validCode = code;
  }

  if (judged) {
    const differ = scoresDiffer(row.schoolScore, judged);
    if (differ && code === null) {
      problems.push(rowProblem(row, 'errorCode', { problem: 'difference-without-code' }));
    }
    if (!differ && code !== null) problems.push(rowProblem(row, 'errorCode', { problem: 'code-without-difference' }));
  } else if (expert.kind === 'empty' && code !== null) {
    problems.push(rowProblem(row, 'errorCode', { problem: 'code-without-difference' }));
  }

  if (validCode !== null && needsExplanation(validCode) && row.explanation.trim() === '') {
    problems.push(rowProblem(row, 'explanation', { problem: 'explanation-required', code: String(validCode) }));
  }
  return problems;
}
