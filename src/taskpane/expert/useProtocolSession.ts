/**
 * The live protocol: listens to the `Протокол` sheet (selection → current row from memory, no Excel call;
 * change → the changed rows re-read in one batch and re-checked), and offers the expert's actions: show the
 * current row, go to a cell, previous/next work, full check, finish. Excel calls run one after another (a
 * queue), so a burst of edits never races.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { checkProtocolRows, PROTOCOL_SHEETS } from '../../engine';
import {
  clearCompletion,
  readCommentRows,
  subscribeToComments,
  readCurrentRow,
  readProtocolGrid,
  readProtocolRows,
  recordCompletion,
  rowsOfAddress,
  selectProtocolCell,
  subscribeToProtocol,
  type OpenedProtocol,
  type ProtocolChange,
} from '../../office/excel';
import { hardestWithoutReason } from './commentHints';
import { initialProtocolState, protocolReducer, type ProtocolState } from './protocolState';

export interface ProtocolSession {
  state: ProtocolState;
  /** «Показать работу текущей строки»: reads the active cell's row from Excel. */
  showCurrentRow(): Promise<void>;
  /** Selects a cell in Excel (a listed problem, the next work) and makes its row current. */
  goToCell(cell: string, row: number | null): Promise<void>;
  /** «Проверить протокол»: the whole grid read again and checked. Resolves with the number of problems (null: failed). */
  checkAll(): Promise<number | null>;
  /** «Завершить»: checks again and, when clean, records completion on the hidden sheet. */
  finish(): Promise<boolean>;
}

export function useProtocolSession(opened: OpenedProtocol): ProtocolSession {
  const [state, dispatch] = useReducer(protocolReducer, opened, initialProtocolState);
  const layout = useRef(state.layout);
  layout.current = state.layout;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const completedAt = useRef(state.completedAt);
  completedAt.current = state.completedAt;

  /** Runs Excel work after everything queued before it. */
  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  /** An edit after «Завершить»: the protocol is not finished any more, and the workbook must say so too. */
  const clearIfCompleted = useCallback(
    () =>
      enqueue(async () => {
        const at = completedAt.current;
        if (!at) return;
        completedAt.current = null;
        const cleared = await clearCompletion(opened.metaSheet);
        dispatch(cleared.ok ? { type: 'completion-cleared', at } : { type: 'failure', failure: cleared });
      }),
    [enqueue, opened.metaSheet],
  );

  const rereadComments = useCallback(
    () =>
      enqueue(async () => {
        const comments = await readCommentRows();
        if (comments.ok) dispatch({ type: 'comment-hints', hints: hardestWithoutReason(comments.value) });
      }),
    [enqueue],
  );

  const reread = useCallback(
    (change: ProtocolChange) =>
      enqueue(async () => {
        if (change.shifted) {
          const grid = await readProtocolGrid();
          dispatch(grid.ok ? { type: 'grid', layout: grid.value.layout, rows: grid.value.rows } : { type: 'failure', failure: grid });
          return;
        }
        const update = await readProtocolRows(layout.current, change.address);
        dispatch(update.ok ? { type: 'rows', ...update.value } : { type: 'failure', failure: update });
      }),
    [enqueue],
  );

  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let active = true;
    void subscribeToProtocol({
      onSelection: (address) => {
        const rows = rowsOfAddress(address);
        if (rows && rows.first >= 2 && rows.first <= layout.current.lastRow) dispatch({ type: 'current', row: rows.first });
      },
      onChange: (change) => {
        void reread(change);
        void clearIfCompleted();
      },
    }).then((result) => {
      if (!result.ok) {
        if (active) dispatch({ type: 'failure', failure: result });
        return;
      }
      if (active) unsubscribe = result.value;
      else void result.value();
    });
    // The Комментарии sheet: read now and after each edit there (an older protocol without it gives no hints).
    let unsubscribeComments: (() => Promise<void>) | null = null;
    void rereadComments();
    void subscribeToComments(() => {
      void rereadComments();
      void clearIfCompleted();
    }).then((result) => {
      if (!result.ok) return;
      if (active) unsubscribeComments = result.value;
      else void result.value();
    });
    // Show the row the cursor is on when the pane opens, if it is on the grid; say nothing otherwise.
    void enqueue(async () => {
      const current = await readCurrentRow(layout.current);
      if (current.ok && active) {
        dispatch({ type: 'rows', first: current.value.row.row, last: current.value.row.row, rows: [current.value.row] });
        dispatch({ type: 'current', row: current.value.row.row });
      }
    });
    return () => {
      active = false;
      if (unsubscribe) void unsubscribe();
      if (unsubscribeComments) void unsubscribeComments();
    };
  }, [enqueue, reread, rereadComments, clearIfCompleted]);

  const showCurrentRow = useCallback(
    () =>
      enqueue(async () => {
        const current = await readCurrentRow(layout.current);
        if (!current.ok) {
          dispatch({ type: 'failure', failure: current });
          return;
        }
        dispatch({ type: 'rows', first: current.value.row.row, last: current.value.row.row, rows: [current.value.row] });
        dispatch({ type: 'current', row: current.value.row.row });
      }),
    [enqueue],
  );

  const goToCell = useCallback(
    (cell: string, row: number | null) =>
      enqueue(async () => {
        if (row !== null) dispatch({ type: 'current', row });
        const selected = await selectProtocolCell(cell);
        dispatch({ type: 'failure', failure: selected.ok ? null : selected });
      }),
    [enqueue],
  );

  const checkAll = useCallback(
    () =>
      enqueue(async () => {
        const grid = await readProtocolGrid();
        if (!grid.ok) {
          dispatch({ type: 'failure', failure: grid });
          return null;
        }
        dispatch({ type: 'grid', layout: grid.value.layout, rows: grid.value.rows, checked: true });
        return checkProtocolRows(grid.value.rows).length;
      }),
    [enqueue],
  );

  const finish = useCallback(async () => {
    const problems = await checkAll();
    if (problems !== 0) return false;
    return enqueue(async () => {
      const at = new Date().toISOString();
      const recorded = await recordCompletion(at, opened.metaSheet);
      if (recorded.ok) completedAt.current = at;
      dispatch(recorded.ok ? { type: 'completed', at } : { type: 'failure', failure: recorded });
      return recorded.ok;
    });
  }, [checkAll, enqueue, opened.metaSheet]);

  return { state, showCurrentRow, goToCell, checkAll, finish };
}

/** `Протокол!G12`. */
export function protocolCellAddress(column: string, row: number): string {
  return `${PROTOCOL_SHEETS.protocol}!${column}${row}`;
}
