/**
 * The engine's public surface: the task pane and the CLI import from here and nowhere deeper.
 * Pinned by test/engine/publicApi.test.ts.
 */
export { indexArchives, type IndexOptions, type IndexProgress } from './bank/indexArchives';
export { summariseBank, type SchoolSummary } from './bank/summariseBank';
export type { Bank, ClassroomWork, DocumentKind, PupilWork, SchoolDocument, Work, WorkKind } from './bank/types';
export { ArchiveUnreadableError, type ArchiveCodecs, type ArchiveInput } from './archive';
export type { PdfOpenCheck, PdfOpenVerdict, PdfTextReader } from './pdf';
export { linesOfTextItems, type PdfTextItem } from './pdf';
export { multiplyPdfMatrices, openScanPages, type PdfMatrix, type ScanImage, type ScanPageReader } from './pdf';
export type { CellShown, NonPdfKind, Problem, ProblemCode, ProblemDetailsByCode, ProblemFacts, ProblemPlace, UserFileFailure } from './problems';
export { countProblems, problemDetails, PROBLEM_PLACE, PROTOCOL_PROBLEM_PLACE, type ProblemCount } from './countProblems';
export { problemText, unassignedText, type Language, type Wording } from './wording';
export { counted, plural } from './russianPlural';
export { columnLetters, columnNumber } from './columnLetters';
export { russianDate } from './russianDate';
export { preparePackages, type PrepareOptions, type PrepareResult, type PreparedPackage, type PreparedUnassigned } from './prepare/preparePackages';
export {
  planPreparation,
  type NamedBlob,
  type PlanOptions,
  type PreparationPlan,
  type PrepareProgressReport,
  type PrepareStage,
} from './prepare/planPreparation';
export { buildPackages, type BuildOptions, type PackageSummary } from './prepare/buildPackages';
export {
  buildKeyWorkbook,
  keyOfPlan,
  readKeySecret,
  readKeyWorkbook,
  reviewsOfKey,
  type KeyFile,
  type KeyPackage,
  type KeyReadResult,
  type KeySchool,
  type KeyWork,
} from './prepare/keyWorkbook';
export type { Expert, Review, Reviewer } from './assignment';
export { checkProtocol, type ProtocolCheck, type ProtocolProblem } from './protocol';
export {
  checkProtocolRows,
  ERROR_CODES,
  firstFreeMetaRow,
  META_BLOCK_ROWS,
  pickMetaSheet,
  PROTOCOL_COLUMNS,
  PROTOCOL_FORMAT_VERSION,
  PROTOCOL_SHEETS,
  protocolRowFromCells,
  readMetaBlock,
  type CellInput,
  type MetaReading,
  type MetaSheetCandidate,
  type ProtocolMetaValues,
  type ReviewerKind,
  type ErrorCode,
  type ProtocolColumnKey,
  type ProtocolRow,
} from './protocol';
export { META_KEYS, META_MARKER } from './protocol/layout';
// Issue 12: the pane's live check of the Комментарии sheet reads its columns.
export { COMMENT_COLUMNS } from './protocol/layout';
export type { ScoreValue } from './scores';
export {
  materialsForVariant,
  protocolFileName,
  readPackageNames,
  workKey,
  parsePackageId,
  type PackageMaterial,
  type PackageNames,
} from './prepare/packageLayout';
export { schoolSheetFileName } from './names';
export {
  computeStatistics,
  DEFAULT_STATISTICS_SETTINGS,
  markOf,
  readMarksScales,
  type ErrorCodeCounts,
  type FlagName,
  type Mark,
  type MarksScale,
  type MarksScalesReading,
  type MergedRow,
  type NotEnoughDataReason,
  type NullableMeasureName,
  type StatisticsGroup,
  type StatisticsLevel,
  type StatisticsOptions,
  type StatisticsResult,
  type StatisticsSettings,
  type TaskStatistics,
  type UnscoredWork,
} from './statistics';
export {
  buildReportDocx,
  FLAG_LABELS,
  flagReason,
  inlineText,
  MEASURE_DEFINITIONS,
  measureDefinition,
  measureText,
  NOT_ENOUGH_DATA,
  REPORT_TITLE,
  reportBlocks,
  russianNumber,
  russianPercent,
  russianSigned,
  type DefinitionScope,
  type ExpertComment,
  type Inline,
  type MeasureDefinition,
  type ReportBlock,
  type ReportChart,
  type ReportInput,
  type ReportMetadata,
  type ReportRun,
  type TableColumn,
  type TableRowBlock,
} from './report';
export {
  mergeProtocols,
  reportComments,
  type MergeComment,
  type MergedProtocol,
  type MergeInput,
  type MergeOptions,
  type MergeResult,
  type MergeRow,
  type ProtocolState,
} from './merge';
// Issue 10: the municipal cross-check.
export {
  CHECK_COLUMNS,
  CHECK_SHEETS,
  checkedWorks,
  checkProtocolChecksum,
  formGridWrites,
  planCross,
  prepareCross,
  readFormGrid,
  readCheckProtocol,
  returnCross,
  writtenValue,
  type CheckedWork,
  type FormGrid,
  type FormGridWrites,
  type CrossClassroom,
  type CrossOverride,
  type CrossPackage,
  type CrossPlan,
  type CrossSchoolRoute,
  type CrossPrepareOptions,
  type CrossPrepareResult,
  type CrossReturnOptions,
  type CrossReturnResult,
  type FilledForm,
  type ReadCheckProtocol,
  type ReturnedProtocol,
} from './cross';
// Issue 10: the commission splits and merges works (page cells of «Проверка»).
export { checkDataRows, FILE_COLUMNS, FIRST_TASK_COLUMN, planMerge, planSplit, TOTAL_HEADER, type WorkPagesPlan, type WorkPagesRefusal, type WorkRow, type WorkRowEdit } from './cross';
export {
  answersSheet,
  CHARTS_SHEET,
  EXPERT_AGREEMENT_SHEET,
  expertAgreementSheet,
  NUMBER_FORMATS,
  STATE_LABELS,
  SUMMARY_SHEETS,
  summaryCharts,
  summarySheets,
  type SummaryCell,
  type SummaryChart,
  type SummaryChartKind,
  type SummaryColumn,
  type SummaryFormat,
  type SummaryInput,
  type SummarySheet,
} from './summary';
// Issue 11: double re-check — discrepancies, final scores, the third check, the experts' consistency.
export {
  buildAdjudicationPackages,
  DEFAULT_ADJUDICATION_SETTINGS,
  discrepancyOf,
  expectedRounds,
  finalScores,
  planAdjudication,
  type AdjudicatedWork,
  type AdjudicationOptions,
  type AdjudicationPackage,
  type AdjudicationPackageFile,
  type AdjudicationPlan,
  type AdjudicationSettings,
  type BuildAdjudicationOptions,
  type Discrepancy,
  type FinalStatus,
  type RoundScore,
  type WorkFinal,
} from './adjudication';
export {
  DEFAULT_EXPERT_AGREEMENT_SETTINGS,
  expertAgreement,
  type ExpertAgreement,
  type ExpertAgreementSettings,
  type ExpertConsistency,
  type PairAgreement,
  type TaskAgreement,
  type TestAgreement,
} from './statistics';
// Issue 9: returning the protocols to municipalities and schools; the production calendar.
export {
  ANSWER_COLUMNS,
  answerRowsOf,
  answersRows,
  errorCodeText,
  excelSerialDate,
  hasReturnedMarker,
  isAnswered,
  LETTER_FILE,
  municipalityZip,
  readReturnedMeta,
  readReturnedWorkbook,
  readSchoolAnswers,
  RETURNED_MARKER,
  RETURNED_META_KEYS,
  RETURNED_SHEETS,
  returnedTotals,
  returnProtocols,
  safeFileName,
  schoolAnswers,
  SUMMARY_FILE,
  type AnswerRow,
  type ReturnedFile,
  type ReturnedMeta,
  type ReturnedTotals,
  type ReturnedTotalsLine,
  type ReturnedMunicipality,
  type ReturnedReading,
  type ReturnedSchool,
  type ReturnInput,
  type ReturnOptions,
  type ReturnResult,
  type SchoolAnswer,
  type SchoolAnswers,
} from './returned';
export {
  addCalendarDays,
  addWorkingDays,
  isIsoDate,
  isWorkingDay,
  RECHECK_CALENDAR_DAYS,
  REPORT_WORKING_DAYS,
  returnDeadlines,
  RUSSIAN_CALENDAR,
  type ProductionCalendar,
  type ReturnDeadlines,
} from './calendar';
