/**
 * Checking one protocol file: that it is a protocol of this format, that its prefilled data is intact
 * (checksum always; signature with the coordinator's secret), and the per-row rules. `complete` means the
 * protocol can be merged as it is.
 */
import { canonicalDocument, canonicalRow, hmacSha256Hex, sha256Hex, type CanonicalRow } from './canonical';
import { checkProtocolRows, rowProblem, workLabel } from './checkRows';
import { PREFILLED_KEYS, PROTOCOL_COLUMNS } from './layout';
import { readProtocolWorkbook } from './readWorkbook';
import {
  type PrefilledRow,
  type ProtocolCheck,
  type ProtocolIdentity,
  type ProtocolMeta,
  type ProtocolProblem,
  type ProtocolRow,
  type ReadProtocol,
} from './types';

export async function checkProtocol(bytes: Uint8Array, options: { secret?: string } = {}): Promise<ProtocolCheck> {
  const read = await readProtocolWorkbook(bytes);
  if (!read.ok) {
    return {
      complete: false,
      readable: false,
      works: 0,
      rows: 0,
      problems: [{ cell: '', work: '', task: '', ...read.failure }],
    };
  }
  const { protocol } = read;
  const problems = [...(await integrityProblems(protocol, options.secret)), ...checkProtocolRows(protocol.rows)];
  problems.sort(byPlace);
  return {
    complete: problems.length === 0,
    readable: true,
    works: new Set(protocol.rows.map((row) => workLabel(row.schoolCode, row.workCode))).size,
    rows: protocol.rows.length,
    problems,
  };
}

const COLUMN_ORDER = 'ABCDEFGHIJ';

function byPlace(a: ProtocolProblem, b: ProtocolProblem): number {
  const rowA = a.row ?? 0;
  const rowB = b.row ?? 0;
  if (rowA !== rowB) return rowA - rowB;
  const column = (problem: ProtocolProblem): number => COLUMN_ORDER.indexOf(problem.cell.slice(problem.cell.indexOf('!') + 1, problem.cell.indexOf('!') + 2));
  return column(a) - column(b);
}

export function identityOfMeta(meta: ProtocolMeta): ProtocolIdentity {
  return {
    formatVersion: meta.formatVersion,
    packageId: meta.packageId,
    expert: meta.expert,
    subject: meta.subject,
    grade: meta.grade,
    createdAt: meta.createdAt,
  };
}

/**
 * Checksum (always) and signature (with the secret) over the prefilled data as it is now: the edited locked cells
 * (or `checksum-mismatch`), else `signature-mismatch`, else nothing. The merge tells `tampered` from `foreign` by it.
 */
export async function integrityProblems(protocol: ReadProtocol, secret: string | undefined): Promise<ProtocolProblem[]> {
  // One canonical text for both, as prefilledDigest and signPrefilled would each build it (bench:merge: 100 × 600 rows).
  const canonical = canonicalDocument({ identity: identityOfMeta(protocol.meta), rows: protocol.rows.map((row) => row.prefilled) });
  const checksum = await sha256Hex(canonical);
  if (checksum !== protocol.meta.checksum) {
    const changes = lockedChanges(protocol.rows, protocol.originals);
    return changes.length > 0 ? changes : [wholeWorkbookProblem('checksum-mismatch')];
  }
  if (secret) {
    const signature = await hmacSha256Hex(secret, canonical);
    if (signature !== protocol.meta.signature) return [wholeWorkbookProblem('signature-mismatch')];
  }
  return [];
}

function wholeWorkbookProblem(problem: 'checksum-mismatch' | 'signature-mismatch'): ProtocolProblem {
  return { cell: '', work: '', task: '', problem };
}

function keyOf(row: CanonicalRow): string {
  return JSON.stringify([row[0], row[1], row[3]]);
}

/**
 * Which locked cells differ from the originals kept on the hidden sheet: rows are matched by work and task
 * first (a sorted sheet still matches), then by position; what is left over was added or deleted.
 */
function lockedChanges(rows: readonly ProtocolRow[], originals: ReadonlyArray<PrefilledRow & { row: number }>): ProtocolProblem[] {
  const problems: ProtocolProblem[] = [];
  const pending = new Map<string, Array<{ row: number; values: CanonicalRow }>>();
  for (const original of originals) {
    const values = canonicalRow(original);
    const key = keyOf(values);
    pending.set(key, [...(pending.get(key) ?? []), { row: original.row, values }]);
  }
  const unmatched: Array<{ row: ProtocolRow; values: CanonicalRow }> = [];
  for (const row of rows) {
    const values = canonicalRow(row.prefilled);
    const candidates = pending.get(keyOf(values));
    if (!candidates || candidates.length === 0) {
      unmatched.push({ row, values });
      continue;
    }
    const index = Math.max(0, candidates.findIndex((candidate) => candidate.row === row.row));
    const [original] = candidates.splice(index, 1);
    problems.push(...cellChanges(row, original.values, values));
  }
  const leftovers = new Map<number, CanonicalRow>();
  for (const candidates of pending.values()) for (const candidate of candidates) leftovers.set(candidate.row, candidate.values);
  for (const { row, values } of unmatched) {
    const original = leftovers.get(row.row);
    if (original) {
      leftovers.delete(row.row);
      problems.push(...cellChanges(row, original, values));
    } else {
      problems.push(rowProblem(row, 'schoolCode', { problem: 'protocol-row-added' }));
    }
  }
  for (const [rowNumber, values] of leftovers) {
    problems.push({
      cell: '',
      work: workLabel(values[0], values[1]),
      task: values[3],
      problem: 'protocol-row-deleted',
      deletedWork: workLabel(values[0], values[1]),
      deletedTask: values[3],
      originalRow: rowNumber,
      row: rowNumber,
    });
  }
  return problems;
}

function cellChanges(row: ProtocolRow, original: CanonicalRow, now: CanonicalRow): ProtocolProblem[] {
  const problems: ProtocolProblem[] = [];
  PREFILLED_KEYS.forEach((key, index) => {
    if (original[index] === now[index]) return;
    problems.push(
      rowProblem({ row: row.row, schoolCode: original[0], workCode: original[1], task: original[3] }, key, {
        problem: 'locked-cell-edited',
        column: PROTOCOL_COLUMNS[key].header,
        original: original[index],
        value: now[index],
      }),
    );
  });
  return problems;
}
