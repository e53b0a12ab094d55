/**
 * The `Протокол` grid as Office.js returns it (a 2-D array of values) turned into the engine's protocol rows,
 * and the hidden sheet's key/value block into the protocol's identity. Pure: no `Excel` here, so the same
 * code is tested without a host.
 */
import {
  META_KEYS,
  META_MARKER,
  columnLetters,
  columnNumber,
  PROTOCOL_COLUMNS,
  PROTOCOL_FORMAT_VERSION,
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

/** The protocol's identity and state, from the hidden sheet's key/value block. */
export interface ProtocolMetaValues {
  packageId: string;
  expert: string;
  subject: string;
  grade: number | null;
  createdAt: string;
  deadline: string | null;
  completedAt: string | null;
}

export type MetaReading =
  | { kind: 'protocol'; meta: ProtocolMetaValues; rowOf: Partial<Record<string, number>> }
  | { kind: 'not-a-protocol' }
  | { kind: 'wrong-version'; version: string };

/**
 * The key/value block (columns A and B from row 1, up to `originals`): whether it is a protocol of this
 * format, its values, and on which sheet row each key sits.
 */
export function readMetaBlock(values: readonly (readonly CellInput[])[]): MetaReading {
  const byKey = new Map<string, CellInput>();
  const rowOf: Partial<Record<string, number>> = {};
  for (const [index, line] of values.entries()) {
    const key = text(line[0]);
    if (key === META_KEYS.originals) break;
    if (key !== '' && !byKey.has(key)) {
      byKey.set(key, line[1]);
      rowOf[key] = index + 1;
    }
  }
  if (text(byKey.get(META_KEYS.format)) !== META_MARKER) return { kind: 'not-a-protocol' };
  const version = text(byKey.get(META_KEYS.formatVersion));
  if (Number(version) !== PROTOCOL_FORMAT_VERSION) return { kind: 'wrong-version', version: version || '?' };
  const optional = (key: string): string | null => text(byKey.get(key)) || null;
  const grade = Number(text(byKey.get(META_KEYS.grade)));
  return {
    kind: 'protocol',
    meta: {
      packageId: text(byKey.get(META_KEYS.packageId)),
      expert: text(byKey.get(META_KEYS.expert)),
      subject: text(byKey.get(META_KEYS.subject)),
      grade: Number.isFinite(grade) && grade > 0 ? grade : null,
      createdAt: text(byKey.get(META_KEYS.createdAt)),
      deadline: optional(META_KEYS.deadline),
      completedAt: optional(META_KEYS.completedAt),
    },
    rowOf,
  };
}

/** The sheet row of the first empty key line of the block (before `originals`), for a key that is missing. */
export function firstFreeMetaRow(values: readonly (readonly CellInput[])[]): number | null {
  for (const [index, line] of values.entries()) {
    const key = text(line[0]);
    if (key === META_KEYS.originals) return null;
    if (key === '' && text(line[1]) === '') return index + 1;
  }
  return null;
}
