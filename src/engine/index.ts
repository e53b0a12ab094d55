/**
 * The engine's public surface: the task pane and the CLI import from here and nowhere deeper.
 * Pinned by test/engine/publicApi.test.ts.
 */
export { indexArchives, type IndexOptions, type IndexProgress } from './bank/indexArchives';
export { summariseBank, type SchoolSummary } from './bank/summariseBank';
export type { Bank, DocumentKind, SchoolDocument, Work, WorkKind } from './bank/types';
export { ArchiveUnreadableError, type ArchiveInput } from './archive';
export { problemMessage, type Problem, type ProblemCode } from './problems';
export { counted, plural } from './russianPlural';
export { columnLetters, columnNumber } from './columnLetters';
export { russianDate } from './russianDate';
export { preparePackages, type PrepareOptions, type PrepareResult, type PreparedPackage } from './prepare/preparePackages';
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
