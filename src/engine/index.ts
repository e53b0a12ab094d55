/**
 * The engine's public surface: the task pane and the CLI import from here and nowhere deeper.
 * Pinned by test/engine/publicApi.test.ts.
 */
export { indexArchives, type IndexOptions, type IndexProgress } from './bank/indexArchives';
export { summariseBank, type SchoolSummary } from './bank/summariseBank';
export type { Bank, ClassroomWork, DocumentKind, PupilWork, SchoolDocument, Work, WorkKind } from './bank/types';
export { ArchiveUnreadableError, type ArchiveCodecs, type ArchiveInput } from './archive';
export type { PdfOpenCheck, PdfOpenVerdict } from './pdf';
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
