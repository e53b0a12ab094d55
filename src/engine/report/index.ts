/**
 * The report (справка) of the re-check to the ministry: built from the statistics as content blocks (reusable by
 * the workbook's «Справка» sheet) and rendered as `.docx`. Measure definitions in Russian live in one module.
 */
export { buildReportDocx } from './buildReportDocx';
export { reportBlocks, REPORT_TITLE } from './reportBlocks';
export { inlineText, type Inline, type ReportBlock, type TableColumn, type TableRowBlock, type ReportRun } from './blocks';
export { MEASURE_DEFINITIONS, measureDefinition, type DefinitionScope, type MeasureDefinition } from './measureDefinitions';
export { FLAG_LABELS, flagReason } from './flagReasons';
export { measureText, NOT_ENOUGH_DATA, russianNumber, russianPercent, russianSigned } from './russianNumbers';
export type { ExpertComment, ReportChart, ReportInput, ReportMetadata } from './types';
