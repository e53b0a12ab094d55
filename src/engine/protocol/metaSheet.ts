/**
 * The protocol's hidden sheet, read the same way by the engine (ExcelJS) and the add-in (Office.js): which
 * sheet it is, and its key/value block (column A keys, column B values, from row 1 up to `originals`).
 *
 * The sheet is recognised by its marker (A1 `format`, B1 `recheck-protocol`), not by its name: a sheet
 * renamed in Excel stays the protocol's. Several marked sheets (a copy): the one still named `recheck`, then the
 * most hidden, then workbook order.
 */
import { META_KEYS, META_MARKER, PROTOCOL_SHEETS } from './layout';
import { READABLE_PROTOCOL_VERSIONS, type CellInput, type ProtocolReviewMeta } from './types';

/** What is known of a sheet before its block is read: name, visibility, and its first row (A1, B1). */
export interface MetaSheetCandidate {
  name: string;
  /** `visible`, `hidden`, `veryHidden` (ExcelJS and Office.js spell them alike). */
  visibility: string;
  a1: CellInput;
  b1: CellInput;
}

function text(value: CellInput): string {
  return value === null || value === undefined ? '' : String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function hasMetaMarker(candidate: Pick<MetaSheetCandidate, 'a1' | 'b1'>): boolean {
  return text(candidate.a1) === META_KEYS.format && text(candidate.b1) === META_MARKER;
}

/** The block's rows the readers look at (14 keys today, then `originals`). */
export const META_BLOCK_ROWS = 40;

const HIDDEN_RANK: Record<string, number> = { veryHidden: 0, hidden: 1 };

/** The index of the protocol's hidden sheet among `candidates`, or -1 when none carries the marker. */
export function pickMetaSheet(candidates: readonly MetaSheetCandidate[]): number {
  let best = -1;
  const rank = (c: MetaSheetCandidate): number[] => [c.name === PROTOCOL_SHEETS.meta ? 0 : 1, HIDDEN_RANK[c.visibility] ?? 2];
  for (const [index, candidate] of candidates.entries()) {
    if (!hasMetaMarker(candidate)) continue;
    if (best < 0) {
      best = index;
      continue;
    }
    const [a, b] = [rank(candidate), rank(candidates[best])];
    if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = index;
  }
  return best;
}

/** The protocol's identity and state, from the hidden sheet's key/value block. */
export interface ProtocolMetaValues extends ProtocolReviewMeta {
  grade: number | null;
  deadline: string | null;
  completedAt: string | null;
}

export type MetaReading =
  | {
      kind: 'protocol';
      meta: ProtocolMetaValues;
      /** Every key's raw value, first occurrence. */
      values: Map<string, CellInput>;
      /** The sheet row each key sits on. */
      rowOf: Partial<Record<string, number>>;
    }
  | { kind: 'not-a-protocol' }
  | { kind: 'wrong-version'; version: string };

/**
 * The key/value block (columns A and B from row 1, up to `originals`): whether it is a protocol of a format
 * this version reads (1 or 2), its values, and on which sheet row each key sits.
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
  const formatVersion = READABLE_PROTOCOL_VERSIONS.find((known) => known === Number(version));
  if (formatVersion === undefined) return { kind: 'wrong-version', version: version || '?' };
  const optional = (key: string): string | null => text(byKey.get(key)) || null;
  const grade = Number(text(byKey.get(META_KEYS.grade)));
  const round = Number(text(byKey.get(META_KEYS.round)));
  return {
    kind: 'protocol',
    meta: {
      formatVersion,
      packageId: text(byKey.get(META_KEYS.packageId)),
      round: formatVersion >= 2 && Number.isInteger(round) && round > 0 ? round : 1,
      reviewer: formatVersion >= 2 && text(byKey.get(META_KEYS.reviewer)) === 'commission' ? 'commission' : 'expert',
      expert: text(byKey.get(META_KEYS.expert)),
      subject: text(byKey.get(META_KEYS.subject)),
      grade: Number.isFinite(grade) && grade > 0 ? grade : null,
      createdAt: text(byKey.get(META_KEYS.createdAt)),
      deadline: optional(META_KEYS.deadline),
      completedAt: optional(META_KEYS.completedAt),
    },
    values: byKey,
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

