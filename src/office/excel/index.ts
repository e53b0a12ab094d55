/**
 * The Excel adapter for the expert's protocol: the only code that names `Excel.*` for protocol work. The pane
 * gets plain data and typed failures (`ExcelResult`) with Russian messages, never a raw throw.
 */
export { rowsOfAddress, sheetOf, withoutSheet, type AddressRows } from './addresses';
export { subscribeToProtocol, type ProtocolChange, type ProtocolEventHandlers, type Unsubscribe } from './events';
export type { ExcelFailure, ExcelProblem, ExcelResult } from './failures';
export { type GridLayout } from './protocolGrid';
export type { ProtocolMetaValues } from '../../engine';
export {
  openProtocol,
  readCurrentRow,
  readProtocolGrid,
  readProtocolRows,
  recordCompletion,
  selectProtocolCell,
  type CurrentRow,
  type OpenedProtocol,
  type RowsUpdate,
} from './protocolWorkbook';
export { checkRequirements, REQUIREMENTS, type Requirement } from './requirements';
export { readOpenForm, writeFormScores, WRITE_BLOCK, type OpenForm, type ScoreWrite } from './crossForm';
export { firstRowOf, readCheckRow, type CheckSheetRow } from './crossCheckSheet';
export { editWorkPages, type WorkPagesAction } from './checkRowEdits';
export { chartImages, type ChartImage } from './summaryCharts';
export { SUMMARY_SHEET_NAMES, writeSummary, type WrittenSummary } from './summarySheets';
export { checkSummaryRequirements, SUMMARY_REQUIREMENTS } from './summaryRequirements';
// Issue 9: the school's returned workbook.
export { openReturnedWorkbook, writeSchoolAnswer, type AnswerInput, type OpenedReturned } from './returnedWorkbook';
// Issue 12: «По заданиям» (the Протокол table filtered to one task), the Комментарии sheet, clearing completion.
export { commentRowsFromValues, readCommentRows, subscribeToComments, type CommentRow } from './commentsSheet';
export { clearCompletion } from './protocolWorkbook';
export { restoreTaskFilter, showOnlyTask } from './taskOrder';
export { restoreFilterPlan, rowsOfTask, sameTaskRow, tasksInOrder, type FilterRestore, type SavedFilter } from './taskOrderPlan';
