/**
 * The `Протокол` grid as Office.js returns it (a 2-D array of values) turned into the engine's protocol rows
 * (the hidden sheet's key/value block is read by the engine's `readMetaBlock`). Pure: no `Excel` here, so the same
 * code is tested without a host.
 */
import {
  columnLetters,
  columnNumber,
  PROTOCOL_COLUMNS,
  protocolRowFromCells,
  type CellInput,
  type ProtocolColumnKey,
  type ProtocolRow,
} from '../../engine';

const KEYS = Object.keys(PROTOCOL_COLUMNS) as ProtocolColumnKey[];

/** Where the columns are (found by header text, the built position otherwise) and how far the grid goes. */
export interface GridLayout {
  /** 1-based sheet column of each column key. */
  columns: Record<ProtocolColumnKey, number>;
  /** The last column to read (1-based). */
  width: number;
  /** The last sheet row that holds anything in the grid's columns (1 when only the header is there). */
  lastRow: number;
}

/** The columns of a fresh protocol: A–J. */
export const BUILT_WIDTH = Math.max(...KEYS.map((key) => columnNumber(PROTOCOL_COLUMNS[key].letter)));
/** `A:J`: the grid's columns, the bound of every read. */
export const GRID_COLUMNS = `A:${columnLetters(BUILT_WIDTH)}`;

function text(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The layout from the header row (sheet row 1, from column A); unknown headers keep the built position. */
export function layoutFromHeader(header: readonly CellInput[], lastRow: number): GridLayout {
  const byTitle = new Map<string, number>();
  header.forEach((value, index) => {
    const title = text(value);
    if (title !== '' && !byTitle.has(title)) byTitle.set(title, index + 1);
  });
  const columns = {} as Record<ProtocolColumnKey, number>;
  for (const key of KEYS) columns[key] = byTitle.get(PROTOCOL_COLUMNS[key].header) ?? columnNumber(PROTOCOL_COLUMNS[key].letter);
  return { columns, width: Math.max(BUILT_WIDTH, ...Object.values(columns)), lastRow: Math.max(1, lastRow) };
}

/** A row counts when any cell but the computed difference holds something. */
function filled(cells: Record<ProtocolColumnKey, CellInput>): boolean {
  return KEYS.some((key) => key !== 'difference' && text(cells[key]) !== '');
}

/**
 * Protocol rows from the values of sheet rows `firstRow…` (each array starts at column A). Empty rows are
 * left out; rows are numbered as on the sheet.
 */
export function rowsFromValues(values: readonly (readonly CellInput[])[], firstRow: number, layout: GridLayout): ProtocolRow[] {
  const rows: ProtocolRow[] = [];
  values.forEach((line, index) => {
    const row = firstRow + index;
    if (row < 2) return;
    const cells = {} as Record<ProtocolColumnKey, CellInput>;
    for (const key of KEYS) {
      const value = line[layout.columns[key] - 1];
      cells[key] = value === '' ? null : value;
    }
    if (filled(cells)) rows.push(protocolRowFromCells(row, cells));
  });
  return rows;
}
