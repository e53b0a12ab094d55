/**
 * What an expert wrote in a protocol, compared between two copies of one package: the expert's scores, codes
 * and explanations per work and task, and the Комментарии sheet. Identical copies merge once.
 */
import { canonicalScore, canonicalText } from '../protocol/canonical';
import { PROTOCOL_SHEETS, protocolCell } from '../protocol/layout';
import type { ProtocolRow, ReadProtocol } from '../protocol';

type Written = readonly [string, string, string];

function written(row: ProtocolRow): Written {
  const expert = row.expertScore.kind === 'invalid' ? row.expertScore.text : canonicalScore(row.expertScore);
  const code = row.errorCode === null ? '' : typeof row.errorCode === 'number' ? String(row.errorCode) : row.errorCode.invalid;
  return [expert, code, canonicalText(row.explanation)];
}

function rowKey(row: ProtocolRow): string {
  return JSON.stringify([row.schoolCode, row.workCode, row.task]);
}

const WRITTEN_COLUMNS = ['expertScore', 'errorCode', 'explanation'] as const;

function commentsText(protocol: ReadProtocol): string {
  const { tasks, generalOpinion, generalDifficulties } = protocol.comments;
  return JSON.stringify([tasks.map(({ row: _row, ...comment }) => comment), generalOpinion, generalDifficulties]);
}

/**
 * The cells of `copy` whose written values differ from `kept` (`Протокол!G5`…), and `Комментарии` when its
 * comments differ. Rows are matched by work and task, so a sorted copy compares equal.
 */
export function protocolDifferences(copy: ReadProtocol, kept: ReadProtocol): string[] {
  const keptRows = new Map(kept.rows.map((row) => [rowKey(row), row]));
  const differences: string[] = [];
  for (const row of copy.rows) {
    const other = keptRows.get(rowKey(row));
    if (!other) {
      differences.push(protocolCell('schoolCode', row.row));
      continue;
    }
    keptRows.delete(rowKey(row));
    const mine = written(row);
    const theirs = written(other);
    WRITTEN_COLUMNS.forEach((column, index) => {
      if (mine[index] !== theirs[index]) differences.push(protocolCell(column, row.row));
    });
  }
  for (const row of keptRows.values()) differences.push(protocolCell('schoolCode', row.row));
  if (commentsText(copy) !== commentsText(kept)) differences.push(PROTOCOL_SHEETS.comments);
  return differences;
}
