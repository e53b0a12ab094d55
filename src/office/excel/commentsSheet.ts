/**
 * The `Комментарии` sheet through Office.js, for the live checks (issue 12): its task rows read in one range, and
 * changes on it heard. Pure conversion (`commentRowsFromValues`) apart from the one Excel call.
 *
 *     action               syncs
 *     readCommentRows      1
 *     subscribeToComments  1   (one more to remove)
 */
import { COMMENT_COLUMNS, PROTOCOL_SHEETS, type CellInput } from '../../engine';
import type { Unsubscribe } from './events';
import { failure, failureFromError, type ExcelResult } from './failures';
import { checkRequirements } from './requirements';

/** A task row of the sheet: its task, whether it is marked hardest (+), and the reason written for it. */
export interface CommentRow {
  /** The sheet row. */
  row: number;
  task: string;
  hardest: boolean;
  reasons: string;
}

/** Columns A (variants) to D (reasons): all the check needs. */
const COMMENT_RANGE = `${COMMENT_COLUMNS.variants.letter}:${COMMENT_COLUMNS.reasons.letter}`;

function text(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
}

const index = (key: keyof typeof COMMENT_COLUMNS): number => COMMENT_COLUMNS[key].letter.charCodeAt(0) - 65;

/** Task rows from the values of sheet rows `firstRow…` (each array from column A); the header and general rows are not tasks. */
export function commentRowsFromValues(values: readonly (readonly CellInput[])[], firstRow: number): CommentRow[] {
  const rows: CommentRow[] = [];
  values.forEach((line, offset) => {
    const row = firstRow + offset;
    const task = text(line[index('task')]);
    // A task row lists variants in A («1, 2»); the general rows below carry a label there, merged across A:B, and
    // their text merged across C:F — not a «+».
    if (row < 2 || task === '' || /\p{L}/u.test(text(line[index('variants')]))) return;
    rows.push({ row, task, hardest: text(line[index('hardest')]) !== '', reasons: text(line[index('reasons')]) });
  });
  return rows;
}

/** The sheet's task rows; an empty list when the workbook has no such sheet (an older protocol). One sync. */
export async function readCommentRows(): Promise<ExcelResult<CommentRow[]>> {
  const ready = checkRequirements();
  if (!ready.ok) return ready;
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(PROTOCOL_SHEETS.comments);
      const range = sheet.getRange(COMMENT_RANGE).getUsedRangeOrNullObject(true);
      range.load('values, rowIndex, columnIndex');
      await context.sync();
      if (sheet.isNullObject || range.isNullObject) return { ok: true, value: [] };
      const pad: CellInput[] = new Array<CellInput>(range.columnIndex).fill(null);
      const values = (range.values as CellInput[][]).map((line) => [...pad, ...line]);
      return { ok: true, value: commentRowsFromValues(values, range.rowIndex + 1) };
    });
  } catch (error) {
    return failureFromError(error);
  }
}

/** Calls `onChange` after every edit on `Комментарии`. Resolves with the way to stop. */
export async function subscribeToComments(onChange: () => void): Promise<ExcelResult<Unsubscribe>> {
  const ready = checkRequirements();
  if (!ready.ok) return ready;
  try {
    const handler = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.getItem(PROTOCOL_SHEETS.comments).onChanged.add(async () => onChange());
      await context.sync();
      return added;
    });
    return {
      ok: true,
      value: async () => {
        try {
          await Excel.run(handler.context, async (context) => {
            handler.remove();
            await context.sync();
          });
        } catch {
          // The workbook is closing.
        }
      },
    };
  } catch (error) {
    const result = failureFromError(error);
    return result.code === 'ItemNotFound' ? failure('no-protocol-sheet', { sheet: PROTOCOL_SHEETS.comments }, result.code) : result;
  }
}
