/**
 * The live check of the `Комментарии` sheet (issue 12): a task marked hardest for pupils (+) deserves a reason
 * («Возможные причины затруднений»). A hint, not a blocker: «Завершить» does not wait for it. Pure.
 */
import { COMMENT_COLUMNS, PROTOCOL_SHEETS } from '../../engine';
import type { CommentRow } from '../../office/excel';

export interface CommentHint {
  row: number;
  task: string;
  /** Where the reason goes, e.g. `Комментарии!D7`. */
  cell: string;
}

export function hardestWithoutReason(rows: readonly CommentRow[]): CommentHint[] {
  return rows
    .filter((row) => row.hardest && row.reasons === '')
    .map((row) => ({ row: row.row, task: row.task, cell: `${PROTOCOL_SHEETS.comments}!${COMMENT_COLUMNS.reasons.letter}${row.row}` }));
}
