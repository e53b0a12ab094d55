/**
 * The summary workbook's layout as data (issue 8, section 3): the sheets (Свод, Журнал, Статистика, Комментарии,
 * Справка) and the charts' values. Written by the CLI (ExcelJS) and by the pane (Office.js) alike.
 */
export { answersSheet } from './answersSheet';
export { NUMBER_FORMATS } from './columns';
export { EXPERT_AGREEMENT_SHEET, expertAgreementSheet } from './expertAgreementSheet';
export { reportSheetRows } from './reportSheet';
export { STATE_LABELS } from './stateLabels';
export { summaryCharts } from './summaryCharts';
export { SUMMARY_SHEETS, summarySheets, type SummaryInput } from './summarySheets';
export { CHARTS_SHEET, type SummaryCell, type SummaryChart, type SummaryChartKind, type SummaryColumn, type SummaryFormat, type SummarySheet } from './types';
