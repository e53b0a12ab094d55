/**
 * A task score as schools and experts write it. `X` (Latin or Cyrillic Х) means "no answer": it counts as 0
 * in totals but is not the same as a written 0. Empty means not filled in.
 */
export type ScoreValue =
  | { kind: 'score'; value: number }
  | { kind: 'no-answer' }
  | { kind: 'empty' };

/** A task of a test and its maximum, as found in a score sheet header: `4К1 (3б)` → { task: '4К1', max: 3 }. */
export interface Task {
  /** Normalised task label: Cyrillic К for criteria, no spaces: '1', '4К1', '9.1', '11.3К1'. */
  task: string;
  max: number;
}

export function scoreTotal(value: ScoreValue): number {
  return value.kind === 'score' ? value.value : 0;
}

/** Writes a score back the way people type it: a number, `X`, or nothing. */
export function formatScore(value: ScoreValue): string {
  switch (value.kind) {
    case 'score':
      return String(value.value);
    case 'no-answer':
      return NO_ANSWER_MARK;
    case 'empty':
      return '';
  }
}

/**
 * Whether two scorings of a task differ, the rule the whole protocol turns on: points are compared, so `X` and
 * `0` agree (both give no points); an empty score is not a scoring and differs from nothing.
 */
export function scoresDiffer(a: ScoreValue, b: ScoreValue): boolean {
  if (a.kind === 'empty' || b.kind === 'empty') return false;
  return scoreTotal(a) !== scoreTotal(b);
}

/** How a missing answer is written back: Latin capital X. */
export const NO_ANSWER_MARK = 'X';

/**
 * The letters that mean "no answer" in a score cell: Latin X and Cyrillic Х. The engine accepts either case;
 * the sheet's own formulas compare text as Excel does, case-insensitively.
 */
export const NO_ANSWER_LETTERS = ['X', 'Х'] as const;

/** Whether a score cell's text (already trimmed) is the no-answer mark: X, x, Х or х. */
export function isNoAnswerMark(text: string): boolean {
  return NO_ANSWER_LETTERS.some((letter) => text === letter || text === letter.toLowerCase());
}

/** The same rule as a spreadsheet formula over one cell: `OR(G2="X",G2="Х")`. */
export function noAnswerFormula(cell: string): string {
  return `OR(${NO_ANSWER_LETTERS.map((letter) => `${cell}="${letter}"`).join(',')})`;
}
