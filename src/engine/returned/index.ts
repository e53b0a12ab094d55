/**
 * Returned protocols (issue 9): a workbook per school and test for each municipality, the municipal summary and
 * the cover letter; reading the schools' «Причины и меры» back.
 */
export { returnProtocols, municipalityZip, safeFileName, type ReturnedFile, type ReturnedMunicipality, type ReturnedSchool, type ReturnInput, type ReturnOptions, type ReturnResult } from './returnProtocols';
export { buildReturnedWorkbook } from './buildReturnedWorkbook';
export { schoolReturns } from './schoolReturns';
export { readReturnedWorkbook, type ReturnedReading } from './readReturnedWorkbook';
export { hasReturnedMarker, readReturnedMeta, schoolAnswers, type ReturnedMeta, type SchoolAnswer } from './returnedMeta';
export { answersRows, readSchoolAnswers, type SchoolAnswers } from './answersSummary';
export { errorCodeText, flaggedTask } from './answerItems';
export { ANSWER_COLUMNS, RETURNED_MARKER, RETURNED_META_KEYS, RETURNED_SHEETS } from './layout';
export { answerRowsOf, excelSerialDate, isAnswered, returnedTotals, type AnswerRow, type ReturnedTotals, type ReturnedTotalsLine } from './returnedView';
export { LETTER_FILE, SUMMARY_FILE } from './coverLetter';
export type { AnswerItem, ReturnedTask, ReturnedTaskSummary, ReturnedWork, SchoolReturn, WorkOutcome } from './types';
