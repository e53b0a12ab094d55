/**
 * The schools' score sheets (ФИС ОКО «форма сбора результатов»): bytes of an `.xlsx` in, participant rows out.
 * See readScoreSheet.ts for how the table is found, headers.ts for what a header means, cells.ts for what a
 * cell holds, workbookKind.ts for telling an old `.xls` from a password-protected `.xlsx`.
 */
export { readScoreSheet, cellReference, HEADER_SEARCH_ROWS } from './readScoreSheet';
export { parseTaskHeader, classifyHeader, normaliseHeader, type ColumnRole } from './headers';
export { parseScoreCell, parseCode, parseVariant, isAbsentMarker } from './cells';
export { workbookKind, isOldExcel, isEncryptedWorkbook, type WorkbookKind } from './workbookKind';
export type { SheetSource, SheetRow, ScoreSheet, ScoreSheetResult } from './types';
