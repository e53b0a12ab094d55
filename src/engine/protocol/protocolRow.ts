import { canonicalText } from './canonical';
import { parseErrorCodeCell, parseNumberCell, parseScoreCell } from './cellValues';
import type { ProtocolColumnKey } from './layout';
import type { CellInput, PrefilledRow, ProtocolRow } from './types';

/**
 * A protocol row from its cell values (by column key). The add-in builds rows this way from Office.js
 * values to re-check edited rows live with `checkProtocolRows`.
 */
export function protocolRowFromCells(row: number, cells: Partial<Record<ProtocolColumnKey, CellInput>>): ProtocolRow {
  const prefilled: PrefilledRow = {
    schoolCode: cells.schoolCode ?? null,
    workCode: cells.workCode ?? null,
    variant: cells.variant ?? null,
    task: cells.task ?? null,
    max: cells.max ?? null,
    schoolScore: cells.schoolScore ?? null,
  };
  const schoolScore = parseScoreCell(prefilled.schoolScore as CellInput);
  return {
    row,
    schoolCode: canonicalText(prefilled.schoolCode as CellInput),
    workCode: canonicalText(prefilled.workCode as CellInput),
    variant: parseNumberCell(prefilled.variant as CellInput),
    task: canonicalText(prefilled.task as CellInput),
    max: parseNumberCell(prefilled.max as CellInput),
    schoolScore: schoolScore.kind === 'invalid' ? { kind: 'empty' } : schoolScore,
    expertScore: parseScoreCell(cells.expertScore ?? null),
    errorCode: parseErrorCodeCell(cells.errorCode ?? null),
    explanation: canonicalText(cells.explanation ?? null),
    prefilled,
  };
}
