/**
 * The engine's public surface: the task pane and the CLI import from here and nowhere deeper.
 * Pinned by test/engine/publicApi.test.ts.
 */
export { indexArchives, type IndexOptions, type IndexProgress } from './bank/indexArchives';
export { summariseBank, type SchoolSummary } from './bank/summariseBank';
export type { Bank, DocumentKind, SchoolDocument, Work, WorkKind } from './bank/types';
export { ArchiveUnreadableError, type ArchiveCodecs, type ArchiveInput } from './archive';
export type { PdfOpenCheck, PdfOpenVerdict } from './pdf';
export type { CellShown, NonPdfKind, Problem, ProblemCode, ProblemDetailsByCode, ProblemFacts, ProblemPlace, UserFileFailure } from './problems';
export { countProblems, problemDetails, PROBLEM_PLACE, PROTOCOL_PROBLEM_PLACE, type ProblemCount } from './countProblems';
export { problemText, unassignedText, type Language, type Wording } from './wording';
export { counted, plural } from './russianPlural';
export { columnLetters, columnNumber } from './columnLetters';
export { russianDate } from './russianDate';
export { preparePackages, type PrepareOptions, type PrepareResult, type PreparedPackage, type PreparedUnassigned } from './prepare/preparePackages';
export { readKeySecret } from './prepare/keyWorkbook';
export { protocolFileName } from './prepare/packageContents';
export { checkProtocol, type ProtocolCheck, type ProtocolProblem } from './protocol';
export {
  checkProtocolRows,
  ERROR_CODES,
  PROTOCOL_COLUMNS,
  PROTOCOL_FORMAT_VERSION,
  PROTOCOL_SHEETS,
  protocolRowFromCells,
  type CellInput,
  type ErrorCode,
  type ProtocolColumnKey,
  type ProtocolRow,
} from './protocol';
export { META_KEYS, META_MARKER } from './protocol/layout';
export type { ScoreValue } from './scores';
export { materialsForVariant, readPackageNames, workKey, type PackageMaterial, type PackageNames } from './prepare/packageNames';
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
