/**
 * The expert view's picture of the protocol: the grid's rows by sheet row, the problems of each row (the
 * engine's `checkProtocolRows`, re-run for exactly the rows that changed), the current row, the last full check
 * and the completion time. A reducer: pure, so every transition is tested without Excel.
 */
import { checkProtocolRows, type ProtocolProblem, type ProtocolRow } from '../../engine';
import type { ExcelFailure, GridLayout, OpenedProtocol, ProtocolMetaValues } from '../../office/excel';
import type { CommentHint } from './commentHints';

export interface FullCheck {
  rows: number;
  works: number;
  problems: number;
}

export interface ProtocolState {
  meta: ProtocolMetaValues;
  layout: GridLayout;
  rows: ReadonlyMap<number, ProtocolRow>;
  problems: ReadonlyMap<number, readonly ProtocolProblem[]>;
  currentRow: number | null;
  /** The last failure of an Excel call, shown until the next success. */
  failure: ExcelFailure | null;
  /** The last «Проверить протокол», cleared by any change. */
  check: FullCheck | null;
  completedAt: string | null;
  /** The completion mark cleared because the protocol was edited after «Завершить»: the time it had. */
  completionCleared: string | null;
  /** Hints from the `Комментарии` sheet (not problems: finishing does not wait for them). */
  commentHints: readonly CommentHint[];
}

export type ProtocolAction =
  | { type: 'rows'; first: number; last: number; rows: ProtocolRow[] }
  | { type: 'grid'; layout: GridLayout; rows: ProtocolRow[]; checked?: boolean }
  | { type: 'current'; row: number | null }
  | { type: 'failure'; failure: ExcelFailure | null }
  | { type: 'completed'; at: string }
  | { type: 'completion-cleared'; at: string }
  | { type: 'comment-hints'; hints: readonly CommentHint[] };

function problemsByRow(rows: Iterable<ProtocolRow>): Map<number, ProtocolProblem[]> {
  const byRow = new Map<number, ProtocolProblem[]>();
  for (const problem of checkProtocolRows([...rows])) {
    const row = problem.row ?? 0;
    byRow.set(row, [...(byRow.get(row) ?? []), problem]);
  }
  return byRow;
}

function fullCheckOf(rows: ReadonlyMap<number, ProtocolRow>, problems: ReadonlyMap<number, readonly ProtocolProblem[]>): FullCheck {
  let count = 0;
  for (const list of problems.values()) count += list.length;
  const works = new Set([...rows.values()].map((row) => `${row.schoolCode}/${row.workCode}`)).size;
  return { rows: rows.size, works, problems: count };
}

export function initialProtocolState(opened: OpenedProtocol): ProtocolState {
  const rows = new Map(opened.rows.map((row) => [row.row, row]));
  return {
    meta: opened.meta,
    layout: opened.layout,
    rows,
    problems: problemsByRow(rows.values()),
    currentRow: null,
    failure: null,
    check: null,
    completedAt: opened.meta.completedAt,
    completionCleared: null,
    commentHints: [],
  };
}

export function protocolReducer(state: ProtocolState, action: ProtocolAction): ProtocolState {
  switch (action.type) {
    case 'rows': {
      const rows = new Map(state.rows);
      const problems = new Map(state.problems);
      for (let row = action.first; row <= action.last; row += 1) {
        rows.delete(row);
        problems.delete(row);
      }
      for (const row of action.rows) rows.set(row.row, row);
      for (const [row, list] of problemsByRow(action.rows)) problems.set(row, list);
      return { ...state, rows, problems, failure: null, check: null };
    }
    case 'grid': {
      const rows = new Map(action.rows.map((row) => [row.row, row]));
      const problems = problemsByRow(rows.values());
      return { ...state, layout: action.layout, rows, problems, failure: null, check: action.checked ? fullCheckOf(rows, problems) : null };
    }
    case 'current':
      return { ...state, currentRow: action.row };
    case 'failure':
      return { ...state, failure: action.failure };
    case 'completed':
      return { ...state, completedAt: action.at, completionCleared: null, failure: null };
    case 'completion-cleared':
      return { ...state, completedAt: null, completionCleared: action.at };
    case 'comment-hints':
      return { ...state, commentHints: action.hints };
  }
}

/** Every problem, in sheet order. */
export function allProblems(state: Pick<ProtocolState, 'problems'>): ProtocolProblem[] {
  return [...state.problems.entries()].sort(([a], [b]) => a - b).flatMap(([, list]) => list);
}
