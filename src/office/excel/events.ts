/**
 * Worksheet events of `Протокол` (ExcelApi 1.7): a selection moved, cells changed. The pane is told the
 * address only; it re-reads what it needs with `readProtocolRows` — the same path for a typed cell and a
 * pasted block, because a paste (multi-cell change) carries no `details`.
 *
 * `onSelectionChanged` has a history of not firing on some hosts: the pane also offers «Показать работу
 * текущей строки» (`readCurrentRow`).
 */
import { PROTOCOL_SHEETS } from '../../engine';
import { failure, failureFromError, type ExcelResult } from './failures';
import { checkRequirements } from './requirements';

/** Changes that shift rows: the grid must be read again as a whole. */
const SHIFTING_CHANGES = new Set(['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted']);

export interface ProtocolChange {
  /** The changed area without the sheet, e.g. `G12` or `G3:I9`. */
  address: string;
  /** Rows or cells were inserted or deleted: positions moved, read the whole grid. */
  shifted: boolean;
  /** Whether the host sent `details` (a single typed cell); a paste does not. Informational only. */
  withDetails: boolean;
}

export interface ProtocolEventHandlers {
  onSelection(address: string): void;
  onChange(change: ProtocolChange): void;
}

/** Stops listening. Never throws. */
export type Unsubscribe = () => Promise<void>;

/** Listens to the `Протокол` sheet (or `sheetName`: the cross-check's `Проверка`). One sync to register, one to remove. */
export async function subscribeToProtocol(handlers: ProtocolEventHandlers, sheetName: string = PROTOCOL_SHEETS.protocol): Promise<ExcelResult<Unsubscribe>> {
  const ready = checkRequirements();
  if (!ready.ok) return ready;
  try {
    const registered = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const selection = sheet.onSelectionChanged.add(async (event) => {
        handlers.onSelection(event.address);
      });
      const change = sheet.onChanged.add(async (event) => {
        handlers.onChange({
          address: event.address,
          shifted: SHIFTING_CHANGES.has(String(event.changeType)),
          withDetails: event.details !== undefined && event.details !== null,
        });
      });
      await context.sync();
      return [selection, change];
    });
    const unsubscribe: Unsubscribe = async () => {
      try {
        await Excel.run(registered[0].context, async (context) => {
          for (const handler of registered) handler.remove();
          await context.sync();
        });
      } catch {
        // The workbook is closing or the host went away: nothing left to listen to.
      }
    };
    return { ok: true, value: unsubscribe };
  } catch (error) {
    const result = failureFromError(error);
    return result.code === 'ItemNotFound' ? failure('no-protocol-sheet', { sheet: sheetName }, result.code) : result;
  }
}
